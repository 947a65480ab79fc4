// Logarithms with the same bits in every JavaScript engine. ECMAScript leaves Math.log, exp,
// pow and the rest "implementation-approximated", and engines differ in the last bit: Node
// 20's V8 (fdlibm) and Chromium 156's V8 disagree on about a third of arguments, measured here.
// Training must give the same history in Node and in the page, and its random weights come
// from a logarithm (the polar method), so the trainer's path uses this one: fdlibm's
// __ieee754_log (Sun Microsystems, 1993), written out in IEEE arithmetic, which every engine
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

/** log10 x as ln x / ln 10: a correctly rounded division of the same logarithm, so the same bits everywhere. */
export const log10 = (x: number): number => log(x) / Math.LN10;
