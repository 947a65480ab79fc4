// Connectivity maps: log10 ||dh_t / dx_s||_F for every pair of steps (t, s), t, s = 1..T:
// how strongly the input at step s still moves the state at step t. Forward-mode: from each
// x_s the m input directions are pushed forward through the stored Jacobians (the kernels'
// own forward records), renormalised every step like the backward passes, so nothing
// under- or overflows. A unidirectional network cannot see the future: s > t is an exact
// zero (-Infinity). A Bi-LSTM concatenates a forward LSTM and a backward one (its own
// weights, run over the reversed sequence), so its map is full: it uses the future, which is
// why it cannot generate text one token at a time.
import { dsigmaOfQ, sigmaOfQ } from './activations';
import { gruForward } from './gru';
import { GRU_ROW } from './gru-cell';
import { matVec, normalize, log10Norm } from './linalg';
import { lstmForward } from './lstm';
import { buildParams, type Params } from './params';
import { rnnForward, rnnSlope, type RnnForward } from './rnn';
import type { Spec } from './spec';
import { isCurrent, workspaceWith } from './wasm/arena';
import { lstmPreBlocks, lstmRow, type LstmRecord } from './wasm/lstm-layout';

/** Row t - 1, column s - 1 of a T x T map. */
export interface ConnectivityMap {
  T: number;
  values: Float64Array;
}

/** What the tangent propagation reads: the forward record of one architecture and its buffers. */
interface Tangents {
  W: Float64Array;
  U: Float64Array;
  /** the tangents: dh_t/dx_s (and for the lstm dc_t/dx_s), column j at j n */
  D: Float64Array;
  tmp: Float64Array;
  rnn?: RnnForward;
  lstm?: LstmRecord;
  gru?: Float64Array;
}

/** Runs the forward pass; everything it returns is one workspace (wasm/arena.ts). */
function tangents(p: Params, G: number, dims: number): Tangents {
  const { n, m } = p;
  if (p.arch === 'lstm') {
    const forward = lstmForward(p, [p.W, p.U], [dims * n * m, G]);
    const [W, U, D, tmp] = forward.views;
    return { W, U, D, tmp, lstm: forward.record };
  }
  if (p.arch === 'gru') {
    const forward = gruForward(p, [p.W, p.U], [dims * n * m, G]);
    const [W, U, D, tmp] = forward.views;
    return { W, U, D, tmp, gru: forward.record };
  }
  const [W, U, x, h, wh, ux, D, tmp] = workspaceWith([p.W, p.U, p.x], [n, G, G, dims * n * m, G]);
  return { W, U, D, tmp, rnn: rnnForward(p, W, U, x, h, wh, ux) };
}

/**
 * Fills out[(t - 1) T + (s - 1)] for every t and s, one source step s at a time; yields s after
 * each, so a worker can post progress and drop a stale request.
 */
export function* connectivitySteps(p: Params, out: Float64Array): Generator<number> {
  const { n, m, T } = p;
  const G = p.arch === 'lstm' ? 4 * n : p.arch === 'gru' ? 3 * n : n;
  const dims = p.arch === 'lstm' ? 2 : 1; // tangents of (h, c) for lstm, h otherwise
  const residual = p.arch === 'residual';
  let { W, U, D, tmp, rnn, lstm, gru } = tangents(p, G, dims);
  const z = lstmPreBlocks(n);

  for (let s = 1; s <= T; s++) {
    // Whoever ran while this generator was suspended may have taken the kernels' workspace,
    // which empties these views (wasm/arena.ts): then the forward pass runs again (the same
    // numbers; every s starts its tangents afresh, so nothing else is lost).
    if (!isCurrent(W)) ({ W, U, D, tmp, rnn, lstm, gru } = tangents(p, G, dims));
    const hPart = D.subarray(0, n * m); // dh_t/dx_s, column j at j n
    for (let t = 1; t < s; t++) out[(t - 1) * T + (s - 1)] = -Infinity;
    let scale = 0;
    for (let t = s; t <= T; t++) {
      // a custom phi that left the doubles at this step: the state, and every map cell on, is undefined
      if (rnn?.halted && t >= rnn.halted.step) {
        for (let u = t; u <= T; u++) out[(u - 1) * T + (s - 1)] = NaN;
        break;
      }
      const first = t === s;
      const row = lstm && lstmRow(n, t);
      for (let j = 0; j < m; j++) {
        // the input to this step's pre-activations: U e_j at t = s, W dh_{t-1} after
        if (first) for (let k = 0; k < G; k++) tmp[k] = U[k * m + j];
        else matVec(W, G, n, D, j * n, tmp);
        if (rnn) {
          const off = (t - 1) * n;
          // residual: dh_t/dx_s = dh_{t-1}/dx_s + phi'(a_t) (W dh_{t-1}/dx_s), the identity path kept
          const carry = residual && !first;
          for (let i = 0; i < n; i++) D[j * n + i] = (carry ? D[j * n + i] : 0) + rnnSlope(p, rnn, off, i) * tmp[i];
        } else if (lstm && row) {
          const { Q, TG, C, TC, DTC } = lstm;
          const dc = (m + j) * n;
          for (let i = 0; i < n; i++) {
            const qi = Q[row.qi + i];
            const qf = Q[row.qf + i];
            const qo = Q[row.qo + i];
            const di = dsigmaOfQ(qi) * tmp[z.i + i];
            const df = dsigmaOfQ(qf) * tmp[z.f + i];
            const dg = TG[row.dtg + i] * tmp[z.g + i];
            const dO = dsigmaOfQ(qo) * tmp[z.o + i];
            const c =
              (first ? 0 : sigmaOfQ(qf) * D[dc + i]) + df * C[row.cPrev + i] + di * TG[row.tg + i] + sigmaOfQ(qi) * dg;
            D[dc + i] = c;
            D[j * n + i] = dO * TC[row.c + i] + sigmaOfQ(qo) * DTC[row.c + i] * c;
          }
        } else if (gru) {
          const o = (t - 1) * GRU_ROW * n;
          for (let i = 0; i < n; i++) {
            const qr = gru[o + i];
            const qz = gru[o + n + i];
            const tn = gru[o + 2 * n + i];
            const dr = dsigmaOfQ(qr) * tmp[i];
            const dz = dsigmaOfQ(qz) * tmp[n + i];
            // a_n = U_n x + b_n + r (W_n h): at t = s the input enters directly, after it through W_n h
            const dan = dr * gru[o + 4 * n + i] + (first ? tmp[2 * n + i] : sigmaOfQ(qr) * tmp[2 * n + i]);
            const dn = gru[o + 3 * n + i] * dan;
            const carried = first ? 0 : sigmaOfQ(qz) * D[j * n + i];
            D[j * n + i] = -dz * tn + sigmaOfQ(-qz) * dn + dz * gru[o + 5 * n + i] + carried;
          }
        }
      }
      const at = (t - 1) * T + (s - 1);
      const log = log10Norm(hPart, n * m);
      if (log === -Infinity && (dims === 1 || log10Norm(D, D.length) === -Infinity)) {
        for (let u = t; u <= T; u++) out[(u - 1) * T + (s - 1)] = -Infinity; // exactly zero from here on
        break;
      }
      out[at] = scale + log;
      const k = normalize(D, D.length); // keep the tangents near 1; the scale carries the size
      scale += k;
    }
    yield s;
  }
}

