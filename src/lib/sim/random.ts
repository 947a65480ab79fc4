// Seeded random streams. Every component (each W block, U, inputs, readout) draws
// from its own stream, so changing the radius only rescales W, and changing the
// sequence length keeps x_1..x_T a prefix of the longer sequence: a slider moves
// one thing at a time.
import { randomLcg } from 'd3';
import { log } from './det-math';

/** FNV-1a over the label, mixed with the seed: a 32-bit integer seed per stream. */
function streamSeed(seed: number, label: string): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  h ^= seed >>> 16;
  return Math.imul(h, 2246822507) >>> 0;
}

/**
 * A standard normal sampler for one named stream: d3's randomNormal (Marsaglia's polar method,
 * the second value of a pair kept for the next call) with det-math's logarithm in place of
 * Math.log, so a seed gives the same weights in every engine (det-math.ts says why).
 */
export function normalStream(seed: number, label: string): () => number {
  const source = randomLcg(streamSeed(seed, label) / 4294967296);
  let x: number | null = null;
  let r = 0;
  return () => {
    let y: number;
    if (x !== null) {
      y = x;
      x = null;
    } else {
      do {
        x = source() * 2 - 1;
        y = source() * 2 - 1;
        r = x * x + y * y;
      } while (!r || r > 1);
    }
    return y * Math.sqrt((-2 * log(r)) / r);
  };
}

/** A uniform [0, 1) sampler for one named stream. */
export function uniformStream(seed: number, label: string): () => number {
  return randomLcg(streamSeed(seed, label) / 4294967296);
}

/** `count` i.i.d. N(0, std^2) values from one named stream. */
export function normals(seed: number, label: string, count: number, std = 1): Float64Array {
  const next = normalStream(seed, label);
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = std * next();
  return out;
}

/** A uniformly random unit vector (normalised Gaussian). */
export function unitVector(seed: number, label: string, n: number): Float64Array {
  const v = normals(seed, label, n);
  let s = 0;
  for (let i = 0; i < n; i++) s += v[i] * v[i];
  const norm = Math.sqrt(s);
  for (let i = 0; i < n; i++) v[i] /= norm;
  return v;
}
