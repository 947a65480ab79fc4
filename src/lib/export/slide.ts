// Exports: one figure, or a 16:9 slide (title, figures, colour bar, caption, and a footer
// with every parameter so the slide can be reproduced), as SVG or as PNG at 1x-3x.
import { esc, regionToSvg, svgDocument, wrapText, type Region } from './dom-to-svg';
import type { FigureId } from './names';

export const SLIDE = { width: 1920, height: 1080 };

export interface Exported {
  svg: string;
  width: number;
  height: number;
}

const SELECTORS: Record<Exclude<FigureId, 'slide'>, string[]> = {
  heatmaps: ['[data-export=heatmaps]'],
  line: ['[data-export=line]'],
  'phase-radius': ['[data-export=phase-radius]'],
  'phase-bias': ['[data-export=phase-bias]']
};

function pick(selectors: string[]): Element[] {
  return selectors.flatMap((s) => [...document.querySelectorAll(s)]);
}

/** Runs `capture` with the light theme's colours in force when `white` is set (printed handouts). */
function withTheme<T>(white: boolean, capture: () => T): T {
  const root = document.documentElement;
  const before = root.dataset.theme;
  if (white) root.dataset.theme = 'light';
  try {
    return capture();
  } finally {
    if (white) root.dataset.theme = before;
  }
}

const colors = () => {
  const cs = getComputedStyle(document.documentElement);
  return {
    bg: cs.getPropertyValue('--bg').trim(),
    fg: cs.getPropertyValue('--fg').trim(),
    muted: cs.getPropertyValue('--muted-fg').trim(),
    font: cs.fontFamily
  };
};

/** A region placed into a box, scaled to fit and keeping its proportions. */
function place(r: Region, x: number, y: number, w: number, h: number): string {
  const s = Math.min(w / r.width, h / r.height);
  return (
    `<svg x="${x + (w - r.width * s) / 2}" y="${y}" width="${r.width * s}" height="${r.height * s}" viewBox="0 ` +
    `0 ${r.width} ${r.height}" overflow="visible">${r.body}</svg>`
  );
}

export function exportFigure(figure: FigureId, white: boolean, meta: { title: string; footer: string }): Exported {
  return withTheme(white, () => {
    const c = colors();
    const background = white ? '#ffffff' : c.bg;
    if (figure !== 'slide') {
      const elements = pick(SELECTORS[figure]);
      if (!elements.length) throw new Error(`${figure}: this figure is not on screen`);
      const pad = 12;
      const r = regionToSvg(elements);
      const width = Math.ceil(r.width + 2 * pad);
      const height = Math.ceil(r.height + 2 * pad);
      return {
        svg: svgDocument(width, height, background, `<g transform="translate(${pad},${pad})">${r.body}</g>`),
        width,
        height
      };
    }
    const { width, height } = SLIDE;
    const margin = 56;
    const top = regionToSvg(
      pick(['[data-testid=tour-caption]', '[data-export=heatmaps]', '[data-export=heatmap-caption]'])
    );
    const bottom = regionToSvg(pick(['[data-export=bottom]']));
    const titleFont = `700 44px ${c.font}`;
    const footerFont = `20px ${c.font}`;
    const footerLines = wrapText(meta.footer, footerFont, width - 2 * margin);
    const footerTop = height - 24 - footerLines.length * 26;
    const boxTop = 112;
    const boxH = footerTop - boxTop - 16;
    const boxW = width - 2 * margin;
    const scale = Math.min(boxW / Math.max(top.width, bottom.width), boxH / (top.height + bottom.height + 12));
    const body = [
      `<text x="${margin}" y="82" font-family="${esc(c.font)}" font-size="44" font-weight="700" ` +
        `fill="${c.fg}">${esc(wrapText(meta.title, titleFont, boxW)[0])}</text>`,
      place(top, margin, boxTop, boxW, top.height * scale),
      place(bottom, margin, boxTop + (top.height + 12) * scale, boxW, bottom.height * scale),
      ...footerLines.map(
        (l, i) =>
          `<text x="${margin}" y="${footerTop + 20 + i * 26}" font-family="${esc(c.font)}" font-size="20" ` +
          `fill="${c.muted}">${esc(l)}</text>`
      )
    ].join('\n');
    return { svg: svgDocument(width, height, background, body), width, height };
  });
}

/** The SVG drawn at `scale` times its size, as PNG. */
export async function toPng(exported: Exported, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([exported.svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(exported.width * scale);
    canvas.height = Math.round(exported.height * scale);
    canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png')
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
