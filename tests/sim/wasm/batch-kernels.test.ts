// The training kernels (wasm/batch-kernels.wat) against plain sums written independently, on
// every shape edge ($row has an eight-column body, pairs and a scalar tail), and against their
// JavaScript fallbacks, which must agree to the bit: the page (wasm) and a machine without
// SIMD (JavaScript) train the same history.
import { describe, expect, it } from 'vitest';
import { gateQ, tanhAndPrime } from '../../../src/lib/sim/activations';
import { gemm, gemmTN } from '../../../src/lib/sim/linalg';
import type { LstmRecord } from '../../../src/lib/sim/wasm/lstm-layout';
import { normals } from '../../../src/lib/sim/random';
import { lstmDeltas } from '../../../src/lib/sim/train/lstm-deltas';
import { tanhCells } from '../../../src/lib/sim/train/elementwise';
import { kernelRuns, workspaceWith } from '../../../src/lib/sim/wasm/arena';

/** sum_k a(k) b(k) in the order k = 0, 1, ..: the products' definition, not the kernel's loop. */
const sum = (K: number, term: (k: number) => number) =>
  Array.from({ length: K }, (_, k) => term(k)).reduce((s, v) => s + v, 0);

const SHAPES = [1, 2, 3, 7, 8, 9, 16, 17, 33];

