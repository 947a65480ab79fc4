// Sinusoidal positions (Vaswani et al. 2017, section 3.5): p_{t,2i} = sin(t / 10000^(2i/n)),
// p_{t,2i+1} = cos(t / 10000^(2i/n)), t = 1..T. ECMAScript leaves Math.sin and Math.cos
// "implementation-approximated" like Math.log (det-math.ts), and the positions enter the trainer,
// whose history must be the same in Node and in the page. So sin and cos here are fdlibm's
// (Sun Microsystems, 1993): argument reduction by pi/2 in three parts (the medium-size path of
// __ieee754_rem_pio2, exact for |x| < 2^19 pi/2, and t <= 100000 = LIMITS.steps lies well below), then
// the __kernel_sin / __kernel_cos polynomials, all in IEEE arithmetic that every engine rounds alike.
import { pow } from '../det-math';

const INV_PIO2 = 6.36619772367581382433e-1;
const PIO2_1 = 1.57079632673412561417; // the first 33 bits of pi/2: n PIO2_1 is exact for n < 2^20
const PIO2_2 = 6.0771005063039659766e-11;
const PIO2_2T = 2.02226624879595063154e-21;
const S1 = -1.66666666666666324348e-1;
const S2 = 8.33333333332248946124e-3;
const S3 = -1.98412698298579493134e-4;
const S4 = 2.75573137070700676789e-6;
const S5 = -2.50507602534068634195e-8;
const S6 = 1.58969099521155010221e-10;
const C1 = 4.16666666666666019037e-2;
const C2 = -1.38888888888741095749e-3;
const C3 = 2.48015872894767294178e-5;
const C4 = -2.75573143513906633035e-7;
const C5 = 2.0875723212981748279e-9;
const C6 = -1.13596475577881948265e-11;

/** sin(y0 + y1) for |y0| <= pi/4, y1 the tail of the reduced argument (fdlibm __kernel_sin). */
function kernelSin(x: number, y: number): number {
  const z = x * x;
  const v = z * x;
  const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  return x - (z * (0.5 * y - v * r) - y - v * S1);
}

/** cos(y0 + y1) for |y0| <= pi/4 (fdlibm __kernel_cos, its |x| < 0.3 branch: within 1 ulp everywhere). */
function kernelCos(x: number, y: number): number {
  const z = x * x;
  const r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
  return 1 - (0.5 * z - (z * r - x * y));
}

/** [sin x, cos x] for 0 <= x < 2^19 pi/2, the same doubles in every engine. */
export function sinCos(x: number): [number, number] {
  const n = Math.round(x * INV_PIO2);
  // x - n pi/2 in two steps of Cody and Waite, each carrying its rounding error forward
  const t = x - n * PIO2_1;
  let w = n * PIO2_2; // PIO2_2 + PIO2_2T: PIO2_1T to 86 bits
  const r = t - w;
  w = n * PIO2_2T - (t - r - w);
  const y0 = r - w;
  const y1 = r - y0 - w;
  const s = kernelSin(y0, y1);
  const c = kernelCos(y0, y1);
  switch (n & 3) {
    case 0:
      return [s, c];
    case 1:
      return [c, -s];
    case 2:
      return [-s, -c];
    default:
      return [-c, s];
  }
}

const cache = new Map<number, Float64Array>();
/** Tables up to this many entries (8 MB) are kept; a longer one (T = 100000 at n = 256: 205 MB) is not. */
const CACHE_ENTRIES = 1 << 20;

/**
 * p_1..p_T for width n, row t - 1 = p_t (at least T x n, row-major). Cached by n and grown to the
 * longest T asked for: a training run asks for the same table every iteration.
 */
export function positions(n: number, T: number): Float64Array {
  const have = cache.get(n);
  if (have && have.length >= T * n) return have;
  const table = new Float64Array(Math.max(T, 256) * n);
  const rows = table.length / n;
  for (let i = 0; 2 * i < n; i++) {
    const omega = pow(10000, -(2 * i) / n); // 1 / 10000^(2i/n)
    for (let t = 1; t <= rows; t++) {
      const [s, c] = sinCos(t * omega);
      table[(t - 1) * n + 2 * i] = s;
      if (2 * i + 1 < n) table[(t - 1) * n + 2 * i + 1] = c;
    }
  }
  if (table.length <= CACHE_ENTRIES) cache.set(n, table);
  return table;
}
