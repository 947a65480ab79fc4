// LSTM, fast kernel. Gate blocks i, f, g, o; c_t = f*c_{t-1} + i*g; h_t = o*tanh(c_t).
// The cell state is an additive highway (Hochreiter & Schmidhuber 1997): dL/dc_{t-1}
// gets f_t * dL/dc_t elementwise, no matrix, so its decay is set by the forget gates
// (dilution), not by a spectrum (vanishing). dL/dh and dL/dc are carried as two
// log-scaled vectors with scales of their own, so neither underflows against the other.
import { dsigmaOfQ, log10SigmaOfQ, scaledTanhPrime, sigmaOfQ } from './activations';
import { DeepUnits, gateStep, TINY } from './deep-units';
import { rows, zeroBefore, type Gradients } from './gradients';
import { log10Norm, matVec, normalize, relativeScale, transpose, unitLog10 } from './linalg';
import { lstmCells } from './lstm-cell';
import { paramGradientSum, paramGradLengths, type ParamGradMode } from './param-grads';
import type { Params } from './params';
import { workspaceWith } from './wasm/arena';
import { lstmPreBlocks, lstmRecordFrom, lstmRecordLengths, lstmRow, type LstmRecord } from './wasm/lstm-layout';

export function lstmGradients(p: Params, perUnit: boolean, paramGrads: ParamGradMode = false): Gradients {
  const { n, m, T } = p;
  const G = 4 * n;
  // [W^T; U^T] stacked: one product gives dL/dh_{t-1} (first n) and dL/dx_t (last m).
  const WUT = new Float64Array((n + m) * G);
  WUT.set(transpose(p.W, G, n));
  WUT.set(transpose(p.U, G, m), n * G);
  const { record, views } = lstmForward(p, [WUT], [G, n + m, ...paramGradLengths(paramGrads, G, n, m)]);
  const { Q, TG, C, TC, DTC } = record;
  const [WUTk, D, back, ...pg] = views;
  const vh = back.subarray(0, n);
  const xg = back.subarray(n);

  const hGrad = new Float64Array(T + 1);
  const cGrad = new Float64Array(T + 1);
  const cellPath = new Float64Array(T + 1);
  const xGrad = new Float64Array(T);
  const hUnits = perUnit ? rows(T, n) : undefined;
  const cUnits = perUnit ? rows(T, n) : undefined;
  const gates = perUnit ? forgetRecord(Q, n, T) : undefined;
  const vc = new Float64Array(n);
  const vp = new Float64Array(n); // the highway alone: (f_{t+1} ... f_T) dL/dc_T
  const f = new Float64Array(n);
  const dtc = new Float64Array(n);
  const sum = paramGradientSum(paramGrads, G, n, m, T, pg);
  const hPrev = new Float64Array(n);
  const z = lstmPreBlocks(n); // D holds dL/da_t in the pre-activations' blocks

  // t = T: dL/dh_T = r; dL/dc_T = r * o_T * tanh'(c_T) (c_T perturbed before h_T is computed).
  vh.set(p.r);
  let sh = normalize(vh, n);
  const last = lstmRow(n, T);
  let e = scaledTanhPrime(C, DTC, last.c, n, dtc);
  for (let i = 0; i < n; i++) vc[i] = vh[i] * sigmaOfQ(Q[last.qo + i]) * dtc[i];
  // dL/dc and the highway are elementwise paths: their units are kept however far apart
  const cDeep = new DeepUnits(n);
  const pDeep = new DeepUnits(n);
  let sc = cDeep.normalize(vc, sh + e);
  vp.set(vc);
  pDeep.copyFrom(cDeep);
  let sp = sc;
  hGrad[T] = sh;
  cGrad[T] = cellPath[T] = sc;
  if (hUnits && cUnits) {
    unitLog10(vh, n, sh, hUnits.buffer, T * n);
    unitLog10(vc, n, sc, cUnits.buffer, T * n);
    cDeep.unitLog10(cUnits.buffer, T * n);
  }

  let dead = false;
  for (let t = T; t >= 1; t--) {
    const { qi: qI, qf: qF, qo: qO, tg, dtg, cPrev, c } = lstmRow(n, t);
    for (let i = 0; i < n; i++) f[i] = sigmaOfQ(Q[qF + i]);
    sp = gateStep(vp, sp, f, pDeep);
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
      const qi = Q[qI + i];
      D[z.i + i] = gc * TG[tg + i] * dsigmaOfQ(qi);
      D[z.f + i] = gc * C[cPrev + i] * dsigmaOfQ(Q[qF + i]);
      D[z.g + i] = gc * sigmaOfQ(qi) * TG[dtg + i];
      D[z.o + i] = vh[i] * wh * TC[c + i] * dsigmaOfQ(Q[qO + i]);
    }
    // o_{t-1}: step t - 1's output gate
    const qoPrev = t > 1 ? lstmRow(n, t - 1).qo : 0;
    if (sum) {
      // h_{t-1} = o_{t-1} * tanh(c_{t-1}); D is dL/da_t for all four blocks, at scale 10^S
      if (t === 1) hPrev.set(p.h0);
      else for (let i = 0; i < n; i++) hPrev[i] = sigmaOfQ(Q[qoPrev + i]) * TC[cPrev + i];
      sum.add(t, D, D, S, hPrev, 0, p.x.subarray((t - 1) * m, t * m));
    }
    matVec(WUTk, n + m, G, D, 0, back);
    xGrad[t - 1] = S + log10Norm(xg, m);
    const kh = normalize(vh, n);
    sh = kh === -Infinity ? -Infinity : S + kh;

    // dL/dc_{t-1} = f_t * dL/dc_t (the highway) + dL/dh_{t-1} * o_{t-1} * tanh'(c_{t-1}).
    if (t > 1) {
      e = scaledTanhPrime(C, DTC, cPrev, n, dtc);
      const S2 = Math.max(sc, sh + e);
      const w1 = relativeScale(sc, S2);
      const w2 = relativeScale(sh + e, S2);
      for (let i = 0; i < n; i++) {
        const y = vh[i] * sigmaOfQ(Q[qoPrev + i]) * dtc[i];
        if (cDeep.count !== 0 && cDeep.deep[i]) {
          cDeep.update(i, f[i], y, sh + e);
          vc[i] = 0;
          continue;
        }
        const a = f[i] * vc[i] * w1 + y * w2;
        // below 1e-250 of the scale the unit is carried deep, before anything underflows
        vc[i] = Math.abs(a) >= TINY ? a : cDeep.step(i, vc[i], sc, f[i], y, sh + e, a);
      }
      sc = S2 === -Infinity ? -Infinity : cDeep.normalize(vc, S2);
    } else sc = gateStep(vc, sc, f, cDeep); // c_0 reaches L only through c_1: the highway step alone

    hGrad[t - 1] = sh;
    cGrad[t - 1] = sc;
    if (hUnits && cUnits) {
      unitLog10(vh, n, sh, hUnits.buffer, (t - 1) * n);
      unitLog10(vc, n, sc, cUnits.buffer, (t - 1) * n);
      cDeep.unitLog10(cUnits.buffer, (t - 1) * n);
    }
  }
  return {
    hGradLog10: hGrad,
    cGradLog10: cGrad,
    cellPathLog10: cellPath,
    xGradLog10: xGrad,
    perUnit: hUnits && cUnits && gates && { h: hUnits.rows, c: cUnits.rows, ...gates },
    ...sum?.result()
  };
}

