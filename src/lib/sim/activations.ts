// Nonlinearities and their derivatives in forms that keep full relative precision:
// 1 - tanh(a)^2 rounds to 0 once |a| > 19 although the true value is 4e^{-2|a|},
// and sigma(a)(1 - sigma(a)) loses 1 - sigma(a) the same way. The gradient check
// demands 1e-6 relative accuracy, so every derivative is written through e^{-|a|}.
const LOG10_4 = Math.log10(4);

/** log10 sigma(a), finite for every finite a. */
export function log10Sigmoid(a: number): number {
  return a >= 0 ? -Math.log1p(Math.exp(-a)) / Math.LN10 : (a - Math.log1p(Math.exp(a))) / Math.LN10;
}

/**
 * tanh(a), with tanh'(a) written to d[k], from one exponential: Math.tanh alone costs
 * twice an exp here (17 vs 8 ns), and the backward pass needs both. For |a| >= 0.5,
 * e = exp(-2|a|) gives tanh = (1 - e)/(1 + e) and tanh' = 4e/(1 + e)^2 with no
 * cancellation; below that, expm1 keeps 1 - e exact for tiny a.
 */
export function tanhAndPrime(a: number, d: Float64Array, k: number): number {
  const x = Math.abs(a);
  let t: number;
  if (x >= 0.5) {
    const e = Math.exp(-2 * x);
    const q = 1 + e;
    d[k] = (4 * e) / (q * q);
    t = (1 - e) / q;
  } else {
    const em1 = Math.expm1(-2 * x);
    const q = 2 + em1;
    d[k] = (4 * (1 + em1)) / (q * q);
    t = -em1 / q;
  }
  return a < 0 ? -t : t;
}

/** log10 tanh'(a), finite even where tanh'(a) underflows (|a| > 372). */
export function log10TanhPrime(a: number): number {
  const x = Math.abs(a);
  return LOG10_4 - (2 * x + 2 * Math.log1p(Math.exp(-2 * x))) / Math.LN10;
}

/**
 * A sigmoid gate stored for the backward pass as q = min(sigma, 1 - sigma) = e/(1+e),
 * e = exp(-|z|), signed like z: both sigma and sigma' = q(1 - q) follow exactly, with no
 * cancellation near saturation. Never -0, so the sign survives underflow.
 */
export function gateQ(z: number): number {
  const e = Math.exp(-Math.abs(z));
  const q = e / (1 + e);
  return z >= 0 ? q : -(q || Number.MIN_VALUE);
}
/**
 * sigma from the signed q: 1 - q when q's sign bit is clear, -q when set. The sign bit, not
 * q >= 0, so that -q of a gate saturated at 1 (q = +0, z > 745) reads as sigma(-z) = 0,
 * not 1: the GRU takes 1 - z as sigmaOfQ(-q_z).
 */
export const sigmaOfQ = (q: number): number => (q > 0 || (q === 0 && 1 / q > 0) ? 1 - q : -q);
/** log10 sigma from its signed q: log1p(-q) keeps a gate within 1e-17 of 1 exact (sigma(40) is not 1). */
export const log10SigmaOfQ = (q: number): number =>
  q > 0 || (q === 0 && 1 / q > 0) ? Math.log1p(-q) / Math.LN10 : Math.log10(-q);
export const dsigmaOfQ = (q: number): number => {
  const a = Math.abs(q);
  return a * (1 - a);
};

/** Below this, a whole step's derivative factors are recomputed in log space. */
const TINY = 1e-250;

/**
 * out[i] = tanh'(a[off + i]) / 10^E for i < n, returning E, from precomputed derivatives
 * d[off + i] = tanh'(a[off + i]). E = 0 unless every factor is below 1e-250 (a saturated
 * cell or pre-activation beyond |a| ~ 290); then the factors are recomputed in log space
 * and rescaled so the largest is 1: the scale moves into the log-space exponent instead
 * of underflowing to an exact zero.
 */
export function scaledTanhPrime(a: Float64Array, d: Float64Array, off: number, n: number, out: Float64Array): number {
  let max = 0;
  for (let i = 0; i < n; i++) {
    const v = d[off + i];
    out[i] = v;
    if (v > max) max = v;
  }
  if (max >= TINY) return 0;
  let top = -Infinity;
  for (let i = 0; i < n; i++) {
    out[i] = log10TanhPrime(a[off + i]);
    if (out[i] > top) top = out[i];
  }
  for (let i = 0; i < n; i++) out[i] = 10 ** (out[i] - top);
  return top;
}
