// One causal self-attention layer read at the last position (issue 18), forward and backward
// for one sequence of embeddings e_1..e_T. For head j (rows j d .. (j + 1) d - 1 of Wq, Wk, Wv):
//   q = Wq_j e_T, z_s = q . (Wk_j e_s) / sqrt d, alpha = softmax(z), head_j = Wv_j (sum_s alpha_s e_s),
//   h_T = e_T + Wo [head_1; ...; head_H].
// Only the last position is read, so the key and value projections fold into the query side:
// z_s = (Wk_j^T q / sqrt d) . e_s and sum_s alpha_s v_s = Wv_j (sum_s alpha_s e_s), the same numbers
// in O(T n) per head instead of O(T n d) (no k_s, v_s per position). The softmax subtracts its
// maximum, so logits of +-1e3 give the one-hot limit, never Infinity / Infinity; exp is det-math's,
// so the trainer (which runs these loops) gives the same bits in Node and in the page. Plain
// typed-array loops: at the trainer's n = 16 a training iteration of 32 sequences of 200 steps takes
// under 3 ms (npm run bench), about a third of PyTorch's float32 time.
import { exp } from '../det-math';
import type { AttentionParams } from './attention-params';

type Weights = Pick<AttentionParams, 'n' | 'H' | 'd' | 'Wq' | 'Wk' | 'Wv' | 'Wo'>;

/** What the forward pass keeps for the backward pass; sized for up to T positions. */
export interface LastTape {
  T: number;
  /** q (n: the H query blocks), qt (H x n: Wk_j^T q_j / sqrt d), alpha (H x T), ebar (H x n) */
  q: Float64Array;
  qt: Float64Array;
  alpha: Float64Array;
  ebar: Float64Array;
  /** [head_1; ...; head_H] (n) and h_T (n) */
  heads: Float64Array;
  h: Float64Array;
  /** scratch for the backward pass */
  dheads: Float64Array;
  w: Float64Array;
  dqt: Float64Array;
  dq: Float64Array;
}

export function lastTape(n: number, H: number, T: number): LastTape {
  const f = (k: number) => new Float64Array(k);
  return {
    T,
    q: f(n),
    qt: f(H * n),
    alpha: f(H * T),
    ebar: f(H * n),
    heads: f(n),
    h: f(n),
    dheads: f(n),
    w: f(n),
    dqt: f(n),
    dq: f(n)
  };
}

/** h_T of the embeddings e (T x n) into tp.h; tp keeps what the backward pass reads. */
export function attendLast(p: Weights, e: Float64Array, T: number, tp: LastTape): void {
  const { n, H, d, Wq, Wk, Wv, Wo } = p;
  const { q, qt, alpha, ebar, heads, h } = tp;
  const last = (T - 1) * n;
  const inv = 1 / Math.sqrt(d);
  for (let a = 0; a < n; a++) {
    let acc = 0;
    for (let c = 0; c < n; c++) acc += Wq[a * n + c] * e[last + c];
    q[a] = acc;
  }
  for (let j = 0; j < H; j++) {
    const qj = qt.subarray(j * n, (j + 1) * n);
    const aj = alpha.subarray(j * T, (j + 1) * T);
    const ej = ebar.subarray(j * n, (j + 1) * n);
    qj.fill(0);
    for (let a = j * d; a < (j + 1) * d; a++) {
      const qa = q[a] * inv;
      for (let c = 0; c < n; c++) qj[c] += Wk[a * n + c] * qa;
    }
    let max = -Infinity;
    for (let s = 0; s < T; s++) {
      let z = 0;
      for (let c = 0; c < n; c++) z += qj[c] * e[s * n + c];
      aj[s] = z;
      if (z > max) max = z;
    }
    let sum = 0;
    for (let s = 0; s < T; s++) sum += aj[s] = exp(aj[s] - max);
    ej.fill(0);
    for (let s = 0; s < T; s++) {
      const a = (aj[s] /= sum);
      if (a !== 0) for (let c = 0; c < n; c++) ej[c] += a * e[s * n + c];
    }
    for (let a = j * d; a < (j + 1) * d; a++) {
      let acc = 0;
      for (let c = 0; c < n; c++) acc += Wv[a * n + c] * ej[c];
      heads[a] = acc;
    }
  }
  for (let i = 0; i < n; i++) {
    let acc = e[last + i];
    for (let a = 0; a < n; a++) acc += Wo[i * n + a] * heads[a];
    h[i] = acc;
  }
}