export function connectivity(p: Params): ConnectivityMap {
  const values = new Float64Array(p.T * p.T);
  for (const s of connectivitySteps(p, values)) void s;
  return { T: p.T, values };
}

/**
 * Parameters of a Bi-LSTM's backward direction: a second LSTM with weights of its own (a
 * different seed), reading the same inputs in reverse order.
 */
export function backwardParams(spec: Spec, forward: Params): Params {
  const b = buildParams({ ...spec, arch: 'lstm', seed: (spec.seed + 0x9e3779b1) >>> 0 });
  const { T, m } = forward;
  const x = new Float64Array(T * m);
  for (let t = 0; t < T; t++) x.set(forward.x.subarray((T - 1 - t) * m, (T - t) * m), t * m);
  return { ...b, x };
}

/**
 * ||dh_t/dx_s||^2 = forward part + backward part, combined in log space; the backward map is
 * indexed in reversed time.
 */
export function combineBidirectional(fwd: Float64Array, bwdReversed: Float64Array, T: number): Float64Array {
  const out = new Float64Array(T * T);
  for (let t = 1; t <= T; t++)
    for (let s = 1; s <= T; s++) {
      const a = fwd[(t - 1) * T + (s - 1)];
      const b = bwdReversed[(T - t) * T + (T - s)];
      const top = Math.max(a, b);
      out[(t - 1) * T + (s - 1)] =
        top === -Infinity ? -Infinity : top + 0.5 * Math.log10(10 ** (2 * (a - top)) + 10 ** (2 * (b - top)));
    }
  return out;
}

/**
 * One connectivity job column by column: yields after each input step s of each direction,
 * with a snapshot of the map so far (NaN where not yet computed). The worker posts snapshots
 * as the map fills in; bidirectionalConnectivity takes the last.
 */
export function* connectivityColumns(
  spec: Spec,
  bidirectional: boolean
): Generator<{ s: number; last: boolean; snapshot: () => Float64Array }> {
  const T = spec.steps;
  const fwd = buildParams(bidirectional ? { ...spec, arch: 'lstm' } : spec);
  const runs = bidirectional ? [fwd, backwardParams(spec, fwd)] : [fwd];
  const maps = runs.map(() => new Float64Array(T * T).fill(NaN));
  const snapshot = () => (bidirectional ? combineBidirectional(maps[0], maps[1], T) : Float64Array.from(maps[0]));
  for (let r = 0; r < runs.length; r++) {
    for (const s of connectivitySteps(runs[r], maps[r])) yield { s, last: s === T && r === runs.length - 1, snapshot };
  }
}

export function bidirectionalConnectivity(spec: Spec): ConnectivityMap {
  let values: Float64Array = new Float64Array(0);
  for (const column of connectivityColumns(spec, true)) if (column.last) values = column.snapshot();
  return { T: spec.steps, values };
}
