// Heatmaps average large matrices down to their pixel grid: the means, the edges, NaN rows
// still being computed and exact zeros.
import { describe, expect, it } from 'vitest';
import { binMatrix } from '../../src/lib/figures/bin';

describe('binMatrix', () => {
  it('keeps a matrix that fits', () => {
    const m = Float64Array.from([1, 2, 3, 4, 5, 6]);
    expect(binMatrix(m, 2, 3, 10, 10).matrix).toBe(m);
  });

  it('averages blocks of log values; uneven blocks cover every cell exactly once', () => {
    const cols = 7;
    const m = Float64Array.from({ length: 2 * cols }, (_, k) => k); // row 0: 0..6, row 1: 7..13
    const b = binMatrix(m, 2, cols, 1, 3); // columns [0,2), [2,4), [4,7); rows averaged
    expect(b.rows).toBe(1);
    expect(b.cols).toBe(3);
    expect(Array.from(b.matrix)).toEqual([(0 + 1 + 7 + 8) / 4, (2 + 3 + 9 + 10) / 4, (4 + 5 + 6 + 11 + 12 + 13) / 6]);
  });

  it('NaN (not yet computed) makes its cell NaN; exact zeros count only when a whole block is zero', () => {
    const m = Float64Array.from([NaN, 1, -Infinity, -Infinity, -Infinity, -3]);
    const b = binMatrix(m, 1, 6, 1, 3);
    expect(b.matrix[0]).toBeNaN();
    expect(b.matrix[1]).toBe(-Infinity);
    expect(b.matrix[2]).toBe(-3);
  });

  it('reduces n = 256, T = 5000 to the pixel grid, the mean preserved', () => {
    const rows = 256;
    const cols = 5001;
    const m = new Float64Array(rows * cols).map((_, k) => -((k % cols) / 1000));
    const b = binMatrix(m, rows, cols, 150, 400);
    expect(b.rows * b.cols).toBe(150 * 400);
    const mean = (a: Float64Array) => a.reduce((s, v) => s + v, 0) / a.length;
    expect(mean(b.matrix)).toBeCloseTo(mean(m), 2);
  });
});
