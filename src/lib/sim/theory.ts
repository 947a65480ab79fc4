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
