// Attention's far tail, exact: once a logit trails the largest by more than about 708 (sharp
// attention, logits of +-1e3), exp underflows and alpha_s is 0 in doubles, so the plain backward
// pass (attention-kernel.ts) finds no gradient at e_s. The true one is alpha_s times a vector of
// ordinary size, 10^-622 say, not zero. For every position s < T whose weight in some head is
// below TINY, this recomputes dL/de_s with each head's weight kept as its logarithm,
//   log alpha_js = z_js - max_j - log sum_u exp(z_ju - max_j),
//   dL/de_s = sum_j alpha_js (w_j + (w_j . e_s - w_j . ebar_j) qt_j),  w_j = Wv_j^T dL/dhead_j,
// as a log10 scale and a vector of ordinary size (only e_T has the residual and query paths, and
// s < T has neither). The simulator's reports use it; the trainer keeps plain doubles.
import { exp, log } from '../det-math';
import type { AttentionParams } from './attention-params';
import type { LastTape } from './attention-kernel';

/** Weights below this are recomputed in log space (well above the subnormals, so no digit is lost). */
const TINY = 1e-280;

/** dL/de_s = vector * 10^scale for one far position. */
export interface TailGradient {
  s: number;
  scale: number;
  vector: Float64Array;
}

/** The positions s < T (0-based) with a weight below TINY in some head, each dL/de_s in log-scaled form. */
export function tailGradients(p: AttentionParams, e: Float64Array, T: number, tp: LastTape): TailGradient[] {
  const { n, H, d, Wv } = p;
  const far: number[] = [];
  for (let s = 0; s < T - 1; s++)
    for (let j = 0; j < H; j++)
      if (tp.alpha[j * T + s] < TINY) {
        far.push(s);
        break;
      }
  if (far.length === 0) return [];
  // per head: w_j = Wv_j^T dL/dhead_j, its mean w_j . ebar_j, and the logits' max and log-sum
  const heads = Array.from({ length: H }, (_, j) => {
    const qt = tp.qt.subarray(j * n, (j + 1) * n);
    const w = new Float64Array(n);
    for (let a = j * d; a < (j + 1) * d; a++) for (let c = 0; c < n; c++) w[c] += Wv[a * n + c] * tp.dheads[a];
    let mean = 0;
    for (let c = 0; c < n; c++) mean += w[c] * tp.ebar[j * n + c];
    const z = new Float64Array(T);
    let max = -Infinity;
    for (let s = 0; s < T; s++) {
      let acc = 0;
      for (let c = 0; c < n; c++) acc += qt[c] * e[s * n + c];
      z[s] = acc;
      if (acc > max) max = acc;
    }
    let sum = 0;
    for (let s = 0; s < T; s++) sum += exp(z[s] - max);
    return { qt, w, mean, z, shift: max + log(sum) };
  });
  return far.map((s) => {
    const logAlpha = heads.map((h) => h.z[s] - h.shift); // natural log of alpha_js
    const top = Math.max(...logAlpha);
    const vector = new Float64Array(n);
    heads.forEach((h, j) => {
      const a = exp(logAlpha[j] - top); // this head's weight relative to the position's largest
      if (a === 0) return;
      let dot = 0;
      for (let c = 0; c < n; c++) dot += h.w[c] * e[s * n + c];
      for (let c = 0; c < n; c++) vector[c] += a * (h.w[c] + (dot - h.mean) * h.qt[c]);
    });
    return { s, scale: top / Math.LN10, vector };
  });
}
