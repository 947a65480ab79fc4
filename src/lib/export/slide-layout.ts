// The 16:9 slide, designed for the back row rather than captured from the page: a title, the
// per-unit heatmaps (one per architecture, each wider than a third of the slide), the colour
// bar, the line chart, the caption, and a footer with every parameter, the absolute link and a
// QR code of it. Every label is at least 24 px at 1920 x 1080; exponents are typeset (10⁻¹⁰).
// Drawn from the same data as the screen (the store's snapshot), in the same colours.
import * as d3 from 'd3';
import { binMatrix } from '../figures/bin';
import { finiteExtent } from '../charts/extent';
import { colorCss } from '../charts/color';
import { paintCells } from '../charts/paint';
import { MAX_COMPARED } from '../model/lab-state';
import { thin } from '../charts/thin';
import type { Curve, HeatmapPanel } from '../figures/figure-data';
import { pow10Label, typesetExponents } from '../figures/format';
import { esc, textWidth, wrapText } from './dom-to-svg';
import { fit, footerBlock, M, slideTitle, SLIDE, TEXT } from './slide-footer';
import { integer, msg } from '../i18n/index';

export { SLIDE };

export interface SlideInput {
  title: string;
  panels: HeatmapPanel[];
  curves: Curve[];
  decades: number;
  caption: string;
  footer: string;
  /** the absolute link to this figure, printed and encoded in the QR code */
  link: string;
  /** the line chart's y range (log10) when a tour step fits it to its curves; otherwise the data's */
  yRange?: [number, number] | null;
  colors: { fg: string; muted: string; grid: string; font: string };
}

const TOP = 132; // below the title
const BOTTOM = 860; // above the footer
const LINE_TOP = TOP + 40;
const LINE_AXIS_H = 104; // tick labels and the axis title under the plot
const LEGEND_ROW = 34;
const CAPTION_ROW = 34;

/** One panel per architecture (up to the four compared), the path that carries memory: RNN h, LSTM cell c, GRU h. */
export function slidePanels(panels: HeatmapPanel[]): HeatmapPanel[] {
  const byArch = new Map<string, HeatmapPanel>();
  for (const p of panels) {
    const arch = p.id.split('-')[0];
    if (!byArch.has(arch) || p.id.endsWith('-c')) byArch.set(arch, p);
  }
  return [...byArch.values()].slice(0, MAX_COMPARED);
}

const text = (x: number, y: number, s: string, attrs: string) => `<text x="${x}" y="${y}" ${attrs}>${esc(s)}</text>`;

/** A heatmap's cells as a PNG data URL, one cell per pixel or averaged down to `w` x `h`. */
function cellsImage(p: HeatmapPanel, decades: number, w: number, h: number): string {
  const { matrix, rows, cols } = binMatrix(p.matrix, p.rows, p.cols, h, w);
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [cols, rows];
  const ctx = canvas.getContext('2d')!;
  const img = ctx.createImageData(cols, rows);
  paintCells(matrix, rows, cols, decades, p.zeroNeutral, img.data);
  ctx.putImageData(img, 0, 0);
  return canvas.toDataURL('image/png');
}

/** d3 axis ticks, as SVG text in the slide's type: `format` labels each tick value. */
function ticks(values: number[], at: (v: number) => [number, number], format: (v: number) => string, anchor: string) {
  return values.map((v) => {
    const [x, y] = at(v);
    return `<text x="${x}" y="${y}" text-anchor="${anchor}">${esc(format(v))}</text>`;
  });
}

/** Whole-number ticks of steps back along `x`, the last one kept inside the plot's right edge. */
function stepTicks(x: d3.ScaleLinear<number, number>, y: number, fg: string): string[] {
  const [lo, hi] = x.domain();
  const values = x.ticks(6).filter((v) => Number.isInteger(v) && v >= Math.ceil(lo) && v <= Math.floor(hi));
  const right = x.range()[1];
  return [
    `<g font-size="${TEXT}" fill="${fg}">`,
    ...values.map((v) => {
      const end = right - x(v) < 30;
      return `<text x="${end ? right : x(v)}" y="${y}" text-anchor="${end ? 'end' : 'middle'}">${integer(v)}</text>`;
    }),
    '</g>'
  ];
}

