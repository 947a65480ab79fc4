// Turns a region of the rendered page into standalone SVG that looks like the screen:
// chart <svg>s are cloned with their computed styles written in (so they need no page CSS),
// heatmap canvases become <image>s, and HTML text becomes real SVG <text>, line by line as
// the browser laid it out (so slide software can import and edit it, unlike foreignObject).

export interface Region {
  width: number;
  height: number;
  /** SVG markup positioned in the region's own coordinates */
  body: string;
}

const STYLE_PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'display'
] as const;

export const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function hidden(el: Element): boolean {
  if (el.closest('.visually-hidden')) return true;
  const cs = getComputedStyle(el);
  return cs.display === 'none' || cs.visibility === 'hidden';
}

/** A clone of an <svg> with every presentational style inlined, placed at (x, y). */
function cloneSvg(svg: SVGSVGElement, x: number, y: number): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((el, i) => {
    const cs = getComputedStyle(el);
    const copy = copies[i] as SVGElement;
    copy.removeAttribute('class');
    const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
    copy.setAttribute('style', style);
  });
  const r = svg.getBoundingClientRect();
  clone.setAttribute('x', String(x));
  clone.setAttribute('y', String(y));
  clone.setAttribute('width', String(r.width));
  clone.setAttribute('height', String(r.height));
  clone.setAttribute('overflow', 'visible');
  ['role', 'aria-label', 'aria-hidden'].forEach((a) => clone.removeAttribute(a));
  return new XMLSerializer().serializeToString(clone).replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, '');
}

const measure = document.createElement('canvas').getContext('2d')!;

/** A text node's lines as laid out, one <text> per line, from word rectangles. */
function textLines(node: Text, x0: number, y0: number): string {
  const el = node.parentElement!;
  const cs = getComputedStyle(el);
  const font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
  measure.font = font;
  const m = measure.measureText('Hg');
  const ascent = m.fontBoundingBoxAscent;
  const descent = m.fontBoundingBoxDescent;
  const range = document.createRange();
  const lines: { top: number; height: number; words: { x: number; text: string }[] }[] = [];
  for (const match of node.data.matchAll(/\S+/g)) {
    range.setStart(node, match.index!);
    range.setEnd(node, match.index! + match[0].length);
    const r = range.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const word = { x: r.left - x0, text: match[0] };
    const line = lines.find((l) => Math.abs(l.top - r.top) < r.height / 2);
    if (line) line.words.push(word);
    else lines.push({ top: r.top, height: r.height, words: [word] });
  }
  const attrs =
    `font-family="${esc(cs.fontFamily)}" font-size="${cs.fontSize}" font-weight="${cs.fontWeight}" ` +
    `font-style="${cs.fontStyle}" fill="${cs.color}"`;
  // Each word at the x the browser gave it: SVG's own spacing would drift from the layout
  // around bold, italic and superscript runs.
  return lines
    .map((l) => {
      const baseline = l.top + (l.height * ascent) / (ascent + descent) - y0;
      const words = l.words.map((w) => `<tspan x="${w.x.toFixed(1)}">${esc(w.text)}</tspan>`).join(' ');
      return `<text y="${baseline.toFixed(1)}" ${attrs}>${words}</text>`;
    })
    .join('');
}

/** Everything visible in `elements`, in the coordinates of their bounding box. */
export function regionToSvg(elements: Element[]): Region {
  const rects = elements.map((e) => e.getBoundingClientRect());
  const x0 = Math.min(...rects.map((r) => r.left));
  const y0 = Math.min(...rects.map((r) => r.top));
  const width = Math.max(...rects.map((r) => r.right)) - x0;
  const height = Math.max(...rects.map((r) => r.bottom)) - y0;
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      if ((node as Text).data.trim()) parts.push(textLines(node as Text, x0, y0));
      return;
    }
    if (!(node instanceof Element) || hidden(node)) return;
    const r = node.getBoundingClientRect();
    if (node instanceof SVGSVGElement) return void parts.push(cloneSvg(node, r.left - x0, r.top - y0));
    if (node instanceof HTMLCanvasElement)
      return void parts.push(
        `<image x="${r.left - x0}" y="${r.top - y0}" width="${r.width}" height="${r.height}" ` +
          `preserveAspectRatio="none" style="image-rendering:pixelated" href="${node.toDataURL('image/png')}"/>`
      );
    node.childNodes.forEach(visit);
  };
  elements.forEach(visit);
  return { width, height, body: parts.join('\n') };
}

/** The width of `text` set in `font` (a CSS font shorthand), in px. */
export function textWidth(text: string, font: string): number {
  measure.font = font;
  return measure.measureText(text).width;
}

/** Wraps text to a width in a given font, for text the export writes itself (titles, footers). */
export function wrapText(text: string, font: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  // breaks at ordinary spaces only: a no-break space (inside a typeset number) holds
  for (const word of text.split(/[ \t\n]+/)) {
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, font) > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export function svgDocument(width: number, height: number, background: string | null, body: string): string {
  const bg = background ? `<rect width="100%" height="100%" fill="${background}"/>` : '';
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" ` +
    `xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ` +
    `${height}">${bg}\n${body}\n</svg>`
  );
}
