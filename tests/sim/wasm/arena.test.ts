// The WebAssembly SIMD mat-vec against the plain loop it replaces, on every odd and even
// shape edge (the kernel has a 4-wide body, a pair step and a scalar tail), and the
// committed binary against its WAT source.
import { describe, expect, it } from 'vitest';
import { matVec, transpose } from '../../../src/lib/sim/linalg';
import { normals } from '../../../src/lib/sim/random';
import { kernels, workspaceWith } from '../../../src/lib/sim/wasm/arena';
import { KERNELS_WASM_BASE64 } from '../../../src/lib/sim/wasm/kernels';
// @ts-expect-error plain ES module script without types
import { assemble } from '../../../scripts/build-wasm.mjs';

const loop = (A: Float64Array, rows: number, cols: number, x: Float64Array) =>
  Array.from({ length: rows }, (_, i) => x.reduce((acc, xj, j) => acc + A[i * cols + j] * xj, 0));

describe('wasm kernels', () => {
  it('are available in Node (SIMD supported)', () => expect(kernels).not.toBeNull());

  it('the committed binary is what kernels.wat assembles to (run npm run build:wasm after editing it)', async () => {
    expect(await assemble()).toBe(KERNELS_WASM_BASE64);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 31, 32, 33, 128])('matVec equals the plain loop for %i columns', (cols) => {
    for (const rows of [1, 3, 8]) {
      const A0 = normals(cols, 'A', rows * cols);
      const x0 = normals(cols, 'x', cols + 3);
      const [A, x, y] = workspaceWith([A0, x0], [rows]);
      expect(y.buffer).toBe(kernels!.memory.buffer); // really the wasm path
      matVec(A, rows, cols, x, 3, y);
      const expected = loop(A0, rows, cols, x0.subarray(3));
      y.forEach((v, i) => expect(Math.abs(v - expected[i])).toBeLessThan(1e-13 * Math.max(1, Math.abs(expected[i]))));
      // and the JavaScript fallback (arrays outside the wasm memory) gives the same
      const yJs = new Float64Array(rows);
      matVec(A0, rows, cols, x0, 3, yJs);
      yJs.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 12));
    }
  });

  it('transpose turns a backward product into a forward one', () => {
    const A = normals(5, 'A', 12);
    const AT = transpose(A, 3, 4);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 4; j++) expect(AT[j * 3 + i]).toBe(A[i * 4 + j]);
  });

  it('a large workspace grows the memory without corrupting its views', () => {
    const big = new Float64Array(3_000_000).fill(2);
    const [a, b] = workspaceWith([big], [10]);
    expect(a.length).toBe(3_000_000);
    expect(a[2_999_999]).toBe(2);
    expect(b.length).toBe(10);
  });
});
