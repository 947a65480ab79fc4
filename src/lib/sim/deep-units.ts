// Units far below the rest of their vector. The kernels carry each backward vector as a unit
// vector times 10^scale; a unit more than ~10^308 below the largest would underflow to zero
// and, on an elementwise path (the LSTM cell's highway f * dL/dc, the GRU's z * dL/dh), never
// come back, although its true value is finite. So a unit that falls below 1e-250 of the
// largest leaves the vector ("goes deep") and is carried on its own as sign * 10^la, updated
// exactly in log space, until it is large enough to rejoin. With no deep unit (nearly every
// run) this costs one comparison per unit per step.
import { normalize } from './linalg';

/** Below this share of the largest entry a unit goes deep; above it (and its share 10^-LOG_TINY) it rejoins. */
export const TINY = 1e-250;
const LOG_TINY = -250;

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

  /** Unit i, whose value is `value` * 10^scale, goes deep (before a product could underflow it). */
  adopt(i: number, value: number, scale: number): void {
    this.deep[i] = 1;
    this.count++;
    this.la[i] = value === 0 || scale === -Infinity ? -Infinity : Math.log10(Math.abs(value)) + scale;
    this.sign[i] = Math.sign(value);
  }

  /**
   * Unit i <- g * v_i + y * 10^sy for a unit still in the vector (v relative to 10^S), where
   * the product may leave the range of a double: a result below 1e-250 of the scale, with a
   * non-zero part, is carried deep and exactly instead. Returns the entry for v (0 when deep).
   */
  step(i: number, v: number, S: number, g: number, y: number, sy: number, fast: number): number {
    if (Math.abs(fast) >= TINY) return fast;
    if ((v === 0 || g === 0) && (y === 0 || sy === -Infinity)) return 0; // exactly zero
    if (this.deep[i]) throw new Error('deep unit stepped twice'); // a kernel bug, never data
    this.adopt(i, v, S);
    this.update(i, g, y, sy);
    return 0;
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

  /**
   * Brings deep units near the top back into v. With any deep unit, v is first rescaled so the
   * largest unit, deep or not, is 1: a rejoining unit is then at least 1e-250, never an
   * underflow. Returns the scale v is now relative to.
   */
  private rejoin(v: Float64Array, S: number): number {
    const n = this.n;
    let max = 0;
    for (let i = 0; i < n; i++) if (!this.deep[i] && Math.abs(v[i]) > max) max = Math.abs(v[i]);
    let top = max === 0 || S === -Infinity ? -Infinity : S + Math.log10(max);
    for (let i = 0; i < n; i++) if (this.deep[i] && this.la[i] > top) top = this.la[i];
    if (top === -Infinity) return S;
    const w = S === -Infinity ? 0 : 10 ** (S - top);
    for (let i = 0; i < n; i++) v[i] *= w;
    for (let i = 0; i < n; i++) {
      if (!this.deep[i]) continue;
      if (this.la[i] === -Infinity) {
        this.deep[i] = 0; // exactly zero: an ordinary zero entry
        this.count--;
      } else if (this.la[i] - top > LOG_TINY) {
        v[i] = this.sign[i] * 10 ** (this.la[i] - top);
        this.deep[i] = 0;
        this.count--;
      }
    }
    return top;
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
  if (deep.count > 0) for (let i = 0; i < n; i++) if (deep.deep[i]) deep.update(i, gate[i], 0, 0);
  for (let i = 0; i < n; i++) {
    const g = v[i] * gate[i];
    if (Math.abs(g) >= TINY) v[i] = g;
    else if (!deep.deep[i]) v[i] = deep.step(i, v[i], s, gate[i], 0, 0, g);
  }
  return s === -Infinity ? -Infinity : deep.normalize(v, s);
}
