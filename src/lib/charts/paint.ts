// Matrix cells to RGBA pixels on the shared colour scale (color.ts): the screen's heatmaps
// and the slide's use the same colours. NaN (a row still being computed) is a light hatch,
// never a colour; with zeroNeutral an exact zero (-Infinity) is grey, "no dependence".
import { colorIndex, LUT } from './color';

/** Fills `data` (R x C x 4 bytes) from the R x C matrix `m`. */
export function paintCells(
  m: Float64Array,
  R: number,
  C: number,
  decades: number,
  zeroNeutral: boolean,
  data: Uint8ClampedArray
): void {
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const v = m[r * C + c];
      const q = (r * C + c) * 4;
      if (v !== v) {
        const hatch = (r + c) % 2 === 0 ? 225 : 240;
        data[q] = data[q + 1] = data[q + 2] = hatch;
      } else if (zeroNeutral && v === -Infinity) {
        data[q] = data[q + 1] = data[q + 2] = 200;
      } else {
        const i = colorIndex(v, decades) * 3;
        data[q] = LUT[i];
        data[q + 1] = LUT[i + 1];
        data[q + 2] = LUT[i + 2];
      }
      data[q + 3] = 255;
    }
  }
}
