// The full causal self-attention layer, as a Transformer computes a sequence: EVERY position t
// attends to s <= t (Vaswani et al. 2017), h_t = e_t + Wo [head_1(t); ...; head_H(t)], with the
// equations of attention-kernel.ts at each t. Forward and backward of L = sum_t r^T h_t (or of any
// dL/dh_t given) cost O(T^2 n + T n^2): the page times it against T beside the recurrences'
// O(T n^2) for the cost chart, and the slope 2 is the point. attentionConnectivity draws what the
// explorer draws for the recurrent nets (connectivity.ts): log10 ||dh_t/dx_s||_F for every pair,
// exactly zero above the diagonal (causal), and about as large at s = 1 as at s = t - 1 (one step
// of attention whatever the distance): a flat triangle.
import { exp } from '../det-math';
import { log10Norm } from '../linalg';
import type { ConnectivityMap } from '../connectivity';
import type { Spec } from '../spec';
import { attentionParams, embed, type AttentionParams } from './attention-params';

/** row-major A (rows x n) times B^T: out[t, a] = sum_c A[t, c] B[a, c] */
function timesT(A: Float64Array, B: Float64Array, rows: number, n: number): Float64Array {
  const out = new Float64Array(rows * n);
  for (let t = 0; t < rows; t++)
    for (let a = 0; a < n; a++) {
      let acc = 0;
      for (let c = 0; c < n; c++) acc += A[t * n + c] * B[a * n + c];
      out[t * n + a] = acc;
    }
  return out;
}

/** out[t, c] += sum_a A[t, a] B[a, c]: the transpose products of the backward pass */
function addTimes(A: Float64Array, B: Float64Array, rows: number, n: number, out: Float64Array): void {
  for (let t = 0; t < rows; t++)
    for (let a = 0; a < n; a++) {
      const v = A[t * n + a];
      if (v !== 0) for (let c = 0; c < n; c++) out[t * n + c] += v * B[a * n + c];
    }
}

export interface CausalForward {
  e: Float64Array;
  Q: Float64Array;
  K: Float64Array;
  V: Float64Array;
  /** alpha_{t,s} of head j at j T^2 + (t - 1) T + (s - 1), zero for s > t */
  alpha: Float64Array;
  /** [head_1(t); ...] and h_t, T x n */
  heads: Float64Array;
  h: Float64Array;
}

/** Every position's output h_t (T x n) and what the backward pass reads. */
export function causalForward(p: AttentionParams, T = p.T): CausalForward {
  const { n, H, d, Wq, Wk, Wv, Wo } = p;
  const e = new Float64Array(T * n);
  embed(p, p.x, T, e);
  const Q = timesT(e, Wq, T, n);
  const K = timesT(e, Wk, T, n);
  const V = timesT(e, Wv, T, n);
  const alpha = new Float64Array(H * T * T);
  const heads = new Float64Array(T * n);
  const inv = 1 / Math.sqrt(d);
  for (let j = 0; j < H; j++)
    for (let t = 0; t < T; t++) {
      const row = alpha.subarray(j * T * T + t * T, j * T * T + t * T + t + 1);
      let max = -Infinity;
      for (let s = 0; s <= t; s++) {
        let z = 0;
        for (let a = j * d; a < (j + 1) * d; a++) z += Q[t * n + a] * K[s * n + a];
        row[s] = z * inv;
        if (row[s] > max) max = row[s];
      }
      let sum = 0;
      for (let s = 0; s <= t; s++) sum += row[s] = exp(row[s] - max);
      for (let s = 0; s <= t; s++) {
        const al = (row[s] /= sum);
        for (let a = j * d; a < (j + 1) * d; a++) heads[t * n + a] += al * V[s * n + a];
      }
    }
  const h = timesT(heads, Wo, T, n);
  for (let i = 0; i < T * n; i++) h[i] += e[i];
  return { e, Q, K, V, alpha, heads, h };
}

/**
 * L = sum_t dH_t . h_t (dH: T x n; by default every row r, L = sum_t r^T h_t) and its gradients
 * dL/de (T x n) and dL/dx (T x m).
 */
export function causalLayer(
  p: AttentionParams,
  dH?: Float64Array,
  T = p.T
): { loss: number; de: Float64Array; dx: Float64Array } {
  const { n, m, H, d, U, Wq, Wk, Wv, Wo, r } = p;
  const f = causalForward(p, T);
  const { Q, K, V, alpha } = f;
  const g = dH ?? Float64Array.from({ length: T * n }, (_, i) => r[i % n]);
  let loss = 0;
  for (let i = 0; i < T * n; i++) loss += g[i] * f.h[i];
  const dHeads = new Float64Array(T * n);
  addTimes(g, Wo, T, n, dHeads); // dhead_t = Wo^T dh_t
  const dQ = new Float64Array(T * n);
  const dK = new Float64Array(T * n);
  const dV = new Float64Array(T * n);
  const inv = 1 / Math.sqrt(d);
  const da = new Float64Array(T);
  for (let j = 0; j < H; j++)
    for (let t = 0; t < T; t++) {
      const row = alpha.subarray(j * T * T + t * T);
      let mean = 0;
      for (let s = 0; s <= t; s++) {
        let dot = 0;
        for (let a = j * d; a < (j + 1) * d; a++) {
          dot += dHeads[t * n + a] * V[s * n + a];
          dV[s * n + a] += row[s] * dHeads[t * n + a];
        }
        da[s] = dot;
        mean += row[s] * dot;
      }
      for (let s = 0; s <= t; s++) {
        const dz = row[s] * (da[s] - mean) * inv; // the softmax's Jacobian, then z = q . k / sqrt d
        if (dz === 0) continue;
        for (let a = j * d; a < (j + 1) * d; a++) {
          dQ[t * n + a] += dz * K[s * n + a];
          dK[s * n + a] += dz * Q[t * n + a];
        }
      }
    }
  const de = Float64Array.from(g); // the residual path
  addTimes(dQ, Wq, T, n, de);
  addTimes(dK, Wk, T, n, de);
  addTimes(dV, Wv, T, n, de);
  const dx = new Float64Array(T * m);
  for (let t = 0; t < T; t++)
    for (let i = 0; i < n; i++) {
      const v = de[t * n + i];
      for (let k = 0; k < m; k++) dx[t * m + k] += U[i * m + k] * v;
    }
  return { loss, de, dx };
}

