// One LSTM forward step after the product W h_{t-1} + U x_t + b: the gates, the cell and the
// derivatives the backward pass reads, for every unit. Runs in WebAssembly SIMD when every
// array lives in the kernels' memory (wasm/kernels.wat: exp written out, two units a
// lane pair) and in the JavaScript loop below otherwise; tests hold the two to each other.
import { gateQ, sigmaOfQ, tanhAndPrime } from './activations';
import { inKernelMemory, kernelRuns, kernels } from './wasm/arena';

/** The forward record a backward pass reads (row t - 1 = step t for the gates; rows t = 0..T for the cell). */
export interface LstmRecord {
  /** gates i, f, o as signed q (activations.ts), 3n per row */
  Q: Float64Array;
  /** tanh(g) and tanh'(g), 2n per row */
  TG: Float64Array;
  /** c_t, tanh(c_t), tanh'(c_t), rows t = 0..T */
  C: Float64Array;
  TC: Float64Array;
  DTC: Float64Array;
}

/** Lengths of the record's arrays, in the order of LstmRecord, for n units and T steps. */
export const recordLengths = (n: number, T: number): number[] => [
  T * 3 * n,
  T * 2 * n,
  (T + 1) * n,
  (T + 1) * n,
  (T + 1) * n
];

/**
 * Step t (1..T): pre holds the 4n pre-activations (blocks i, f, g, o); writes row t - 1 of
 * Q and TG, row t of C, TC, DTC, and h_t into h.
 */
export function lstmCells(pre: Float64Array, n: number, t: number, rec: LstmRecord, h: Float64Array): void {
  const { Q, TG, C, TC, DTC } = rec;
  if (inKernelMemory(pre, h, Q, TG, C, TC, DTC)) {
    kernelRuns.lstmCells++;
    const row = (a: Float64Array, width: number, r: number) => a.byteOffset + 8 * width * r;
    kernels!.lstmCells(
      pre.byteOffset,
      n,
      row(C, n, t - 1),
      row(Q, 3 * n, t - 1),
      row(TG, 2 * n, t - 1),
      row(C, n, t),
      row(TC, n, t),
      row(DTC, n, t),
      h.byteOffset
    );
    return;
  }
  const q = (t - 1) * 3 * n;
  const g = (t - 1) * 2 * n;
  for (let i = 0; i < n; i++) {
    const qi = (Q[q + i] = gateQ(pre[i]));
    const qf = (Q[q + n + i] = gateQ(pre[n + i]));
    const qo = (Q[q + 2 * n + i] = gateQ(pre[3 * n + i]));
    const tg = (TG[g + i] = tanhAndPrime(pre[2 * n + i], TG, g + n + i));
    const c = (C[t * n + i] = sigmaOfQ(qf) * C[(t - 1) * n + i] + sigmaOfQ(qi) * tg);
    const tc = (TC[t * n + i] = tanhAndPrime(c, DTC, t * n + i));
    h[i] = sigmaOfQ(qo) * tc;
  }
}
