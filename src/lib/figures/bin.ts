// A heatmap never needs more cells than its canvas has pixels: at n = 256, T = 5000 the three
// per-unit panels hold 3.8 million cells for canvases of ~400 x 150 pixels, and colouring each
// cell blocked the page for ~230 ms. binMatrix reduces a matrix to at most the pixel grid by
// averaging blocks of cells, the mean of their log10 values (the geometric mean of the ratios).

export interface Binned {
  matrix: Float64Array;
  rows: number;
  cols: number;
}

/**
 * rows x cols -> at most maxRows x maxCols (a dimension already within bounds is kept). In a
 * block, NaN (not yet computed) makes the cell NaN; exact zeros (-Infinity) count only when the
 * whole block is exactly zero, so a block straddling a boundary shows the values it holds.
 */
export function binMatrix(m: Float64Array, rows: number, cols: number, maxRows: number, maxCols: number): Binned {
  const R = Math.max(1, Math.min(rows, Math.floor(maxRows)));
  const C = Math.max(1, Math.min(cols, Math.floor(maxCols)));
  if (R === rows && C === cols) return { matrix: m, rows, cols };
  const out = new Float64Array(R * C);
  const rowStart = (i: number) => Math.floor((i * rows) / R);
  const colStart = (j: number) => Math.floor((j * cols) / C);
  for (let i = 0; i < R; i++) {
    const r0 = rowStart(i);
    const r1 = rowStart(i + 1);
    for (let j = 0; j < C; j++) {
      const c0 = colStart(j);
      const c1 = colStart(j + 1);
      let sum = 0;
      let finite = 0;
      let nan = false;
      let zero = false;
      for (let r = r0; r < r1 && !nan; r++) {
        for (let c = c0; c < c1; c++) {
          const v = m[r * cols + c];
          if (v !== v) {
            nan = true;
            break;
          }
          if (v === -Infinity) zero = true;
          else {
            sum += v;
            finite++;
          }
        }
      }
      out[i * C + j] = nan ? NaN : finite > 0 ? sum / finite : zero ? -Infinity : NaN;
    }
  }
  return { matrix: out, rows: R, cols: C };
}
