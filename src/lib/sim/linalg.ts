// The hot loops' linear algebra on Float64Arrays (row-major). matVec and ger run in WebAssembly
// SIMD when their arrays live in the kernels' memory (wasm/arena.ts) and in JavaScript
// loops otherwise; tests hold the two to each other and to the mathjs reference.

import { inKernelMemory, kernelRuns, kernels } from './wasm/arena';

/** y[i] = A[i, :] . x[xOff ..] for rows i < rows; A is rows x cols. */
export function matVec(
  A: Float64Array,
  rows: number,
  cols: number,
  x: Float64Array,
  xOff: number,
  y: Float64Array
): void {
  if (inKernelMemory(A, x, y)) {
    kernelRuns.matVec++;
    return kernels!.matVec(A.byteOffset, rows, cols, x.byteOffset + 8 * xOff, y.byteOffset);
  }
  for (let i = 0; i < rows; i++) {
    let acc = 0;
    const r = i * cols;
    for (let j = 0; j < cols; j++) acc += A[r + j] * x[xOff + j];
    y[i] = acc;
  }
}

/** A += w a b[bOff ..]^T (A is rows x cols): one term of a weight gradient's sum (param-grads.ts, train/net.ts). */
export function ger(
  A: Float64Array,
  rows: number,
  cols: number,
  a: Float64Array,
  b: Float64Array,
  w: number,
  bOff = 0
): void {
  if (inKernelMemory(A, a, b)) {
    kernelRuns.ger++;
    return kernels!.ger(A.byteOffset, rows, cols, a.byteOffset, b.byteOffset + 8 * bOff, w);
  }
  for (let i = 0; i < rows; i++) {
    const ai = a[i] * w;
    if (ai === 0) continue;
    const off = i * cols;
    for (let j = 0; j < cols; j++) A[off + j] += ai * b[bOff + j];
  }
}

/**
 * C += A B (A is M x K, B is K x N, C is M x N, each starting at its array's offset): batched
 * training's forward products (W H, U X) and weight gradients (delta H^T summed over the batch).
 */
export function gemm(A: Float64Array, B: Float64Array, C: Float64Array, M: number, K: number, N: number): void {
  if (inKernelMemory(A, B, C)) {
    kernelRuns.gemm++;
    return kernels!.gemm(A.byteOffset, B.byteOffset, C.byteOffset, M, K, N);
  }
  for (let i = 0; i < M; i++) {
    for (let k = 0; k < K; k++) {
      const a = A[i * K + k];
      if (a === 0) continue; // as the kernel: zero padding never touches C
      for (let j = 0; j < N; j++) C[i * N + j] += a * B[k * N + j];
    }
  }
}

/** C += A^T B (A is M x R, B is M x N, C is R x N): batched training's backward product W^T delta. */
export function gemmTN(A: Float64Array, B: Float64Array, C: Float64Array, M: number, R: number, N: number): void {
  if (inKernelMemory(A, B, C)) {
    kernelRuns.gemmTN++;
    return kernels!.gemmTN(A.byteOffset, B.byteOffset, C.byteOffset, M, R, N);
  }
  for (let m = 0; m < M; m++) {
    for (let r = 0; r < R; r++) {
      const a = A[m * R + r];
      if (a === 0) continue;
      for (let j = 0; j < N; j++) C[r * N + j] += a * B[m * N + j];
    }
  }
}

/** A^T of a rows x cols row-major matrix, so that backward products W^T v run as matVec (dot products in registers). */
export function transpose(A: Float64Array, rows: number, cols: number): Float64Array {
  const T = new Float64Array(A.length);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) T[j * rows + i] = A[i * cols + j];
  return T;
}

/**
 * log10 of the Euclidean norm of v[0..n). One pass when the sum of squares is a normal
 * double; otherwise (entries beyond 1e+-154) again with every entry scaled by the
 * largest, so no square under- or overflows. `lg`: the trainer passes det-math's log10.
 */
export function log10Norm(v: Float64Array, n: number, lg: (x: number) => number = Math.log10): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += v[i] * v[i];
  if (s > 1e-300 && s < 1e300) return 0.5 * lg(s);
  let max = 0;
  for (let i = 0; i < n; i++) {
    const a = Math.abs(v[i]);
    if (a > max) max = a;
  }
  if (max === 0) return -Infinity;
  s = 0;
  for (let i = 0; i < n; i++) {
    const q = v[i] / max;
    s += q * q;
  }
  return lg(max) + 0.5 * lg(s);
}

/** Divides v[0..n) by its norm and returns log10 of that norm (-Infinity, v untouched, if v = 0). */
export function normalize(v: Float64Array, n: number): number {
  const l = log10Norm(v, n);
  if (l === -Infinity) return l;
  const inv = 10 ** -l;
  if (Number.isFinite(inv) && inv > 0) for (let i = 0; i < n; i++) v[i] *= inv;
  else {
    const norm = 10 ** l;
    for (let i = 0; i < n; i++) v[i] /= norm;
  }
  return l;
}

/**
 * out[off + i] = scale + log10|v_i|: per-unit magnitudes of a vector stored as (v, 10^scale).
 * Through Math.log, which V8 runs in half the time of Math.log10 (0.6 vs 1.1 ms per 64k
 * calls, measured here): the heatmaps ask for 2n of these every step. The product with
 * log10(e) adds at most an ulp.
 */
export function unitLog10(v: Float64Array, n: number, scale: number, out: Float64Array, off: number): void {
  for (let i = 0; i < n; i++) out[off + i] = scale + Math.log(Math.abs(v[i])) * Math.LOG10E;
}

/** 10^(a - b) for log-space scales, with the zero vector's -Infinity handled: never NaN. */
export function relativeScale(a: number, b: number): number {
  return a === -Infinity ? 0 : 10 ** (a - b);
}
