// Closed forms the page overlays on the measured curves, as log10 ratios at k steps back.
// They hold exactly in the settings named, and are the yardstick elsewhere.
import { log10Sigmoid } from './activations';

/** Linear RNN, W = radius x orthogonal: ||dL/dh_{T-k}|| / ||dL/dh_T|| = radius^k (Bengio et al. 1994). */
export function linearRnnLog10(radius: number, k: number): number {
  return radius === 0 ? (k === 0 ? 0 : -Infinity) : k * Math.log10(radius);
}

/**
 * A gate-product path with a constant gate sigmoid(bias), as with zero recurrent and input
 * weights: the LSTM highway sigmoid(b_f)^k, the GRU update path sigmoid(b_z)^k.
 */
export function gatePathLog10(bias: number, k: number): number {
  return k * log10Sigmoid(bias);
}

export function sigmoidOf(bias: number): number {
  return 1 / (1 + Math.exp(-bias));
}

/**
 * ||W^k||_2 for k = 0..K of a 2x2 matrix, by repeated products and the closed-form largest
 * singular value: sigma_max^2 = (|A|_F^2 + sqrt(|A|_F^4 - 4 det(A)^2)) / 2. Non-normal
 * transient growth in its smallest form: [[0.9, 5], [0, 0.9]] has spectral radius 0.9.
 */
export function powerNorms2x2(W: readonly [readonly [number, number], readonly [number, number]], K: number): number[] {
  let [a, b, c, d] = [1, 0, 0, 1];
  const out: number[] = [];
  for (let k = 0; k <= K; k++) {
    const f2 = a * a + b * b + c * c + d * d;
    const det = a * d - b * c;
    out.push(Math.sqrt((f2 + Math.sqrt(Math.max(0, f2 * f2 - 4 * det * det))) / 2));
    [a, b, c, d] = [
      a * W[0][0] + b * W[1][0],
      a * W[0][1] + b * W[1][1],
      c * W[0][0] + d * W[1][0],
      c * W[0][1] + d * W[1][1]
    ];
  }
  return out;
}
