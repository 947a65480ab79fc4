// One GRU forward step after the products W h_{t-1} and U x_t + b: the gates, the candidate
// and the record the backward pass reads, for every unit. Runs in WebAssembly SIMD when every
// array lives in the kernels' memory (wasm/kernels.wat) and in the JavaScript loop below
// otherwise; tests hold the two to each other and to 64-digit arithmetic.
import { gateQ, sigmaOfQ, tanhAndPrime } from './activations';
import { inKernelMemory, kernelRuns, kernels } from './wasm/arena';

/** Entries per unit in a row of the GRU forward record: q_r, q_z, tanh(a_n), tanh'(a_n), W_n h_{t-1}, h_{t-1}. */
export const GRU_ROW = 6;

/**
 * Step t (1..T): wh = W h_{t-1} and ux = U x_t + b (3n each, blocks r, z, n); writes row
 * t - 1 of the record F and h_t into h (which holds h_{t-1} on entry).
 */
export function gruCells(
  wh: Float64Array,
  ux: Float64Array,
  n: number,
  t: number,
  F: Float64Array,
  h: Float64Array
): void {
  const o = (t - 1) * GRU_ROW * n;
  if (inKernelMemory(wh, ux, F, h)) {
    kernelRuns.gruCells++;
    kernels!.gruCells(wh.byteOffset, ux.byteOffset, n, F.byteOffset + 8 * o, h.byteOffset);
    return;
  }
  for (let i = 0; i < n; i++) {
    const qr = (F[o + i] = gateQ(wh[i] + ux[i]));
    const qz = (F[o + n + i] = gateQ(wh[n + i] + ux[n + i]));
    const an = ux[2 * n + i] + sigmaOfQ(qr) * wh[2 * n + i]; // r gates W_n h only
    const tn = (F[o + 2 * n + i] = tanhAndPrime(an, F, o + 3 * n + i));
    F[o + 4 * n + i] = wh[2 * n + i];
    F[o + 5 * n + i] = h[i];
    // 1 - z = sigma(-a_z) = sigmaOfQ(-q): no cancellation when z is near 1.
    h[i] = sigmaOfQ(-qz) * tn + sigmaOfQ(qz) * h[i];
  }
}
