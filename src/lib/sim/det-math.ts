// log, exp and pow with the same bits in every JavaScript engine. ECMAScript leaves Math.log,
// exp, pow and the rest "implementation-approximated", and engines differ in the last bit: Node
// 20's V8 (fdlibm) and Chromium 156's V8 disagree on some 7% of logarithms and 10% of
// exponentials, measured here. Training must give the same history in Node and in the page, and
// its random weights come from a logarithm (the polar method), the eigenvalue init's
// conditioning from a power, so the trainer's path uses these: fdlibm's __ieee754_log and
// __ieee754_exp (Sun Microsystems, 1993), written out in IEEE arithmetic, which every engine
// rounds the same way. Error below 1 ulp (tests/sim/det-math.test.ts).
const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const TWO54 = 1.8014398509481984e16;
const LG1 = 6.66666666666673513e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

const bits = new DataView(new ArrayBuffer(8));
const high = (x: number) => (bits.setFloat64(0, x), bits.getInt32(0));
const low = () => bits.getUint32(4);
function withHigh(x: number, hi: number): number {
  bits.setFloat64(0, x);
  bits.setInt32(0, hi);
  return bits.getFloat64(0);
}

/** ln x, the same double in every engine. */
export function log(x: number): number {
  let hx = high(x);
  const lx = low();
  let k = 0;
  if (hx < 0x00100000) {
    // x < 2^-1022: zero, negative, subnormal
    if (((hx & 0x7fffffff) | lx) === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= TWO54;
    hx = high(x);
  }
  if (hx >= 0x7ff00000) return x + x; // inf or NaN
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000;
  x = withHigh(x, hx | (i ^ 0x3ff00000)); // x or x/2, in [sqrt(2)/2, sqrt(2))
  k += i >> 20;
  const f = x - 1.0;
  if ((0x000fffff & (2 + hx)) < 3) {
    // |f| < 2^-20
    if (f === 0) return k === 0 ? 0 : k * LN2_HI + k * LN2_LO;
    const R = f * f * (0.5 - 0.3333333333333333 * f);
    return k === 0 ? f - R : k * LN2_HI - (R - k * LN2_LO - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const R = t2 + t1;
  if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
    const hfsq = 0.5 * f * f;
    return k === 0 ? f - (hfsq - s * (hfsq + R)) : k * LN2_HI - (hfsq - (s * (hfsq + R) + k * LN2_LO) - f);
  }
  return k === 0 ? f - s * (f - R) : k * LN2_HI - (s * (f - R) - k * LN2_LO - f);
}

const EXP_HI = [6.9314718036912381649e-1, -6.9314718036912381649e-1];
const EXP_LO = [1.90821492927058770002e-10, -1.90821492927058770002e-10];
const INV_LN2 = 1.442695040888963387;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.6533902205465251539e-6;
const P5 = 4.13813679705723846039e-8;
const TWO_M1000 = 9.3326361850321887899e-302; // 2^-1000

/** e^x, the same double in every engine: fdlibm's __ieee754_exp, as log above. */
export function exp(x: number): number {
  let hx = high(x);
  const xsb = (hx >>> 31) & 1;
  hx &= 0x7fffffff;
  if (hx >= 0x40862e42) {
    // |x| >= 709.78
    if (hx >= 0x7ff00000) return ((hx & 0xfffff) | low()) !== 0 ? x + x : xsb === 0 ? x : 0;
    if (x > 7.09782712893383973096e2) return Infinity;
    if (x < -7.4513321910194110842e2) return 0;
  }
  let k = 0;
  let hi = 0;
  let lo = 0;
  if (hx > 0x3fd62e42) {
    // |x| > ln2 / 2: x = k ln2 + r
    if (hx < 0x3ff0a2b2) {
      hi = x - EXP_HI[xsb];
      lo = EXP_LO[xsb];
      k = 1 - xsb - xsb;
    } else {
      k = Math.trunc(INV_LN2 * x + (xsb === 0 ? 0.5 : -0.5));
      hi = x - k * EXP_HI[0];
      lo = k * EXP_LO[0];
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    return 1 + x; // |x| < 2^-28
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2.0) - x);
  const y = 1 - (lo - (x * c) / (2.0 - c) - hi);
  if (k >= -1021) return withHigh(y, high(y) + (k << 20));
  return withHigh(y, high(y) + ((k + 1000) << 20)) * TWO_M1000;
}

/** x^y for x > 0 as e^(y ln x): within a few ulps, and the same double in every engine (unlike **). */
export const pow = (x: number, y: number): number => exp(y * log(x));

/** log10 x as ln x / ln 10: a correctly rounded division of the same logarithm, so the same bits everywhere. */
export const log10 = (x: number): number => log(x) / Math.LN10;