describe('batched training kernels', () => {
  it.each(SHAPES)('gemm (C += A B) equals the plain sum and its JavaScript loop, N = %i', (N) => {
    for (const [M, K] of [
      [1, 1],
      [3, 16],
      [5, 2],
      [4, 33]
    ]) {
      const A0 = normals(N, 'A', M * K);
      A0[0] = 0; // a zero entry skips its row of B, in both paths
      const B0 = normals(N, 'B', K * N);
      const C0 = normals(N, 'C', M * N);
      const expected = Array.from(C0, (c, idx) => {
        const [i, j] = [Math.floor(idx / N), idx % N];
        return c + sum(K, (k) => A0[i * K + k] * B0[k * N + j]);
      });
      const [A, B, C] = workspaceWith([A0, B0, C0], []);
      const before = kernelRuns.gemm;
      gemm(A, B, C, M, K, N);
      expect(kernelRuns.gemm).toBe(before + 1);
      C.forEach((v, i) => expect(Math.abs(v - expected[i])).toBeLessThan(1e-13 * Math.max(1, Math.abs(expected[i]))));
      const CJs = Float64Array.from(C0);
      gemm(A0, B0, CJs, M, K, N);
      expect(kernelRuns.gemm).toBe(before + 1);
      expect(Array.from(CJs)).toEqual(Array.from(C));
    }
  });

  it.each(SHAPES)('gemmTN (C += A^T B) equals the plain sum and its JavaScript loop, N = %i', (N) => {
    for (const [M, R] of [
      [1, 1],
      [32, 16],
      [5, 3],
      [64, 1]
    ]) {
      const A0 = normals(N, 'A', M * R);
      for (let r = 0; r < R; r++) A0[r] = 0; // a padded sequence: a whole row of deltas is zero
      const B0 = normals(N, 'B', M * N);
      B0.fill(Infinity, 0, N); // ...and never reaches C, even where its state overflowed
      const C0 = normals(N, 'C', R * N);
      const expected = Array.from(C0, (c, idx) => {
        const [r, j] = [Math.floor(idx / N), idx % N];
        return c + sum(M - 1, (k) => A0[(k + 1) * R + r] * B0[(k + 1) * N + j]);
      });
      const [A, B, C] = workspaceWith([A0, B0, C0], []);
      const before = kernelRuns.gemmTN;
      gemmTN(A, B, C, M, R, N);
      expect(kernelRuns.gemmTN).toBe(before + 1);
      C.forEach((v, i) => expect(Math.abs(v - expected[i])).toBeLessThan(1e-13 * Math.max(1, Math.abs(expected[i]))));
      const CJs = Float64Array.from(C0);
      gemmTN(A0, B0, CJs, M, R, N);
      expect(Array.from(CJs)).toEqual(Array.from(C));
    }
  });

  it.each([1, 2, 5, 16])(
    'lstmDeltas: wasm and JavaScript agree to the bit, and match the textbook LSTM, %i units',
    (nb) => {
      // a record as lstm-cell.ts writes it, for step t = 2 of pre-activations z (blocks i, f, g, o)
      const t = 2;
      const z = normals(nb, 'z', 4 * nb).map((v) => 4 * v);
      const cPrev = normals(nb, 'c', nb);
      const Q = new Float64Array(t * 3 * nb);
      const TG = new Float64Array(t * 2 * nb);
      const C = new Float64Array((t + 1) * nb);
      const TC = new Float64Array((t + 1) * nb);
      const DTC = new Float64Array((t + 1) * nb);
      const sig = (a: number) => 1 / (1 + Math.exp(-a));
      for (let u = 0; u < nb; u++) {
        const [q, g] = [(t - 1) * 3 * nb, (t - 1) * 2 * nb];
        Q[q + u] = gateQ(z[u]);
        Q[q + nb + u] = gateQ(z[nb + u]);
        Q[q + 2 * nb + u] = gateQ(z[3 * nb + u]);
        TG[g + u] = tanhAndPrime(z[2 * nb + u], TG, g + nb + u);
        C[(t - 1) * nb + u] = cPrev[u];
        C[t * nb + u] = sig(z[nb + u]) * cPrev[u] + sig(z[u]) * Math.tanh(z[2 * nb + u]);
        TC[t * nb + u] = tanhAndPrime(C[t * nb + u], DTC, t * nb + u);
      }
      const dh0 = normals(nb, 'dh', nb);
      const dc0 = normals(nb, 'dc', nb);
      const [q, tg, c, tc, dtc, dh, dc, dA] = workspaceWith([Q, TG, C, TC, DTC, dh0, dc0], [4 * nb]);
      const inKernels: LstmRecord = { Q: q, TG: tg, C: c, TC: tc, DTC: dtc };
      const before = kernelRuns.lstmDeltas;
      lstmDeltas(inKernels, t, nb, dh, dc, dA);
      expect(kernelRuns.lstmDeltas).toBe(nb > 1 ? before + 1 : before);
      const [dcJs, dAJs] = [Float64Array.from(dc0), new Float64Array(4 * nb)];
      lstmDeltas({ Q, TG, C, TC, DTC }, t, nb, Float64Array.from(dh0), dcJs, dAJs);
      expect(Array.from(dAJs)).toEqual(Array.from(dA));
      expect(Array.from(dcJs)).toEqual(Array.from(dc));
      // the textbook form (Hochreiter & Schmidhuber 1997 with a forget gate), from z directly
      for (let u = 0; u < nb; u++) {
        const [i, f, g, o] = [sig(z[u]), sig(z[nb + u]), Math.tanh(z[2 * nb + u]), sig(z[3 * nb + u])];
        const tcu = Math.tanh(C[t * nb + u]);
        const dct = dc0[u] + dh0[u] * o * (1 - tcu * tcu);
        const want = [
          dct * g * i * (1 - i),
          dct * cPrev[u] * f * (1 - f),
          dct * i * (1 - g * g),
          dh0[u] * tcu * o * (1 - o)
        ];
        want.forEach((w, k) => expect(dA[k * nb + u]).toBeCloseTo(w, 12));
        expect(dc[u]).toBeCloseTo(dct * f, 12);
      }
    }
  );

  it.each([1, 2, 7, 64])("tanhCells: tanh and tanh' within 2 ulps of the JavaScript path (Math.exp), %i units", (n) => {
    const a0 = normals(n, 'a', n).map((v, i) => (i % 5 === 0 ? 0.01 * v : i % 7 === 0 ? 40 * v : 3 * v));
    const [a, h, d] = workspaceWith([a0], [n, n]);
    const before = kernelRuns.tanhCells;
    tanhCells(a, n, h, d);
    expect(kernelRuns.tanhCells).toBe(before + 1);
    const [hJs, dJs] = [new Float64Array(n), new Float64Array(n)];
    tanhCells(a0, n, hJs, dJs);
    expect(kernelRuns.tanhCells).toBe(before + 1); // plain arrays: the JavaScript loop
    const ulps = (x: number, y: number) => Math.abs(x - y) / (Math.abs(y) * 2 ** -52 || Number.MIN_VALUE);
    for (let i = 0; i < n; i++) {
      expect(ulps(h[i], hJs[i])).toBeLessThanOrEqual(2);
      expect(ulps(d[i], dJs[i])).toBeLessThanOrEqual(4);
      expect(h[i]).toBeCloseTo(Math.tanh(a0[i]), 15);
    }
  });
});
