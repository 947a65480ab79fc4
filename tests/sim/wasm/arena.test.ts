// The WebAssembly SIMD mat-vec against the plain loop it replaces, on every odd and even
// shape edge (the kernel has a 4-wide body, a pair step and a scalar tail), and the
// committed binary against its WAT source.
import { describe, expect, it, vi } from 'vitest';
import { ger, matVec, transpose } from '../../../src/lib/sim/linalg';
import { simulate } from '../../../src/lib/sim/index';
import { normals } from '../../../src/lib/sim/random';
import {
  isCurrent,
  kernelRuns,
  kernels,
  namedWorkspace,
  StaleWorkspaceError,
  workspace,
  workspaceWith
} from '../../../src/lib/sim/wasm/arena';
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
      const before = kernelRuns.matVec;
      matVec(A, rows, cols, x, 3, y);
      expect(kernelRuns.matVec).toBe(before + 1); // really the wasm path
      const expected = loop(A0, rows, cols, x0.subarray(3));
      y.forEach((v, i) => expect(Math.abs(v - expected[i])).toBeLessThan(1e-13 * Math.max(1, Math.abs(expected[i]))));
      // and the JavaScript fallback (arrays outside the wasm memory) gives the same
      const yJs = new Float64Array(rows);
      matVec(A0, rows, cols, x0, 3, yJs);
      expect(kernelRuns.matVec).toBe(before + 1); // and this one the JavaScript loop
      yJs.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 12));
    }
  });

  it.each([1, 2, 3, 4, 5, 31, 32, 33])('ger (A += w a b^T) equals the plain sum for %i columns', (cols) => {
    for (const rows of [1, 3, 8]) {
      const A0 = normals(cols, 'A', rows * cols);
      const a0 = normals(cols, 'a', rows);
      a0[rows - 1] = 0; // a zero row is skipped: A's row stays as it was
      const b0 = normals(cols, 'b', cols);
      const w = 0.37;
      const expected = Array.from(A0, (v, k) => v + w * a0[Math.floor(k / cols)] * b0[k % cols]);
      const [A, a, b] = workspaceWith([A0, a0, b0], []);
      const before = kernelRuns.ger;
      ger(A, rows, cols, a, b, w);
      expect(kernelRuns.ger).toBe(before + 1); // the wasm path
      A.forEach((v, k) => expect(Math.abs(v - expected[k])).toBeLessThan(1e-15 * Math.max(1, Math.abs(expected[k]))));
      const AJs = Float64Array.from(A0);
      ger(AJs, rows, cols, a0, b0, w);
      expect(kernelRuns.ger).toBe(before + 1); // the JavaScript loop
      AJs.forEach((v, k) => expect(v).toBe(A[k]));
    }
  });

  it('transpose turns a backward product into a forward one', () => {
    const A = normals(5, 'A', 12);
    const AT = transpose(A, 3, 4);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 4; j++) expect(AT[j * 3 + i]).toBe(A[i * 4 + j]);
  });

  it('exp and expm1 (written out in the LSTM kernel) stay within 2 and 4 ulps of Math.exp and Math.expm1', () => {
    const N = 20000;
    const [x, e, em1] = workspace([N, N, N]);
    const ulps = (a: number, b: number) => (a === b ? 0 : Math.abs(a - b) / (Math.abs(b) * Number.EPSILON));
    for (const [lo, hi] of [
      [-0.5, 0.5],
      [-3, 3],
      [-745, 709]
    ]) {
      normals(lo, 'x', N).forEach((v, i) => (x[i] = Math.min(hi, Math.max(lo, (v * (hi - lo)) / 4))));
      kernels!.expArray(x.byteOffset, N, e.byteOffset, em1.byteOffset);
      for (let i = 0; i < N; i++) {
        // subnormals hold fewer digits
        if (Math.exp(x[i]) > 2.3e-308) expect(ulps(e[i], Math.exp(x[i]))).toBeLessThanOrEqual(2);
        expect(ulps(em1[i], Math.expm1(x[i]))).toBeLessThanOrEqual(4);
      }
    }
    const special = [-Infinity, Infinity, NaN, -745.2, -745.1, 709.8, 1e-300, -1e-300, 0, -0];
    x.set(special);
    kernels!.expArray(x.byteOffset, special.length, e.byteOffset, em1.byteOffset);
    special.forEach((v, i) => {
      expect(e[i]).toBe(Math.exp(v));
      expect(Object.is(em1[i], Math.expm1(v)) || (v === 0 && em1[i] === 0)).toBe(true); // expm1(-0) may come out +0
    });
  });

  it('a workspace the memory cannot grow to is handed out as plain arrays: the JavaScript loops serve', () => {
    const grow = vi.spyOn(kernels!.memory, 'grow').mockImplementation(() => {
      throw new RangeError('WebAssembly.Memory.grow(): Maximum memory size exceeded');
    });
    try {
      const [a, b] = workspace([kernels!.memory.buffer.byteLength / 8 + 1, 4]);
      expect(a.buffer).not.toBe(kernels!.memory.buffer);
      expect(b.length).toBe(4);
    } finally {
      grow.mockRestore();
    }
  });

  it('a view of an earlier workspace never reaches a kernel: it is known as stale, a kernel handed it throws', () => {
    const [oldA, oldY] = workspace([4, 2]);
    oldA.fill(1);
    expect(isCurrent(oldA, oldY)).toBe(true);
    const [A, x, y] = workspaceWith([Float64Array.of(1, 2, 3, 4), Float64Array.of(5, 6)], [2]); // from byte 0 again
    expect(Array.from(A)).toEqual([1, 2, 3, 4]);
    expect(isCurrent(oldA)).toBe(false);
    expect(isCurrent(oldY)).toBe(false);
    expect(isCurrent(A, x, y, new Float64Array(2))).toBe(true); // plain arrays are never stale
    expect(() => matVec(A, 2, 2, x, 0, oldY)).toThrow(StaleWorkspaceError);
    expect(() => ger(oldA, 2, 2, x, x, 1)).toThrow(StaleWorkspaceError);
    matVec(A, 2, 2, x, 0, y); // the current views serve as before
    expect(Array.from(y)).toEqual([17, 39]);
  });

  it('simulate() in between leaves a held record unusable by any kernel', () => {
    const [Q, x] = workspace([64, 8]);
    Q.fill(0.5);
    simulate({ arch: 'lstm', hidden: 8, steps: 20 }); // its workspace starts at byte 0 too
    expect(isCurrent(Q)).toBe(false);
    expect(() => matVec(Q, 8, 8, x, 0, new Float64Array(8))).toThrow(StaleWorkspaceError);
  });

  it('a workspace the memory already holds does not grow it: a grow copies a large memory every run', () => {
    workspace([1_000_000]); // a large run first: the memory holds 8 MB from now on
    const grow = vi.spyOn(kernels!.memory, 'grow');
    try {
      workspace([1000, 1000]);
      simulate({ arch: 'rnn', hidden: 8, steps: 20 });
      expect(grow).not.toHaveBeenCalled();
    } finally {
      grow.mockRestore();
    }
  });

  it('namedWorkspace lays the buffers out in the given order, each under its name', () => {
    const { a, b, c } = namedWorkspace({ a: 3, b: 0, c: 5 });
    expect([a.length, b.length, c.length]).toEqual([3, 0, 5]);
    expect([a.buffer, c.buffer].every((buf) => buf === kernels!.memory.buffer)).toBe(true);
    expect(c.byteOffset).toBe(32); // a, aligned to 16 bytes; b takes none
  });

  it('a large workspace grows the memory without corrupting its views', () => {
    const big = new Float64Array(3_000_000).fill(2);
    const [a, b] = workspaceWith([big], [10]);
    expect(a.length).toBe(3_000_000);
    expect(a[2_999_999]).toBe(2);
    expect(b.length).toBe(10);
  });

  it.each([
    ['rnn', ['matVec']],
    ['lstm', ['matVec', 'lstmCells']],
    ['gru', ['matVec', 'gruCells']]
  ] as const)('simulate() runs %s through the WebAssembly kernels', (arch, used) => {
    const before = { ...kernelRuns };
    simulate({ arch, hidden: 8, steps: 20, paramGrads: true });
    for (const k of [...used, 'ger'] as const) expect(kernelRuns[k] - before[k]).toBeGreaterThanOrEqual(20);
  });
});
