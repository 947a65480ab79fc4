// Where the weight gradient comes from (Bengio, Simard & Frasconi 1994): dL/dW is a sum over
// time steps, dL/dW = sum_t delta_t h_{t-1}^T, with delta_t = dL/d(W h_{t-1}) the gradient of
// step t's recurrent product. Where the Jacobian products shrink, the far-back terms are
// exponentially smaller than the recent ones, and gradient descent cannot see them. The kernels
// hand each step's delta (a vector and its log10 scale) to this accumulator, which sums the
// terms in log space, so no term over- or underflows on the way, and records each term's size.
import { ger, log10Norm } from './linalg';

/** A matrix (or vector) kept as data * 10^scale, summing outer products of any scale. */
class LogSum {
  readonly data: Float64Array;
  scale = -Infinity;
  /** an upper bound on the largest |entry|: the data are rescanned only when it grows past 1e100 */
  private bound = 0;
  /** `data`: rows x cols zeros, in the kernels' memory for the WebAssembly update */
  constructor(
    readonly rows: number,
    readonly cols: number,
    data?: Float64Array
  ) {
    this.data = data ?? new Float64Array(rows * cols);
  }

  /** data += (a b^T) 10^s, for a of `rows` entries and b of `cols` entries (a column: b = [1]). */
  add(a: Float64Array, b: Float64Array, s: number): void {
    if (s === -Infinity) return;
    let w = 1;
    // A term up to 10^100 above the sum's scale is added as it is (the bound then rescans the
    // data); only a larger one moves the sum to its scale, so a growing gradient does not
    // rescale the whole matrix at every step.
    if (s > this.scale + 100 || this.scale === -Infinity) {
      const k = this.scale === -Infinity ? 0 : 10 ** (this.scale - s);
      if (k !== 1) for (let i = 0; i < this.data.length; i++) this.data[i] *= k;
      this.bound *= k;
      this.scale = s;
    } else w = 10 ** (s - this.scale);
    if (w === 0) return; // over 10^308 below the sum: it cannot change a double
    ger(this.data, this.rows, this.cols, a, b, w);
    let maxA = 0;
    for (let i = 0; i < this.rows; i++) maxA = Math.max(maxA, Math.abs(a[i]));
    let maxB = 0;
    for (let j = 0; j < this.cols; j++) maxB = Math.max(maxB, Math.abs(b[j]));
    this.bound += maxA * w * maxB;
    if (this.bound > 1e100) this.renormalize();
  }

  /** Brings the largest entry to 1, so that thousands of terms never overflow the data. */
  private renormalize(): void {
    let max = 0;
    for (let i = 0; i < this.data.length; i++) max = Math.max(max, Math.abs(this.data[i]));
    this.bound = max === 0 ? 0 : 1;
    if (max === 0) return;
    for (let i = 0; i < this.data.length; i++) this.data[i] /= max;
    this.scale += Math.log10(max);
  }

  /** log10 of the Frobenius norm. */
  log10Norm(): number {
    return this.scale + log10Norm(this.data, this.data.length);
  }

  /** The entries as doubles, row by row: beyond 1.8e308 an entry is +-Infinity (null in JSON). */
  values(): Float64Array[] {
    const out = Array.from({ length: this.rows }, () => new Float64Array(this.cols));
    for (let i = 0; i < this.rows; i++) {
      for (let j = 0; j < this.cols; j++) {
        const v = this.data[i * this.cols + j];
        // through the log: data * 10^scale would overflow in 10^scale alone for a small entry
        out[i][j] = v === 0 ? 0 : Math.sign(v) * 10 ** (Math.log10(Math.abs(v)) + this.scale);
      }
    }
    return out;
  }
}

export interface ParamGradients {
  /** dL/dW, dL/dU, dL/db for L = r^T h_T, in the spec's stacked gate layout (not with "byStep") */
  paramGrad?: { W: Float64Array[]; U: Float64Array[]; b: Float64Array };
  /** log10 of the 2-norm of dL/dW, dL/dU and dL/db together (not with "byStep") */
  paramGradNormLog10?: number;
  /** log10 ||delta_t h_{t-1}^T||_F at index t - 1, t = 1..T: step t's term in dL/dW */
  wGradByStepLog10: Float64Array;
}