function heatmaps(input: SlideInput, x0: number, width: number): string[] {
  const panels = slidePanels(input.panels);
  const { fg } = input.colors;
  const axisW = 118; // tick labels and the rotated axis title
  const titleH = 36;
  const xAxisH = 78;
  const gap = 18;
  const plotW = width - axisW;
  const plotH = (BOTTOM - TOP - panels.length * titleH - xAxisH - (panels.length - 1) * gap) / panels.length;
  const out: string[] = [];
  panels.forEach((p, i) => {
    const top = TOP + i * (titleH + plotH + gap);
    const y0 = top + titleH;
    const px = x0 + axisW;
    out.push(text(x0, top + 26, p.title, `font-size="28" font-weight="700" fill="${fg}"`));
    const href = cellsImage(p, input.decades, Math.round(plotW), Math.round(plotH));
    out.push(
      `<image x="${px}" y="${y0}" width="${plotW}" height="${plotH}" preserveAspectRatio="none" ` +
        `style="image-rendering: pixelated" href="${href}"/>`,
      `<rect x="${px}" y="${y0}" width="${plotW}" height="${plotH}" fill="none" stroke="${input.colors.muted}"/>`
    );
    // cells are centred on their index: unit i at the middle of its row, step k of its column
    const y = d3.scaleLinear([0.5, p.rows + 0.5], [y0, y0 + plotH]);
    const unitTicks = y
      .ticks(Math.max(3, Math.min(5, Math.floor(plotH / 50))))
      .filter((v) => Number.isInteger(v) && v >= 1 && v <= p.rows);
    out.push(
      `<g font-size="${TEXT}" fill="${fg}">`,
      ...ticks(unitTicks, (v) => [px - 10, y(v) + 8], integer, 'end'),
      '</g>',
      `<text transform="translate(${x0 + 24},${y0 + plotH / 2}) rotate(-90)" text-anchor="middle" ` +
        `font-size="${TEXT}" fill="${fg}">${esc(p.rowLabel)}</text>`
    );
    if (i === panels.length - 1) {
      const x = d3.scaleLinear([-0.5, p.steps + 0.5], [px, px + plotW]);
      out.push(...stepTicks(x, y0 + plotH + 30, fg));
      out.push(
        text(
          px + plotW / 2,
          y0 + plotH + 68,
          msg().exporting.slide.heatmapAxis,
          `font-size="${TEXT}" fill="${fg}" ` + 'text-anchor="middle"'
        )
      );
    }
  });
  return out;
}

function colorBar(input: SlideInput, x: number): string[] {
  const { decades } = input;
  const { fg } = input.colors;
  const [top, h, w] = [TOP + 60, BOTTOM - TOP - 180, 34];
  const stops = Array.from(
    { length: 21 },
    (_, i) => `<stop offset="${i / 20}" stop-color="${colorCss(decades - (2 * decades * i) / 20, decades)}"/>`
  );
  const values = [decades, decades / 2, 0, -decades / 2, -decades].map(Math.round);
  const label = (t: number) => `${t === decades ? '≥ ' : t === -decades ? '≤ ' : ''}${pow10Label(t)}`;
  return [
    text(x, TOP + 26, msg().exporting.slide.colorBarTitle, `font-size="${TEXT}" font-weight="700" fill="${fg}"`),
    `<defs><linearGradient id="slide-cb" x1="0" x2="0" y1="0" y2="1">${stops.join('')}</linearGradient></defs>`,
    `<rect x="${x}" y="${top}" width="${w}" height="${h}" fill="url(#slide-cb)" stroke="${input.colors.muted}"/>`,
    `<g font-size="${TEXT}" fill="${fg}">`,
    ...ticks(values, (t) => [x + w + 10, top + ((decades - t) / (2 * decades)) * h + 8], label, 'start'),
    '</g>',
    text(x, top + h + 40, msg().exporting.slide.blue, `font-size="${TEXT}" fill="${fg}"`),
    text(x, top + h + 70, msg().exporting.slide.red, `font-size="${TEXT}" fill="${fg}"`)
  ];
}

