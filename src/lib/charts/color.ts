// The one colour scale every figure uses: log10 of a gradient ratio, diverging around 0
// ("no change", near-white), cold blue for vanishing, warm red for exploding. ColorBrewer's
// RdBu is colourblind-safe; values beyond +-decades are shown saturated (the bar says so).
import { interpolateRdBu, rgb } from 'd3';

export const LUT_SIZE = 256;

/** RGB triplets, index 0 = most negative (dark blue) .. 255 = most positive (dark red). */
export const LUT: Uint8ClampedArray = (() => {
  const lut = new Uint8ClampedArray(LUT_SIZE * 3);
  for (let i = 0; i < LUT_SIZE; i++) {
    const c = rgb(interpolateRdBu(1 - i / (LUT_SIZE - 1)));
    lut.set([c.r, c.g, c.b], i * 3);
  }
  return lut;
})();

/** LUT index of a log10 value; -Infinity (an exact zero) is the coldest colour. */
export function colorIndex(v: number, decades: number): number {
  if (v !== v) return (LUT_SIZE - 1) >> 1; // NaN never reaches here; if it did, it would read as "no change"
  const t = (v + decades) / (2 * decades);
  return t <= 0 ? 0 : t >= 1 ? LUT_SIZE - 1 : Math.round(t * (LUT_SIZE - 1));
}

export function colorCss(v: number, decades: number): string {
  const i = colorIndex(v, decades) * 3;
  return `rgb(${LUT[i]}, ${LUT[i + 1]}, ${LUT[i + 2]})`;
}