/** Gradients of the four attention matrices, accumulated (+=) by backLast when given. */
export interface AttentionGrads {
  Wq: Float64Array;
  Wk: Float64Array;
  Wv: Float64Array;
  Wo: Float64Array;
}

/**
 * Backward from dL/dh_T = dh: adds dL/de_s (every path: values, keys, the query and the residual)
 * into de (T x n), and with `g` the matrices' gradients into g. Reads the tape attendLast wrote.
 */
export function backLast(
  p: Weights,
  e: Float64Array,
  T: number,
  tp: LastTape,
  dh: Float64Array,
  de: Float64Array,
  g?: AttentionGrads
): void {
  const { n, H, d, Wq, Wk, Wv, Wo } = p;
  const { q, qt, alpha, ebar, heads, dheads, w, dqt, dq } = tp;
  const last = (T - 1) * n;
  const inv = 1 / Math.sqrt(d);
  for (let i = 0; i < n; i++) de[last + i] += dh[i]; // the residual path
  for (let a = 0; a < n; a++) {
    let acc = 0;
    for (let i = 0; i < n; i++) acc += Wo[i * n + a] * dh[i];
    dheads[a] = acc;
  }
  if (g) for (let i = 0; i < n; i++) for (let a = 0; a < n; a++) g.Wo[i * n + a] += dh[i] * heads[a];
  for (let j = 0; j < H; j++) {
    const qj = qt.subarray(j * n, (j + 1) * n);
    const aj = alpha.subarray(j * T, (j + 1) * T);
    const ej = ebar.subarray(j * n, (j + 1) * n);
    // w = Wv_j^T dhead_j: the gradient of sum_s alpha_s e_s
    w.fill(0);
    for (let a = j * d; a < (j + 1) * d; a++) {
      const ga = dheads[a];
      for (let c = 0; c < n; c++) w[c] += Wv[a * n + c] * ga;
      if (g) for (let c = 0; c < n; c++) g.Wv[a * n + c] += ga * ej[c];
    }
    let mean = 0; // sum_s alpha_s (w . e_s) = w . ebar
    for (let c = 0; c < n; c++) mean += w[c] * ej[c];
    dqt.fill(0);
    for (let s = 0; s < T; s++) {
      const a = aj[s];
      if (a === 0) continue; // no value path, and dz_s = 0: nothing reaches e_s through this head
      const o = s * n;
      let dot = 0;
      for (let c = 0; c < n; c++) dot += w[c] * e[o + c];
      const dz = a * (dot - mean); // the softmax's Jacobian: alpha_s (dalpha_s - sum_u alpha_u dalpha_u)
      for (let c = 0; c < n; c++) {
        de[o + c] += a * w[c] + dz * qj[c];
        dqt[c] += dz * e[o + c];
      }
    }
    // qt = Wk_j^T q_j / sqrt d: dq_j = Wk_j dqt / sqrt d, dWk_j = q_j dqt^T / sqrt d
    for (let a = j * d; a < (j + 1) * d; a++) {
      let acc = 0;
      for (let c = 0; c < n; c++) acc += Wk[a * n + c] * dqt[c];
      dq[a] = acc * inv;
      if (g) {
        const qa = q[a] * inv;
        for (let c = 0; c < n; c++) g.Wk[a * n + c] += qa * dqt[c];
      }
    }
  }
  // q = Wq e_T: the query path into e_T
  for (let a = 0; a < n; a++) {
    const da = dq[a];
    for (let c = 0; c < n; c++) de[last + c] += Wq[a * n + c] * da;
    if (g) for (let c = 0; c < n; c++) g.Wq[a * n + c] += da * e[last + c];
  }
}
