// Units far below the rest of their vector. The kernels carry each backward vector as a unit
// vector times 10^scale; a unit more than ~10^308 below the largest would underflow to zero
// and, on an elementwise path (the LSTM cell's highway f * dL/dc, the GRU's z * dL/dh), never
// come back, although its true value is finite. So a unit that falls below 1e-250 of the
// largest leaves the vector ("goes deep") and is carried on its own as sign * 10^la, updated
// exactly in log space, until it is large enough to rejoin. With no deep unit (nearly every
// run) this costs one comparison per unit per step.
import { normalize } from './linalg';

/** Below this share of the largest entry a unit goes deep; above it (and its share 10^-LOG_TINY) it rejoins. */
const TINY = 1e-250;
const LOG_TINY = -250;
/** Rescale before promoting when the deep top lies this far above the vector's scale (10^300 still fits a double). */
const HEADROOM = 300;

export class DeepUnits {
  /** how many units are deep now */
  count = 0;
  /** log10 |value| of each deep unit (absolute: scale included) */
  readonly la: Float64Array;
  readonly sign: Float64Array;
  readonly deep: Uint8Array;

  constructor(readonly n: number) {
    this.la = new Float64Array(n);
    this.sign = new Float64Array(n);
    this.deep = new Uint8Array(n);
  }

  /**
   * Deep unit i <- g * (its value) + y * 10^sy, exactly, in log space: the elementwise
   * step of the path (g the gate) plus what reaches the unit through the matrix path.
   */
  update(i: number, g: number, y: number, sy: number): void {
    const l1 = g === 0 ? -Infinity : this.la[i] + Math.log10(Math.abs(g));
    const s1 = this.sign[i] * Math.sign(g);
    const l2 = y === 0 || sy === -Infinity ? -Infinity : Math.log10(Math.abs(y)) + sy;
    const top = Math.max(l1, l2);
    if (top === -Infinity) {
      this.la[i] = -Infinity;
      return;
    }
    const sum =
      (l1 === -Infinity ? 0 : s1 * 10 ** (l1 - top)) + (l2 === -Infinity ? 0 : Math.sign(y) * 10 ** (l2 - top));
    if (sum === 0) {
      this.la[i] = -Infinity;
      return;
    }
    this.la[i] = top + Math.log10(Math.abs(sum));
    this.sign[i] = Math.sign(sum);
  }

  /**
   * Normalizes v (entries relative to 10^S, deep units' entries 0) to a unit vector with
   * every unit that matters in it: deep units within 10^250 of the largest rejoin first,
   * units below 1e-250 of the largest go deep after. Returns the new log10 scale, or
   * -Infinity when every unit, deep ones included, is exactly zero.
   */
  normalize(v: Float64Array, S: number): number {
    const n = this.n;
    if (this.count > 0) S = this.rejoin(v, S);
    const k = normalize(v, n);
    if (k === -Infinity) return -Infinity;
    const s = S + k;
    for (let i = 0; i < n; i++) {
      const a = Math.abs(v[i]);
      if (a < TINY && a !== 0) {
        this.deep[i] = 1;
        this.count++;
        this.la[i] = Math.log10(a) + s;
        this.sign[i] = Math.sign(v[i]);
        v[i] = 0;
      }
    }
    return s;
  }

  /** Brings deep units near the top back into v (relative to 10^S); returns the scale v is now relative to. */
  private rejoin(v: Float64Array, S: number): number {
    const n = this.n;
    let max = 0;
    for (let i = 0; i < n; i++) if (!this.deep[i] && Math.abs(v[i]) > max) max = Math.abs(v[i]);
    let top = max === 0 ? -Infinity : S + Math.log10(max);
    for (let i = 0; i < n; i++) if (this.deep[i] && this.la[i] > top) top = this.la[i];
    if (top === -Infinity) return S;
    if (top - S > HEADROOM || S === -Infinity) {
      // the deep units outgrew the vector: make their top the scale
      const w = S === -Infinity ? 0 : 10 ** (S - top);
      for (let i = 0; i < n; i++) v[i] *= w;
      S = top;
    }
    for (let i = 0; i < n; i++) {
      if (!this.deep[i]) continue;
      if (this.la[i] === -Infinity) {
        this.deep[i] = 0; // exactly zero: an ordinary zero entry
        this.count--;
      } else if (this.la[i] - top > LOG_TINY) {
        v[i] = this.sign[i] * 10 ** (this.la[i] - S);
        this.deep[i] = 0;
        this.count--;
      }
    }
    return S;
  }

  /** out[off + i] = log10 |unit i| for the deep units (the others are left as written). */
  unitLog10(out: Float64Array, off: number): void {
    if (this.count === 0) return;
    for (let i = 0; i < this.n; i++) if (this.deep[i]) out[off + i] = this.la[i];
  }

  /** Takes over another's deep units (a path that starts as a copy of another vector). */
  copyFrom(other: DeepUnits): void {
    this.count = other.count;
    this.la.set(other.la);
    this.sign.set(other.sign);
    this.deep.set(other.deep);
  }
}

/**
 * One step back along a direct path through a product of gates (lstm forget gates, gru
 * update gates): v <- gate * v elementwise, with every unit kept however small; returns the
 * new log10 scale.
 */
export function gateStep(v: Float64Array, s: number, gate: Float64Array, deep: DeepUnits): number {
  const n = deep.n;
  for (let i = 0; i < n; i++) v[i] *= gate[i];
  if (deep.count > 0) for (let i = 0; i < n; i++) if (deep.deep[i]) deep.update(i, gate[i], 0, 0);
  return s === -Infinity ? -Infinity : deep.normalize(v, s);
}
