// Self-attention as an architecture (issue 18): one causal layer read at the last position, the
// path from any input to the loss one step long whatever its distance (Vaswani et al. 2017).
// run() reports what every arch shares, ||dL/dx_t||, and attention's own: dL/de_t by position and
// unit (the total derivative, through the values, the keys, the query and the residual) and the
// last position's attention weights per head. No recurrent matrix: no spectrum, no activation, no
// parameter gradients (the page asks every arch for them; attention answers none, not an error).
import { msg } from '../../i18n/index';
import { rows, type Gradients } from '../gradients';
import { log10Norm, unitLog10 } from '../linalg';
import type { Spec } from '../spec';
import { attentionParams, embed, type AttentionParams } from './attention-params';
import { attendLast, backLast, lastTape } from './attention-kernel';
import { attentionConnectivity, causalLayer } from './attention-layer';
import { tailGradients } from './attention-tail';
import { attentionTrainable } from './attention-train';
import type { ArchModule, ArchResult } from './types';

/** L = r^T h_T and its gradients, the weights alpha of the last position, for the first T steps of p. */
export function attentionRun(p: AttentionParams, perUnit: boolean, T = p.T): { result: ArchResult; loss: number } {
  const { n, m, H, U, r } = p;
  const e = new Float64Array(T * n);
  embed(p, p.x, T, e);
  const tp = lastTape(n, H, T);
  attendLast(p, e, T, tp);
  let loss = 0;
  for (let i = 0; i < n; i++) loss += r[i] * tp.h[i];
  const de = new Float64Array(T * n);
  backLast(p, e, T, tp, r, de);
  // positions whose weight underflowed: dL/de_s as a log10 scale and a vector of ordinary size
  const scale = new Float64Array(T);
  for (const tail of tailGradients(p, e, T, tp)) {
    de.set(tail.vector, tail.s * n);
    scale[tail.s] = tail.scale;
  }

  const hGradLog10 = new Float64Array(T + 1);
  const xGradLog10 = new Float64Array(T);
  hGradLog10[0] = -Infinity; // there is no e_0
  const dx = new Float64Array(m);
  for (let t = 1; t <= T; t++) {
    const row = de.subarray((t - 1) * n, t * n);
    hGradLog10[t] = scale[t - 1] + log10Norm(row, n);
    // dL/dx_t = U^T dL/de_t
    for (let k = 0; k < m; k++) {
      let acc = 0;
      for (let i = 0; i < n; i++) acc += U[i * m + k] * row[i];
      dx[k] = acc;
    }
    xGradLog10[t - 1] = scale[t - 1] + log10Norm(dx, m);
  }
  const result: Gradients = { hGradLog10, xGradLog10 };
  if (perUnit) {
    const units = rows(T, n);
    units.rows[0].fill(-Infinity);
    for (let t = 1; t <= T; t++) unitLog10(de.subarray((t - 1) * n, t * n), n, scale[t - 1], units.buffer, t * n);
    result.perUnit = { h: units.rows };
  }
  const attention = Array.from({ length: H }, (_, j) => tp.alpha.slice(j * T, (j + 1) * T));
  return { result: { ...result, spectrum: null, attention }, loss };
}

export const attentionModule: ArchModule = {
  id: 'attention',
  /** in the page's language, read when shown */
  get label() {
    return msg().sim.archs.attention;
  },
  path: 'attention',
  spectrumMatrix: null,
  usesActivation: false,
  // In the unit of the cost forecasts (cost.ts, train-spec.ts), fitted rather than counted: a step of
  // run() is 2 n m + 6 H n multiply-adds, but in plain JavaScript loops, with seeded O(n^2) weights
  // drawn per run and a log per unit, which cost more per multiply-add than the WebAssembly kernels
  // the forecast was fitted on. simulate() at n = 32, 64, 128, H = 1, 4, 8, T = 1000, per-unit
  // output on, timed beside the lstm and the rnn on the (loaded) development machine, fits
  // n (0.365 + 0.135 H): measured / forecast fell within the scatter of the lstm's and the rnn's own
  // (2 runs: 3.4 to 18 for attention, 4.2 to 15 for them), where 2 n m + 6 H n undercounted 3 to 5 times.
  costRows: (spec) => spec.hidden * (0.365 + 0.135 * (spec.heads ?? 1)),
  run(spec: Spec, steps = spec.steps): ArchResult {
    return attentionRun(attentionParams(spec), spec.perUnit, steps).result;
  },
  trainable: (spec) => attentionTrainable(spec),
  connectivity: attentionConnectivity,
  sequenceCost: (spec) => causalLayer(attentionParams(spec))
};
