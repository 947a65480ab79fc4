// GRU, fast kernel (Cho et al. 2014). Gate blocks r, z, n:
// n_t = tanh(U_n x_t + b_n + r * (W_n h_{t-1})), h_t = (1 - z) * n_t + z * h_{t-1}.
// Its direct path back in time is z_t elementwise, like the LSTM's forget gate.
import { dsigmaOfQ, sigmaOfQ } from './activations';
import { DeepUnits, gateStep, TINY } from './deep-units';
import { rows, zeroBefore, type Gradients } from './gradients';
import { log10Norm, matVec, transpose, unitLog10 } from './linalg';
import { GRU_ROW, gruCells } from './gru-cell';
import { paramGradientSum, paramGradLengths, type ParamGradMode } from './param-grads';
import type { Params } from './params';
import { workspaceWith } from './wasm/arena';

export function gruGradients(p: Params, perUnit: boolean, paramGrads: ParamGradMode = false): Gradients {
  const { n, m, T } = p;
  const G = 3 * n;
  const pgLengths = paramGradLengths(paramGrads, G, n, m);
  const { record: F, views } = gruForward(
    p,
    [transpose(p.W, G, n), transpose(p.U, G, m)],
    [G, G, n, n, m, ...pgLengths]
  );
  const [WT, UT, DW, DU, v, back, xg, ...pg] = views;
  const S = GRU_ROW * n;

  const hGrad = new Float64Array(T + 1);
  const updatePath = new Float64Array(T + 1);
  const xGrad = new Float64Array(T);
  const units = perUnit ? rows(T, n) : undefined;
  // z * dL/dh and the update path are elementwise: their units are kept however far apart
  const hDeep = new DeepUnits(n);
  const pDeep = new DeepUnits(n);
  v.set(p.r);
  let s = hDeep.normalize(v, 0);
  hGrad[T] = updatePath[T] = s;
  if (units) {
    unitLog10(v, n, s, units.buffer, T * n);
    hDeep.unitLog10(units.buffer, T * n);
  }
  const vp = Float64Array.from(v); // the update-gate path alone: (z_{t+1} ... z_T) dL/dh_T
  pDeep.copyFrom(hDeep);
  let sp = s;
  const z = new Float64Array(n);
  let dead = false;
  const sum = paramGradientSum(paramGrads, G, n, m, T, pg);
  for (let t = T; t >= 1; t--) {
    const o = (t - 1) * S;
    for (let i = 0; i < n; i++) z[i] = sigmaOfQ(F[o + n + i]);
    sp = gateStep(vp, sp, z, pDeep);
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
    // W sees (dL/da_r, dL/da_z, r * dL/da_n) against h_{t-1} (kept in the record); U and b see DU
    sum?.add(t, DW, DU, s, F.subarray(o + 5 * n, o + 6 * n), 0, p.x.subarray((t - 1) * m, t * m));
    matVec(UT, m, G, DU, 0, xg);
    xGrad[t - 1] = s + log10Norm(xg, m);
    matVec(WT, n, G, DW, 0, back);
    for (let i = 0; i < n; i++) {
      if (hDeep.count !== 0 && hDeep.deep[i]) {
        hDeep.update(i, z[i], back[i], s);
        v[i] = 0;
        continue;
      }
      const a = z[i] * v[i] + back[i];
      // below 1e-250 of the scale the unit is carried deep, before anything underflows
      v[i] = Math.abs(a) >= TINY ? a : hDeep.step(i, v[i], s, z[i], back[i], s, a);
    }
    const ns = hDeep.normalize(v, s);
    if (ns === -Infinity) {
      zeroBefore(t, hGrad, xGrad, units?.buffer, n);
      dead = true; // every earlier state gradient is zero; the update path alone goes on
      continue;
    }
    s = ns;
    hGrad[t - 1] = s;
    if (units) {
      unitLog10(v, n, s, units.buffer, (t - 1) * n);
      hDeep.unitLog10(units.buffer, (t - 1) * n);
    }
  }
  return {
    hGradLog10: hGrad,
    updatePathLog10: updatePath,
    xGradLog10: xGrad,
    perUnit: units && { h: units.rows },
    ...sum?.result()
  };
}

/**
 * The forward pass, storing per step what backward passes need (GRU_ROW * n per row, so that
 * they call no exp). The record, the given copies and scratch buffers of the given lengths
 * come from one workspace (wasm/arena.ts) and stay valid until the next one.
 */
export function gruForward(
  p: Params,
  copies: Float64Array[],
  scratch: number[]
): { record: Float64Array; views: Float64Array[] } {
  const { n, m, T, b } = p;
  const G = 3 * n;
  // [U | b] against [x_t; 1]: the input part with its bias in one product; W h stays apart,
  // since r gates W_n h alone.
  const Ub = new Float64Array(G * (m + 1));
  for (let r = 0; r < G; r++) {
    Ub.set(p.U.subarray(r * m, (r + 1) * m), r * (m + 1));
    Ub[r * (m + 1) + m] = b[r];
  }
  const ws = workspaceWith([p.W, Ub, ...copies], [n, m + 1, G, G, T * GRU_ROW * n, ...scratch]);
  const c = copies.length;
  const [W, A] = ws;
  const [h, x1, wh, ux, F] = ws.slice(2 + c, 7 + c);
  h.set(p.h0);
  x1[m] = 1;
  for (let t = 1; t <= T; t++) {
    for (let j = 0; j < m; j++) x1[j] = p.x[(t - 1) * m + j];
    matVec(W, G, n, h, 0, wh);
    matVec(A, G, m + 1, x1, 0, ux);
    gruCells(wh, ux, n, t, F, h);
  }
  return { record: F, views: [...ws.slice(2, 2 + c), ...ws.slice(7 + c)] };
}
