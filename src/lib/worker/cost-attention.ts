// What the cost chart times for attention: the full causal self-attention layer, every position t
// attending to s <= t (what a Transformer pays per sequence), forward and backward of
// L = sum_t r^T h_t: O(T^2 n) for the scores and weighted sums, O(T n^2) for the projections.
//
// PLACEHOLDER until the attention module's src/lib/sim/archs/attention-layer.ts lands: this is the
// same work (sinusoidal positions left out), written against the small interface below. Wiring the
// engine's layer (tried against the attention helper's branch) replaces the last line with
//   import { causalLayer as engineLayer } from '../sim/archs/attention-layer';
//   import { attentionParams } from '../sim/archs/attention-params';
//   export const causalLayer: CausalLayer = (spec) => engineLayer(attentionParams(spec));
// The engine's layer is the one tested against finite differences; this one only has to cost the
// same (its dL/dx is held to central differences all the same, tests/worker/cost-measure.test.ts).
import { normals, unitVector } from '../sim/random';
import type { Spec } from '../sim/spec';

/** One causal layer over a spec's sequence, forward and backward: what is timed. */
export type CausalLayer = (spec: Spec) => unknown;

/** rows x cols times a vector block: out[t] = M x[t] for T rows (row-major M). */
function project(M: Float64Array, X: Float64Array, T: number, rows: number, cols: number, out: Float64Array) {
  for (let t = 0; t < T; t++)
    for (let i = 0; i < rows; i++) {
      let s = 0;
      for (let j = 0; j < cols; j++) s += M[i * cols + j] * X[t * cols + j];
      out[t * rows + i] = s;
    }
}

/** M^T y for T rows, accumulated into out. */
function projectBack(M: Float64Array, Y: Float64Array, T: number, rows: number, cols: number, out: Float64Array) {
  for (let t = 0; t < T; t++)
    for (let i = 0; i < rows; i++) {
      const y = Y[t * rows + i];
      for (let j = 0; j < cols; j++) out[t * cols + j] += M[i * cols + j] * y;
    }
}

export const placeholderCausalLayer: CausalLayer = (spec) => {
  const { hidden: n, inputSize: m, steps: T, seed } = spec;
  const H = (spec as { heads?: number }).heads ?? 1;
  const d = n / H;
  const U = normals(seed, 'U', n * m, 1 / Math.sqrt(m));
  const [Wq, Wk, Wv, Wo] = ['Wq', 'Wk', 'Wv', 'Wo'].map((w) => normals(seed, w, n * n, 1 / Math.sqrt(n)));
  const r = unitVector(seed, 'r', n);
  const x = spec.inputs ? Float64Array.from(spec.inputs.flat()) : normals(seed, 'x', T * m, spec.inputScale);
  const e = new Float64Array(T * n);
  project(U, x, T, n, m, e);
  const [q, k, v] = [Wq, Wk, Wv].map((W) => {
    const out = new Float64Array(T * n);
    project(W, e, T, n, n, out);
    return out;
  });
  // dL/dh_t = r at every t, so dL/dhead_t = Wo^T r at every t
  const dHead = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) dHead[j] += Wo[i * n + j] * r[i];
  const heads = new Float64Array(T * n);
  const dq = new Float64Array(T * n);
  const dk = new Float64Array(T * n);
  const dv = new Float64Array(T * n);
  const alpha = new Float64Array(T);
  const scale = 1 / Math.sqrt(d);
  let loss = 0;
  for (let t = 0; t < T; t++)
    for (let h = 0; h < H; h++) {
      const o = h * d;
      let top = -Infinity;
      for (let s = 0; s <= t; s++) {
        let z = 0;
        for (let i = 0; i < d; i++) z += q[t * n + o + i] * k[s * n + o + i];
        alpha[s] = z * scale;
        top = Math.max(top, alpha[s]);
      }
      let sum = 0;
      for (let s = 0; s <= t; s++) sum += alpha[s] = Math.exp(alpha[s] - top);
      let mean = 0; // sum_s alpha_s dalpha_s, for the softmax's backward
      for (let s = 0; s <= t; s++) {
        alpha[s] /= sum;
        let da = 0;
        for (let i = 0; i < d; i++) {
          heads[t * n + o + i] += alpha[s] * v[s * n + o + i];
          da += dHead[o + i] * v[s * n + o + i];
          dv[s * n + o + i] += alpha[s] * dHead[o + i];
        }
        mean += alpha[s] * da;
        alpha[s] = da; // keep dalpha_s beside alpha_s's use: recomputed below
      }
      for (let s = 0; s <= t; s++) {
        let z = 0;
        for (let i = 0; i < d; i++) z += q[t * n + o + i] * k[s * n + o + i];
        const a = Math.exp(z * scale - top) / sum;
        const dz = a * (alpha[s] - mean) * scale;
        for (let i = 0; i < d; i++) {
          dq[t * n + o + i] += dz * k[s * n + o + i];
          dk[s * n + o + i] += dz * q[t * n + o + i];
        }
      }
    }
  const out = new Float64Array(T * n);
  project(Wo, heads, T, n, n, out);
  for (let t = 0; t < T; t++) for (let i = 0; i < n; i++) loss += r[i] * (e[t * n + i] + out[t * n + i]);
  const de = new Float64Array(T * n);
  for (let t = 0; t < T; t++) de.set(r, t * n);
  projectBack(Wq, dq, T, n, n, de);
  projectBack(Wk, dk, T, n, n, de);
  projectBack(Wv, dv, T, n, n, de);
  const dx = new Float64Array(T * m);
  projectBack(U, de, T, n, m, dx);
  return { loss, dx };
};

/** The layer the cost chart times. */
export const causalLayer: CausalLayer = placeholderCausalLayer;