/**
 * log10 ||dh_t/dx_s||_F of the causal layer, row t - 1, column s - 1 (connectivity.ts's shape).
 * dh_t/de_s = [s = t] I + sum_j Wo_j (alpha_ts Wv_j + (v_s - head_t)_j alpha_ts c_tj^T), with
 * c_tj = Wk_j^T q_tj / sqrt d (the key path), plus at s = t the query path
 * sum_j Wo_j sum_u alpha_tu (v_u - head_t)_j (Wq_j^T k_uj / sqrt d)^T; times U. O(T^2 H n m).
 */
export function causalConnectivity(p: AttentionParams, T = p.T): ConnectivityMap {
  const { n, m, H, d, U, Wq, Wk, Wv, Wo } = p;
  const { Q, K, V, alpha, heads } = causalForward(p, T);
  const inv = 1 / Math.sqrt(d);
  // per head j: M_j = Wo_j Wv_j U (n x m); WoV_sj = Wo_j v_sj and WoHead_tj (n); cU_tj = c_tj^T U and
  // kU_uj = (Wq_j^T k_uj)^T U / sqrt d (m)
  const M = new Float64Array(H * n * m);
  const WoV = new Float64Array(H * T * n);
  const WoHead = new Float64Array(H * T * n);
  const cU = new Float64Array(H * T * m);
  const kU = new Float64Array(H * T * m);
  for (let j = 0; j < H; j++) {
    for (let i = 0; i < n; i++)
      for (let k = 0; k < m; k++) {
        let acc = 0;
        for (let a = j * d; a < (j + 1) * d; a++) {
          let vu = 0;
          for (let c = 0; c < n; c++) vu += Wv[a * n + c] * U[c * m + k];
          acc += Wo[i * n + a] * vu;
        }
        M[(j * n + i) * m + k] = acc;
      }
    for (let t = 0; t < T; t++) {
      for (let i = 0; i < n; i++) {
        let ov = 0;
        let oh = 0;
        for (let a = j * d; a < (j + 1) * d; a++) {
          ov += Wo[i * n + a] * V[t * n + a];
          oh += Wo[i * n + a] * heads[t * n + a];
        }
        WoV[(j * T + t) * n + i] = ov;
        WoHead[(j * T + t) * n + i] = oh;
      }
      for (let k = 0; k < m; k++) {
        let c = 0;
        let q = 0;
        for (let col = 0; col < n; col++) {
          let kc = 0;
          let qc = 0;
          for (let a = j * d; a < (j + 1) * d; a++) {
            kc += Wk[a * n + col] * Q[t * n + a];
            qc += Wq[a * n + col] * K[t * n + a];
          }
          c += kc * U[col * m + k];
          q += qc * U[col * m + k];
        }
        cU[(j * T + t) * m + k] = c * inv;
        kU[(j * T + t) * m + k] = q * inv;
      }
    }
  }
  const values = new Float64Array(T * T);
  const J = new Float64Array(n * m);
  for (let t = 0; t < T; t++) {
    for (let s = 0; s < T; s++) {
      if (s > t) {
        values[t * T + s] = -Infinity; // causal: h_t never reads x_s from its future
        continue;
      }
      J.fill(0);
      if (s === t) J.set(U);
      for (let j = 0; j < H; j++) {
        const al = alpha[j * T * T + t * T + s];
        for (let i = 0; i < n; i++) {
          const w = WoV[(j * T + s) * n + i] - WoHead[(j * T + t) * n + i];
          for (let k = 0; k < m; k++) J[i * m + k] += al * (M[(j * n + i) * m + k] + w * cU[(j * T + t) * m + k]);
        }
        if (s === t)
          for (let u = 0; u <= t; u++) {
            const au = alpha[j * T * T + t * T + u];
            for (let i = 0; i < n; i++) {
              const w = au * (WoV[(j * T + u) * n + i] - WoHead[(j * T + t) * n + i]);
              for (let k = 0; k < m; k++) J[i * m + k] += w * kU[(j * T + u) * m + k];
            }
          }
      }
      values[t * T + s] = log10Norm(J, n * m);
    }
  }
  return { T, values };
}

/** The connectivity map of a validated attention spec's causal layer (its weights and inputs). */
export const attentionConnectivity = (spec: Spec): ConnectivityMap => causalConnectivity(attentionParams(spec));
