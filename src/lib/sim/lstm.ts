// LSTM, fast kernel. Gate blocks i, f, g, o; c_t = f*c_{t-1} + i*g; h_t = o*tanh(c_t).
// The cell state is an additive highway (Hochreiter & Schmidhuber 1997): dL/dc_{t-1}
// gets f_t * dL/dc_t elementwise, no matrix, so its decay is set by the forget gates
// (dilution), not by a spectrum (vanishing). dL/dh and dL/dc are carried as two
// log-scaled vectors with scales of their own, so neither underflows against the other.
import { dsigmaOfQ, gateQ, scaledTanhPrime, sigmaOfQ, tanhAndPrime } from './activations';
import { gateStep, rows, zeroBefore, type Gradients } from './gradients';
import { log10Norm, matVec, normalize, relativeScale, transpose, unitLog10 } from './linalg';
import type { Params } from './params';
import { workspaceWith } from './wasm/arena';

export function lstmGradients(p: Params, perUnit: boolean): Gradients {
  const { n, m, T } = p;
  const G = 4 * n;
  const [W, U, x, WT, UT, h, wh, ux, D, vh, xg] = workspaceWith([p.W, p.U, p.x, transpose(p.W, G, n), transpose(p.U, G, m)], [n, G, G, G, n, m]);
  const { Q, TG, C, TC, DTC } = lstmForward(p, W, U, x, h, wh, ux);

  const hGrad = new Float64Array(T + 1);
  const cGrad = new Float64Array(T + 1);
  const cellPath = new Float64Array(T + 1);
  const xGrad = new Float64Array(T);
  const hUnits = perUnit ? rows(T, n) : undefined;
  const cUnits = perUnit ? rows(T, n) : undefined;
  const vc = new Float64Array(n);
  const vp = new Float64Array(n); // the highway alone: (f_{t+1} ... f_T) dL/dc_T
  const f = new Float64Array(n);
  const dtc = new Float64Array(n);

  // t = T: dL/dh_T = r; dL/dc_T = r * o_T * tanh'(c_T) (c_T perturbed before h_T is computed).
  vh.set(p.r);
  let sh = normalize(vh, n);
  let e = scaledTanhPrime(C, DTC, T * n, n, dtc);
  for (let i = 0; i < n; i++) vc[i] = vh[i] * sigmaOfQ(Q[(T - 1) * 3 * n + 2 * n + i]) * dtc[i];
  let sc = sh + e + normalize(vc, n);
  vp.set(vc);
  let sp = sc;
  hGrad[T] = sh;
  cGrad[T] = cellPath[T] = sc;
  if (hUnits && cUnits) {
    unitLog10(vh, n, sh, hUnits.buffer, T * n);
    unitLog10(vc, n, sc, cUnits.buffer, T * n);
  }

  let dead = false;
  for (let t = T; t >= 1; t--) {
    const q = (t - 1) * 3 * n;
    const g = (t - 1) * 2 * n;
    for (let i = 0; i < n; i++) f[i] = sigmaOfQ(Q[q + n + i]);
    sp = gateStep(vp, n, sp, f);
    cellPath[t - 1] = sp;
    if (dead) continue;
    const S = Math.max(sh, sc);
    if (S === -Infinity) {
      zeroBefore(t + 1, hGrad, xGrad, hUnits?.buffer, n, cGrad, cUnits?.buffer);
      dead = true; // every earlier state gradient is zero; the highway alone goes on
      continue;
    }
    // dL/da_t for the four gate blocks, all at the common scale 10^S.
    const wh = relativeScale(sh, S);
    const wc = relativeScale(sc, S);
    for (let i = 0; i < n; i++) {
      const gc = vc[i] * wc;
      const qi = Q[q + i];
      D[i] = gc * TG[g + i] * dsigmaOfQ(qi);
      D[n + i] = gc * C[(t - 1) * n + i] * dsigmaOfQ(Q[q + n + i]);
      D[2 * n + i] = gc * sigmaOfQ(qi) * TG[g + n + i];
      D[3 * n + i] = vh[i] * wh * TC[t * n + i] * dsigmaOfQ(Q[q + 2 * n + i]);
    }
    matVec(UT, m, G, D, 0, xg);
    xGrad[t - 1] = S + log10Norm(xg, m);
    matVec(WT, n, G, D, 0, vh);
    const kh = normalize(vh, n);
    sh = kh === -Infinity ? -Infinity : S + kh;

    // dL/dc_{t-1} = f_t * dL/dc_t (the highway) + dL/dh_{t-1} * o_{t-1} * tanh'(c_{t-1}).
    let S2 = sc;
    if (t > 1) {
      e = scaledTanhPrime(C, DTC, (t - 1) * n, n, dtc);
      S2 = Math.max(sc, sh + e);
      const w1 = relativeScale(sc, S2);
      const w2 = relativeScale(sh + e, S2);
      const qo = (t - 2) * 3 * n + 2 * n;
      for (let i = 0; i < n; i++) vc[i] = f[i] * vc[i] * w1 + vh[i] * sigmaOfQ(Q[qo + i]) * dtc[i] * w2;
    } else for (let i = 0; i < n; i++) vc[i] *= f[i]; // c_0 reaches L only through c_1
    const kc = normalize(vc, n);
    sc = kc === -Infinity ? -Infinity : S2 + kc;

    hGrad[t - 1] = sh;
    cGrad[t - 1] = sc;
    if (hUnits && cUnits) {
      unitLog10(vh, n, sh, hUnits.buffer, (t - 1) * n);
      unitLog10(vc, n, sc, cUnits.buffer, (t - 1) * n);
    }
  }
  return {
    hGradLog10: hGrad,
    cGradLog10: cGrad,
    cellPathLog10: cellPath,
    xGradLog10: xGrad,
    perUnit: hUnits && cUnits && { h: hUnits.rows, c: cUnits.rows }
  };
}