/**
 * What a run sums: nothing (false), everything (true), or only the size of each step's term
 * in dL/dW ("byStep": O(n) a step, what the page's figure needs, free of the O(n^2) sums).
 */
export type ParamGradMode = boolean | 'byStep';

/** The lengths of the buffers a ParamGradientSum works in: ask the kernel workspace for them. */
export function paramGradLengths(mode: ParamGradMode, G: number, n: number, m: number): number[] {
  return mode === true ? [G * n, G * m, G, n, m, 1] : [];
}

/** Sums the terms of dL/dW, dL/dU and dL/db as a kernel's backward pass meets them. */
export class ParamGradientSum {
  private W!: LogSum;
  private U!: LogSum;
  private b!: LogSum;
  private h!: Float64Array;
  private x!: Float64Array;
  private one!: Float64Array;
  private byStep: Float64Array;

  /**
   * G gate rows (n, 3n or 4n), n units, m inputs, T steps; `buffers` of paramGradLengths, from
   * the kernels' workspace, so that the updates run in WebAssembly (else plain arrays).
   */
  constructor(
    private readonly mode: true | 'byStep',
    private readonly G: number,
    n: number,
    m: number,
    T: number,
    buffers?: Float64Array[]
  ) {
    this.byStep = new Float64Array(T).fill(-Infinity);
    if (mode === 'byStep') return;
    const [W, U, b, h, x, one] = buffers?.length
      ? buffers
      : paramGradLengths(mode, G, n, m).map((l) => new Float64Array(l));
    for (const a of [W, U, b]) a.fill(0); // a workspace holds the last run's numbers
    this.W = new LogSum(G, n, W);
    this.U = new LogSum(G, m, U);
    this.b = new LogSum(G, 1, b);
    this.h = h;
    this.x = x;
    this.one = one;
    one[0] = 1;
  }

  /**
   * Step t's terms. `dW` * 10^`ds` is delta_t (what multiplies h_{t-1}); `dU` * 10^`ds` the
   * gradient of the input part and the bias (the same as dW except for the gru's candidate
   * block, which the reset gate scales). h_{t-1} = `h` * 10^`hs`, x_t = `x`.
   */
  add(t: number, dW: Float64Array, dU: Float64Array, ds: number, h: Float64Array, hs: number, x: Float64Array): void {
    this.byStep[t - 1] = ds + log10Norm(dW, this.G) + hs + log10Norm(h, h.length);
    if (this.mode === 'byStep') return;
    this.h.set(h);
    this.x.set(x);
    this.W.add(dW, this.h, ds + hs);
    this.U.add(dU, this.x, ds);
    this.b.add(dU, this.one, ds);
  }

  result(): ParamGradients {
    if (this.mode === 'byStep') return { wGradByStepLog10: this.byStep };
    const norms = [this.W, this.U, this.b].map((s) => s.log10Norm()).filter((l) => l !== -Infinity);
    const top = Math.max(...norms);
    // sqrt(sum of squares) in log space: finite even where the entries overflow
    const paramGradNormLog10 = norms.length
      ? top + 0.5 * Math.log10(norms.reduce((sum, l) => sum + 10 ** (2 * (l - top)), 0))
      : -Infinity;
    return {
      paramGrad: { W: this.W.values(), U: this.U.values(), b: Float64Array.from(this.b.values(), (r) => r[0]) },
      paramGradNormLog10,
      wGradByStepLog10: this.byStep
    };
  }
}

/** The accumulator a run with this mode needs, if any. */
export function paramGradientSum(
  mode: ParamGradMode,
  G: number,
  n: number,
  m: number,
  T: number,
  buffers: Float64Array[]
): ParamGradientSum | null {
  return mode ? new ParamGradientSum(mode, G, n, m, T, buffers) : null;
}