function lineChart(input: SlideInput, x0: number, width: number, plotH: number): string[] {
  const { fg, grid } = input.colors;
  const axisW = 104;
  const top = LINE_TOP;
  const plotW = width - axisW;
  const px = x0 + axisW;
  const measured = input.curves.filter((c) => !c.id.endsWith('theory'));
  const [lo, hi] = finiteExtent(measured);
  const T = Math.max(1, ...input.curves.map((c) => c.values.length - 1));
  const x = d3.scaleLinear([0, T], [px, px + plotW]);
  const [yLo, yHi] = input.yRange ?? [Math.min(lo - 0.5, -4), Math.max(hi + 0.5, 1)];
  const y = d3.scaleLinear([yLo, yHi], [top + plotH, top]).nice();
  const [y0, y1] = y.domain();
  const line = d3
    .line<[number, number]>()
    .defined(([, v]) => Number.isFinite(v))
    .x(([k]) => x(k))
    // a curve below a fitted axis runs off its bottom (clipped), never along it as if it levelled off
    .y(([, v]) => y(Math.max(y0 - 50, Math.min(y1 + 50, v))));
  const yTicks = y.ticks(5).filter(Number.isInteger);
  const clipRect = `<rect x="${px}" y="${top}" width="${plotW}" height="${plotH}"/>`;
  const clip = `<clipPath id="slide-line-clip">${clipRect}</clipPath>`;
  const out = [
    text(x0, TOP + 26, msg().exporting.slide.lineTitle, `font-size="28" font-weight="700" fill="${fg}"`),
    ...yTicks.map((v) => `<line x1="${px}" x2="${px + plotW}" y1="${y(v)}" y2="${y(v)}" stroke="${grid}"/>`),
    `<rect x="${px}" y="${top}" width="${plotW}" height="${plotH}" fill="none" stroke="${input.colors.muted}"/>`,
    `<g font-size="${TEXT}" fill="${fg}">`,
    ...ticks(yTicks, (v) => [px - 10, y(v) + 8], pow10Label, 'end'),
    '</g>',
    ...stepTicks(x, top + plotH + 30, fg),
    text(
      px + plotW / 2,
      top + plotH + LINE_AXIS_H - 38,
      msg().exporting.slide.lineAxis,
      `font-size="${TEXT}" fill="${fg}" text-anchor="middle"`
    ),
    `<defs>${clip}</defs><g clip-path="url(#slide-line-clip)">`,
    ...input.curves.map(
      (c) =>
        `<path d="${line(thin(c.values, Math.round(plotW)))}" fill="none" stroke="${c.color}" ` +
        `stroke-width="${(c.width ?? 2.5) * 1.6}"${c.dash ? ` stroke-dasharray="${c.dash}"` : ''}/>`
    ),
    '</g>'
  ];
  // the legend, in two columns when every label fits in half the width
  const legendTop = top + plotH + LINE_AXIS_H;
  const columns = legendColumns(input, width);
  input.curves.slice(0, 6).forEach((c, i) => {
    const lx = x0 + (i % columns) * (width / columns);
    const ly = legendTop + Math.floor(i / columns) * LEGEND_ROW;
    out.push(
      `<line x1="${lx}" x2="${lx + 40}" y1="${ly - 8}" y2="${ly - 8}" stroke="${c.color}" stroke-width="4"` +
        `${c.dash ? ` stroke-dasharray="${c.dash}"` : ''}/>`,
      text(lx + 50, ly, c.label, `font-size="${TEXT}" fill="${fg}"`)
    );
  });
  return out;
}

function legendColumns(input: SlideInput, width: number): number {
  const font = `${TEXT}px ${input.colors.font}`;
  return input.curves.every((c) => textWidth(c.label, font) + 60 <= width / 2) ? 2 : 1;
}

/** The slide's SVG body (the caller wraps it in a document with the background). */
export function designedSlide(input: SlideInput): string {
  const { width } = SLIDE;
  const { fg, font } = input.colors;
  const foot = footerBlock(input.footer, input.link, input.colors);
  const footerTop = foot.top;
  const captionFont = `${TEXT + 2}px ${font}`;
  const rightX = 1330;
  const rightW = width - M - rightX;
  // the line chart gives up height (330 px down to 180) so that a long caption fits in full
  const legendH = Math.ceil(Math.min(6, input.curves.length) / legendColumns(input, rightW)) * LEGEND_ROW + CAPTION_ROW;
  const wrapped = wrapText(typesetExponents(input.caption), captionFont, rightW);
  const room = footerTop - 8 - LINE_TOP - LINE_AXIS_H - legendH;
  const plotH = Math.max(180, Math.min(330, room - wrapped.length * CAPTION_ROW));
  const captionTop = LINE_TOP + plotH + LINE_AXIS_H + legendH;
  const captionLines = fit(wrapped, Math.floor((footerTop - captionTop + CAPTION_ROW - 8) / CAPTION_ROW));
  const body = [
    `<g font-family="${esc(font)}">`,
    slideTitle(input.title, input.colors),
    ...heatmaps(input, M, 980),
    ...colorBar(input, M + 980 + 30),
    ...lineChart(input, rightX, rightW, plotH),
    ...captionLines.map((l, i) =>
      text(rightX, captionTop + i * CAPTION_ROW, l, `font-size="${TEXT + 2}" fill="${fg}" data-caption="slide"`)
    ),
    ...foot.parts,
    '</g>'
  ];
  return body.join('\n');
}