export interface LstmForward {
  /** gates i, f, o as signed q (activations.ts), row t - 1 = step t, 3n per row */
  Q: Float64Array;
  /** tanh(g) and tanh'(g), 2n per row */
  TG: Float64Array;
  /** c_t, tanh(c_t), tanh'(c_t), rows t = 0..T */
  C: Float64Array;
  TC: Float64Array;
  DTC: Float64Array;
}

/** The forward pass, storing what backward passes need so that they call no exp at all. */
export function lstmForward(p: Params, W: Float64Array, U: Float64Array, x: Float64Array, h: Float64Array, wh: Float64Array, ux: Float64Array): LstmForward {
  const { n, m, T, b } = p;
  const G = 4 * n;
  // Forward, storing what the backward pass needs so that it calls no exp at all
  // (row t - 1 = step t): gates i, f, o as signed q (activations.ts), tanh(g) and tanh'(g).
  // The cell state has rows t = 0..T: c_t, tanh(c_t), tanh'(c_t).
  const Q = new Float64Array(T * 3 * n);
  const TG = new Float64Array(T * 2 * n);
  const C = new Float64Array((T + 1) * n);
  const TC = new Float64Array((T + 1) * n);
  const DTC = new Float64Array((T + 1) * n);
  C.set(p.c0);
  h.set(p.h0);
  for (let t = 1; t <= T; t++) {
    matVec(W, G, n, h, 0, wh);
    matVec(U, G, m, x, (t - 1) * m, ux);
    const q = (t - 1) * 3 * n;
    const g = (t - 1) * 2 * n;
    for (let i = 0; i < n; i++) {
      const qi = (Q[q + i] = gateQ(wh[i] + ux[i] + b[i]));
      const qf = (Q[q + n + i] = gateQ(wh[n + i] + ux[n + i] + b[n + i]));
      const qo = (Q[q + 2 * n + i] = gateQ(wh[3 * n + i] + ux[3 * n + i] + b[3 * n + i]));
      const ag = wh[2 * n + i] + ux[2 * n + i] + b[2 * n + i];
      const tg = (TG[g + i] = tanhAndPrime(ag, TG, g + n + i));
      const c = (C[t * n + i] = sigmaOfQ(qf) * C[(t - 1) * n + i] + sigmaOfQ(qi) * tg);
      const tc = (TC[t * n + i] = tanhAndPrime(c, DTC, t * n + i));
      h[i] = sigmaOfQ(qo) * tc;
    }
  }

  return { Q, TG, C, TC, DTC };
}
