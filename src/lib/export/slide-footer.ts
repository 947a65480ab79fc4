// What every designed slide shares (the gradients' and the explorer's): the size, the margin
// and smallest type, the title, and the footer with every parameter, the absolute link and a
// QR code of it, so students in the room can open the same figure.
import { encode } from 'uqr';
import { esc, textWidth, wrapText } from './dom-to-svg';
import { msg } from '../i18n/index';

export const SLIDE = { width: 1920, height: 1080 };
export const M = 64; // outer margin
export const TEXT = 24; // the smallest type on the slide
const QR_MAX_MODULES = 61;
const QR_SIZE = 168;

export interface SlideColors {
  fg: string;
  muted: string;
  grid: string;
  font: string;
}

const text = (x: number, y: number, s: string, attrs: string) => `<text x="${x}" y="${y}" ${attrs}>${esc(s)}</text>`;

/** The slide's title, on one line (cut visibly when longer). */
export function slideTitle(title: string, colors: SlideColors): string {
  const line = fit(wrapText(title, `700 52px ${colors.font}`, SLIDE.width - 2 * M), 1)[0] ?? '';
  return text(M, 92, line, `font-size="52" font-weight="700" fill="${colors.fg}"`);
}

/**
 * A link too long for one line, broken after its separators (it has no spaces to wrap at);
 * a piece with no separator that is still too wide (a long eigenvalue list) is cut anywhere.
 */
export function wrapLink(link: string, font: string, width: number): string[] {
  const pieces = link.split(/(?<=[?&,:])/).flatMap((piece) => {
    if (textWidth(piece, font) <= width) return [piece];
    const cut: string[] = [];
    let line = '';
    for (const ch of piece) {
      if (line && textWidth(line + ch, font) > width) [cut[cut.length], line] = [line, ''];
      line += ch;
    }
    return line ? [...cut, line] : cut;
  });
  const lines: string[] = [];
  for (const piece of pieces) {
    const last = lines.length - 1;
    if (last >= 0 && textWidth(lines[last] + piece, font) <= width) lines[last] += piece;
    else lines.push(piece);
  }
  return lines;
}

/** At most `max` lines; a cut is marked with an ellipsis, never silent. */
export function fit(lines: string[], max: number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, Math.max(0, max));
  if (kept.length) kept[kept.length - 1] = `${kept[kept.length - 1].replace(/ *[^ ]+$/, '')} …`;
  return kept;
}

/** The QR code's modules, or null when the link is too long for one readable from a seat. */
function qrModules(link: string): boolean[][] | null {
  try {
    const { data } = encode(link, { ecc: 'L', border: 2 });
    // beyond ~61 modules a code this size has under 3 px a module: unreadable from a seat
    return data.length <= QR_MAX_MODULES ? data : null;
  } catch {
    return null; // longer than any QR code holds
  }
}

/** A QR code of `link`, dark modules on a white square (readable in the dark theme too). */
function qrCode(data: boolean[][] | null, x: number, y: number, size: number, muted: string): string[] {
  if (!data) {
    return msg().exporting.slide.qrTooLong.map((l, i) =>
      text(x, y + size / 2 + i * 30, l, `font-size="${TEXT}" fill="${muted}" data-qr="none"`)
    );
  }
  const cell = size / data.length;
  const path = data
    .flatMap((row, r) => row.map((on, c) => (on ? `M${x + c * cell},${y + r * cell}h${cell}v${cell}h${-cell}z` : '')))
    .join('');
  return [
    `<rect x="${x}" y="${y}" width="${size}" height="${size}" fill="#ffffff"/>`,
    `<path d="${path}" fill="#000000" shape-rendering="crispEdges" data-testid="slide-qr"/>`
  ];
}

/**
 * The footer: the parameters (at most three lines), the link (at most two, else cut visibly
 * with a note saying where the whole one is) and its QR code. `top` is where it begins.
 */
export function footerBlock(footerText: string, link: string, colors: SlideColors): { top: number; parts: string[] } {
  const { width, height } = SLIDE;
  const footerW = width - 2 * M - QR_SIZE - 32;
  const footerFont = `${TEXT}px ${colors.font}`;
  const footer = fit(wrapText(footerText, footerFont, footerW), 3);
  const linkLines = wrapLink(link, footerFont, footerW);
  const qr = qrModules(link);
  const words = msg().exporting.slide;
  const whole = qr ? words.scanQr : words.copyAddress;
  const shown = linkLines.length <= 2 ? linkLines : [linkLines[0], words.linkCut(whole)];
  const top = height - 28 - (footer.length + shown.length) * 32;
  return {
    top,
    parts: [
      ...footer.map((l, i) => text(M, top + 24 + i * 32, l, `font-size="${TEXT}" fill="${colors.muted}"`)),
      ...shown.map((l, i) =>
        text(M, top + 24 + (footer.length + i) * 32, l, `font-size="${TEXT}" fill="${colors.fg}" data-link="slide"`)
      ),
      ...qrCode(qr, width - M - QR_SIZE, height - 24 - QR_SIZE, QR_SIZE, colors.muted)
    ]
  };
}
