// From a validated attention spec to the numbers its kernels run on: U, b, Wq, Wk, Wv, Wo, the
// inputs, the readout and the embeddings e_t = U x_t + b + positionScale p_t (issue 18). Seeded
// weights are Gaussian with variance 1/fan-in (LeCun et al. 1998), so e, q, k, v and W_o [heads]
// keep unit-order entries at every width; U is N(0, 1/m) and x N(0, inputScale^2) exactly as
// params.ts draws them for the recurrent archs (the same streams), so every arch sees the same
// inputs and the same input variance inputScale^2 per unit. b = 0.
import { normals, unitVector } from '../random';
import type { Spec } from '../spec';
import { positions } from './attention-position';

export interface AttentionParams {
  /** width n, input size m, steps T, heads H, head width d = n / H */
  n: number;
  m: number;
  T: number;
  H: number;
  d: number;
  positionScale: number;
  /** n x m, n, and four n x n, row-major; head j owns rows j d .. (j + 1) d - 1 of Wq, Wk, Wv */
  U: Float64Array;
  b: Float64Array;
  Wq: Float64Array;
  Wk: Float64Array;
  Wv: Float64Array;
  Wo: Float64Array;
  /** x_1..x_T, T x m */
  x: Float64Array;
  r: Float64Array;
}

/** The parameters of an attention spec (explicit weights as given, else seeded). */
export function attentionParams(spec: Spec): AttentionParams {
  const { hidden: n, inputSize: m, steps: T, seed } = spec;
  const H = spec.heads ?? 1;
  const flat = (name: string): Float64Array => Float64Array.from((spec.weights![name] as number[][]).flat());
  const explicit = spec.recurrent.init === 'explicit';
  const square = (name: string) => (explicit ? flat(name) : normals(seed, name, n * n, 1 / Math.sqrt(n)));
  return {
    n,
    m,
    T,
    H,
    d: n / H,
    positionScale: spec.positionScale ?? 1,
    U: explicit ? flat('U') : normals(seed, 'U', n * m, 1 / Math.sqrt(m)),
    b: explicit ? Float64Array.from(spec.weights!.b as number[]) : new Float64Array(n),
    Wq: square('Wq'),
    Wk: square('Wk'),
    Wv: square('Wv'),
    Wo: square('Wo'),
    x: spec.inputs ? Float64Array.from(spec.inputs.flat()) : normals(seed, 'x', T * m, spec.inputScale),
    r: spec.readout ? Float64Array.from(spec.readout) : unitVector(seed, 'readout', n)
  };
}

/** e_t = U x_t + b + positionScale p_t into out (row t - 1), for the T rows of x. */
export function embed(
  p: Pick<AttentionParams, 'n' | 'm' | 'U' | 'b' | 'positionScale'>,
  x: Float64Array,
  T: number,
  out: Float64Array
): void {
  const { n, m, U, b, positionScale: ps } = p;
  const pos = positions(n, T);
  for (let t = 0; t < T; t++) {
    const o = t * n;
    for (let i = 0; i < n; i++) out[o + i] = b[i] + ps * pos[o + i];
    // column by column of U: the inner loop runs over the n units, not over the few inputs
    for (let k = 0; k < m; k++) {
      const xk = x[t * m + k];
      if (xk !== 0) for (let i = 0; i < n; i++) out[o + i] += U[i * m + k] * xk;
    }
  }
}
