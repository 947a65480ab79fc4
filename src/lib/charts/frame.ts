// The frame every line chart draws the same way: a clip rectangle for the plot, horizontal
// grid lines, the two axes and their titles. The charts add what they plot inside it.
import * as d3 from 'd3';
import { linearTickFormat } from './ticks';

export interface FrameOptions {
  plotW: number;
  plotH: number;
  /** left and top margins: where the plot's origin sits in the svg */
  left: number;
  top: number;
  xTitle: string;
  yTitle: string;
  /** how far left of the plot the rotated y title sits */
  yTitleOffset: number;
  clipId: string;
  xFormat?: (v: d3.NumberValue) => string;
  yFormat?: (v: d3.NumberValue) => string;
  yTicks?: number;
  /** only whole-number ticks (steps; powers of ten): at T = 2 no "0 0 1 1", no 10⁻¹ twice */
  xInteger?: boolean;
  yInteger?: boolean;
}

const whole = (scale: d3.ScaleLinear<number, number>, count: number) => scale.ticks(count).filter(Number.isInteger);

/**
 * At most six x ticks whose labels fit side by side: the widest label (at the chart's font size,
 * larger in presentation mode) with a gap, so "1000 1200 1400" never runs together on a phone.
 */
function xTickValues(svg: SVGSVGElement, x: d3.ScaleLinear<number, number>, o: FrameOptions): number[] {
  const font = parseFloat(getComputedStyle(svg).fontSize) || 14;
  const format = o.xFormat ?? linearTickFormat(x.domain(), 10);
  const widest = (ticks: number[]) => Math.max(1, ...ticks.map((t) => format(t).length)) * font * 0.62 + 12;
  for (let count = Math.max(2, Math.min(6, Math.floor(o.plotW / 55))); ; count--) {
    const ticks = o.xInteger ? whole(x, count) : x.ticks(count);
    if (count <= 2 || ticks.length * widest(ticks) <= o.plotW + widest(ticks)) return ticks;
  }
}

const measure = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');

/** The y title in one line, or two split at the space nearest its middle when it is longer than `room`. */
function titleLines(svg: SVGSVGElement, title: string, room: number): string[] {
  if (!measure) return [title];
  const cs = getComputedStyle(svg);
  measure.font = `${cs.fontSize} ${cs.fontFamily}`;
  if (measure.measureText(title).width <= room) return [title];
  const spaces = [...title.matchAll(/ /g)].map((m) => m.index!);
  if (!spaces.length) return [title];
  const cut = spaces.reduce((a, b) => (Math.abs(b - title.length / 2) < Math.abs(a - title.length / 2) ? b : a));
  return [title.slice(0, cut), title.slice(cut + 1)];
}

/** Clears `svg` and draws the frame; returns the plot's group (origin at the plot's top left). */
export function drawFrame(
  svg: SVGSVGElement,
  x: d3.ScaleLinear<number, number>,
  y: d3.ScaleLinear<number, number>,
  o: FrameOptions
): d3.Selection<SVGGElement, unknown, null, undefined> {
  const root = d3.select(svg);
  root.selectAll('*').remove();
  root
    .append('defs')
    .append('clipPath')
    .attr('id', o.clipId)
    .append('rect')
    .attr('width', o.plotW)
    .attr('height', o.plotH);
  const g = root.append('g').attr('transform', `translate(${o.left},${o.top})`);
  const yTicks = o.yTicks ?? 6;
  const grid = d3
    .axisLeft(y)
    .ticks(yTicks)
    .tickSize(-o.plotW)
    .tickFormat(() => '');
  if (o.yInteger) grid.tickValues(whole(y, yTicks));
  g.append('g').attr('class', 'grid').call(grid);
  // without a format of their own, the ticks d3 would write, in the page's language (ticks.ts)
  const xAxis = d3
    .axisBottom(x)
    .tickValues(xTickValues(svg, x, o))
    .tickFormat(o.xFormat ?? linearTickFormat(x.domain(), 10));
  g.append('g').attr('transform', `translate(0,${o.plotH})`).call(xAxis);
  const yAxis = d3
    .axisLeft(y)
    .ticks(yTicks)
    .tickFormat(o.yFormat ?? linearTickFormat(y.domain(), yTicks));
  if (o.yInteger) yAxis.tickValues(whole(y, yTicks));
  g.append('g').call(yAxis);
  g.append('text')
    .attr('class', 'axis-title')
    .attr('x', o.plotW / 2)
    .attr('y', o.plotH + 38)
    .attr('text-anchor', 'middle')
    .text(o.xTitle);
  const yTitle = g
    .append('text')
    .attr('class', 'axis-title')
    .attr('transform', `translate(${-o.yTitleOffset},${o.plotH / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle');
  // a title longer than a short plot is tall (presentation mode fits the charts to one screen)
  // takes two lines, the second further out, rather than running over the chart's heading
  const lines = titleLines(svg, o.yTitle, o.plotH);
  lines.forEach((line, i) =>
    yTitle
      .append('tspan')
      .attr('x', 0)
      .attr('dy', i === 0 ? `${-0.55 * (lines.length - 1)}em` : '1.1em')
      .text(line)
  );
  return g;
}
