// GRU, fast kernel (Cho et al. 2014). Gate blocks r, z, n:
// n_t = tanh(U_n x_t + b_n + r * (W_n h_{t-1})), h_t = (1 - z) * n_t + z * h_{t-1}.
// Its direct path back in time is z_t elementwise, like the LSTM's forget gate.
import { dsigmaOfQ, gateQ, sigmaOfQ, tanhAndPrime } from './activations';
import { gateStep, rows, zeroBefore, type Gradients } from './gradients';
import { log10Norm, matVec, normalize, transpose, unitLog10 } from './linalg';
import type { Params } from './params';
import { workspaceWith } from './wasm/arena';

export function gruGradients(p: Params, perUnit: boolean): Gradients {
  const { n, m, T } = p;
  const G = 3 * n;
  const [W, U, x, WT, UT, h, wh, ux, DW, DU, v, back, xg] = workspaceWith([p.W, p.U, p.x, transpose(p.W, G, n), transpose(p.U, G, m)], [n, G, G, G, G, n, n, m]);
  const F = gruForward(p, W, U, x, h, wh, ux);
  const S = GRU_ROW * n;

  const hGrad = new Float64Array(T + 1);
  const updatePath = new Float64Array(T + 1);
  const xGrad = new Float64Array(T);
  const units = perUnit ? rows(T, n) : undefined;
  v.set(p.r);
  let s = normalize(v, n);
  hGrad[T] = updatePath[T] = s;
  if (units) unitLog10(v, n, s, units.buffer, T * n);
  const vp = Float64Array.from(v); // the update-gate path alone: (z_{t+1} ... z_T) dL/dh_T
  let sp = s;
  const z = new Float64Array(n);
  let dead = false;
  for (let t = T; t >= 1; t--) {
    const o = (t - 1) * S;
    for (let i = 0; i < n; i++) z[i] = sigmaOfQ(F[o + n + i]);
    sp = gateStep(vp, n, sp, z);
    updatePath[t - 1] = sp;
    if (dead) continue;
    // DW = (dL/da_r, dL/da_z, r * dL/da_n): what W^T multiplies; DU = (dL/da_r, dL/da_z, dL/da_n) for U^T.
    for (let i = 0; i < n; i++) {
      const qr = F[o + i];
      const qz = F[o + n + i];
      const dn = v[i] * sigmaOfQ(-qz) * F[o + 3 * n + i];
      const dr = dn * F[o + 4 * n + i] * dsigmaOfQ(qr);
      const dz = v[i] * (F[o + 5 * n + i] - F[o + 2 * n + i]) * dsigmaOfQ(qz);
      DW[i] = DU[i] = dr;
      DW[n + i] = DU[n + i] = dz;
      DU[2 * n + i] = dn;
      DW[2 * n + i] = sigmaOfQ(qr) * dn;
    }
    matVec(UT, m, G, DU, 0, xg);
    xGrad[t - 1] = s + log10Norm(xg, m);
    matVec(WT, n, G, DW, 0, back);
    for (let i = 0; i < n; i++) v[i] = z[i] * v[i] + back[i];
    const k = normalize(v, n);
    if (k === -Infinity) {
      zeroBefore(t, hGrad, xGrad, units?.buffer, n);
      dead = true; // every earlier state gradient is zero; the update path alone goes on
      continue;
    }
    s += k;
    hGrad[t - 1] = s;
    if (units) unitLog10(v, n, s, units.buffer, (t - 1) * n);
  }
  return { hGradLog10: hGrad, updatePathLog10: updatePath, xGradLog10: xGrad, perUnit: units && { h: units.rows } };
}

/** Entries per unit in a row of the GRU forward record: q_r, q_z, tanh(a_n), tanh'(a_n), W_n h_{t-1}, h_{t-1}. */
export const GRU_ROW = 6;

/** The forward pass, storing per step what backward passes need (GRU_ROW * n per row). */
export function gruForward(p: Params, W: Float64Array, U: Float64Array, x: Float64Array, h: Float64Array, wh: Float64Array, ux: Float64Array): Float64Array {
  const { n, m, T, b } = p;
  const G = 3 * n;
  // Forward, storing per step t (row t - 1) what the backward pass needs, so that it calls
  // no exp: gates r, z as signed q (activations.ts), tanh(a_n), tanh'(a_n), W_n h_{t-1}, h_{t-1}.
  const S = GRU_ROW * n;
  const F = new Float64Array(T * S);
  h.set(p.h0);
  for (let t = 1; t <= T; t++) {
    matVec(W, G, n, h, 0, wh);
    matVec(U, G, m, x, (t - 1) * m, ux);
    const o = (t - 1) * S;
    for (let i = 0; i < n; i++) {
      const qr = (F[o + i] = gateQ(wh[i] + ux[i] + b[i]));
      const qz = (F[o + n + i] = gateQ(wh[n + i] + ux[n + i] + b[n + i]));
      const an = ux[2 * n + i] + b[2 * n + i] + sigmaOfQ(qr) * wh[2 * n + i]; // r gates W_n h only
      const tn = (F[o + 2 * n + i] = tanhAndPrime(an, F, o + 3 * n + i));
      F[o + 4 * n + i] = wh[2 * n + i];
      F[o + 5 * n + i] = h[i];
      // 1 - z = sigma(-a_z) = sigmaOfQ(-q): no cancellation when z is near 1.
      h[i] = sigmaOfQ(-qz) * tn + sigmaOfQ(qz) * h[i];
    }
  }

  return F;
}
