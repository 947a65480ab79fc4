// From a validated spec to the concrete numbers a kernel runs on: W, U, b, the inputs,
// the readout and the initial states, all Float64Array, matrices row-major with gate
// blocks stacked in the order of spec.ts (lstm i, f, g, o; gru r, z, n).
import { normals, uniformStream, unitVector } from './random';
import {
  baseKey,
  eigenvalueBase,
  gaussianBase,
  hasBase,
  orthogonalBase,
  scaledSpectrum,
  spectrumOf
} from './recurrent';
import type { Base, Spectrum } from './recurrent';
import { nonlinearity, type Nonlinearity } from './nonlinearity';
import { chronoBiases, GATES, isRecurrent, type Activation, type RecurrentArch, type Spec } from './spec';

export const BLOCKS: Record<RecurrentArch, readonly string[]> = {
  rnn: ['W'],
  lstm: ['i', 'f', 'g', 'o'],
  gru: ['r', 'z', 'n'],
  residual: ['W']
};

/** The gate block whose spectrum the spec's eigenvalue controls are about, and what the page calls it. */
export const CONTROLLED: Record<RecurrentArch, { block: number; name: 'W' | 'W_f' | 'W_z' }> = {
  rnn: { block: 0, name: 'W' },
  residual: { block: 0, name: 'W' },
  lstm: { block: 1, name: 'W_f' },
  gru: { block: 1, name: 'W_z' }
};

export interface Params {
  arch: RecurrentArch;
  activation: Activation;
  /** hidden size n, input size m, steps T */
  n: number;
  m: number;
  T: number;
  /** G*n x n, G*n x m, G*n */
  W: Float64Array;
  U: Float64Array;
  b: Float64Array;
  /** x_1..x_T, T x m */
  x: Float64Array;
  r: Float64Array;
  h0: Float64Array;
  c0: Float64Array;
  /** The compiled custom nonlinearity, when activation is "custom" (rnn). */
  custom?: Nonlinearity;
  /** Spectrum of the controlled block of W (decomposed lazily, cached with the base matrix). */
  spectrum(): Spectrum;
}

function recurrentBase(spec: Spec, block: string): { base: Base; scale: number } {
  const { init, radius, condition, eigenvalues } = spec.recurrent;
  const n = spec.hidden;
  if (init === 'orthogonal') return { base: orthogonalBase(spec.seed, block, n), scale: radius };
  if (init === 'gaussian') return { base: gaussianBase(spec.seed, block, n), scale: radius };
  return { base: eigenvalueBase(eigenvalues!, condition, spec.seed, block, n), scale: 1 };
}

/**
 * Whether buildParams(spec) and its spectrum would come from the cache: then they cost a
 * scaling, not the O(n^3) decompositions (hundreds of ms at n = 128, seconds at n = 256).
 */
export function paramsCached(spec: Spec): boolean {
  const { init, condition, eigenvalues } = spec.recurrent;
  if (init === 'explicit' || !isRecurrent(spec.arch)) return false;
  const eigen = init === 'eigenvalues' ? { eigenvalues: eigenvalues!, condition } : undefined;
  const controlled = BLOCKS[spec.arch][CONTROLLED[spec.arch].block];
  return BLOCKS[spec.arch].every((block) =>
    hasBase(baseKey(init, spec.seed, block, spec.hidden, eigen), block === controlled)
  );
}

/** The parameters of a recurrent architecture's spec (rnn, lstm, gru, residual). */
export function buildParams(spec: Spec): Params {
  const { arch, hidden: n, inputSize: m, steps: T, seed } = spec;
  if (!isRecurrent(arch)) throw new Error(`buildParams: ${arch} is not a recurrent architecture`);
  const G = GATES[arch];
  const blocks = BLOCKS[arch];
  const controlled = CONTROLLED[arch].block;
  let W: Float64Array;
  let U: Float64Array;
  let b: Float64Array;
  let spectrum: () => Spectrum;

  if (spec.recurrent.init === 'explicit') {
    const w = spec.weights as { W: number[][]; U: number[][]; b: number[] }; // shapes checked by spec.ts
    W = Float64Array.from(w.W.flat());
    U = Float64Array.from(w.U.flat());
    b = Float64Array.from(w.b);
    let s: Spectrum | undefined;
    spectrum = () => (s ??= spectrumOf(W.slice(controlled * n * n, (controlled + 1) * n * n), n));
  } else {
    W = new Float64Array(G * n * n);
    const controlledBase = recurrentBase(spec, blocks[controlled]);
    blocks.forEach((name, k) => {
      const { base, scale } = k === controlled ? controlledBase : recurrentBase(spec, name);
      const off = k * n * n;
      for (let i = 0; i < n * n; i++) W[off + i] = scale * base.matrix[i];
    });
    spectrum = () => scaledSpectrum(controlledBase.base, controlledBase.scale);
    // U entries N(0, 1/m): each pre-activation gets input variance inputScale^2.
    U = normals(seed, 'U', G * n * m, 1 / Math.sqrt(m));
    b = new Float64Array(G * n);
  }

  // forgetBias is added to b_f, updateBias to b_z, whatever the init (spec section 4); chrono
  // adds its spread of biases to b_f and takes them from b_i instead of the constant
  if (arch === 'lstm' && spec.forgetInit === 'chrono') {
    const chrono = chronoBiases(spec, uniformStream(seed, 'chrono'));
    for (let i = 0; i < n; i++) {
      b[n + i] += chrono[i];
      b[i] -= chrono[i];
    }
  } else if (arch === 'lstm') for (let i = 0; i < n; i++) b[n + i] += spec.forgetBias;
  if (arch === 'gru') for (let i = 0; i < n; i++) b[n + i] += spec.updateBias;

  return {
    arch,
    activation: spec.activation,
    n,
    m,
    T,
    W,
    U,
    b,
    x: spec.inputs ? Float64Array.from(spec.inputs.flat()) : normals(seed, 'x', T * m, spec.inputScale),
    r: spec.readout ? Float64Array.from(spec.readout) : unitVector(seed, 'readout', n),
    h0: spec.h0 ? Float64Array.from(spec.h0) : new Float64Array(n),
    c0: spec.c0 ? Float64Array.from(spec.c0) : new Float64Array(n),
    custom: spec.activation === 'custom' ? nonlinearity(spec.formula!) : undefined,
    spectrum
  };
}