/**
 * Per unit: the forget gates f_t,i and the memory log10 (f_{s+1} ... f_T), the forward product
 * that says how much of c_s is still in c_T. It is the same product that carries dL/dc_T back
 * along the highway (cellPathLog10 per unit): dilution forward and backward is one number.
 */
function forgetRecord(Q: Float64Array, n: number, T: number): { f: Float64Array[]; memory: Float64Array[] } {
  const f = rows(T, n);
  const memory = rows(T, n);
  f.rows[0].fill(Number.NaN);
  for (let t = T; t >= 1; t--) {
    const { qf } = lstmRow(n, t);
    for (let i = 0; i < n; i++) {
      f.buffer[t * n + i] = sigmaOfQ(Q[qf + i]);
      memory.buffer[(t - 1) * n + i] = memory.buffer[t * n + i] + log10SigmaOfQ(Q[qf + i]);
    }
  }
  return { f: f.rows, memory: memory.rows };
}

/**
 * The forward pass: runs the LSTM over x_1..x_T, keeping the record a backward pass reads
 * (so that it calls no exp at all). The record, the given copies and scratch buffers of the
 * given lengths come from one workspace (wasm/arena.ts) and stay valid until the next one.
 */
export function lstmForward(
  p: Params,
  copies: Float64Array[],
  scratch: number[]
): { record: LstmRecord; views: Float64Array[] } {
  const { n, m, T, b } = p;
  const G = 4 * n;
  const K = n + m + 1;
  // [W | U | b] against [h_{t-1}; x_t; 1]: the whole pre-activation in one product.
  const WUb = new Float64Array(G * K);
  for (let r = 0; r < G; r++) {
    WUb.set(p.W.subarray(r * n, (r + 1) * n), r * K);
    WUb.set(p.U.subarray(r * m, (r + 1) * m), r * K + n);
    WUb[r * K + n + m] = b[r];
  }
  const lengths = Object.values(lstmRecordLengths(n, T));
  const ws = workspaceWith([WUb, ...copies], [K, G, ...lengths, ...scratch]);
  const c = copies.length;
  const A = ws[0];
  const [hx, pre, ...rest] = ws.slice(1 + c);
  const record = lstmRecordFrom(rest);
  const h = hx.subarray(0, n);
  record.C.set(p.c0); // row 0: c_0
  h.set(p.h0);
  hx[n + m] = 1;
  for (let t = 1; t <= T; t++) {
    for (let j = 0; j < m; j++) hx[n + j] = p.x[(t - 1) * m + j];
    matVec(A, G, K, hx, 0, pre);
    lstmCells(pre, n, t, record, h);
  }
  return { record, views: [...ws.slice(1, 1 + c), ...rest.slice(lengths.length)] };
}
