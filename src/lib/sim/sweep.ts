// Parameter sweeps for the phase diagrams (Bengio et al. 1994's picture): one row of
// log10 ||dL/d(state)_{T-k}|| / ||dL/d(state)_T|| per swept value, k = 0..T steps back.
// Parameters are built once; each row only rescales W or shifts a bias, so a row costs
// one kernel run and nothing else.
import { NetworkHaltError } from './halt';
import { gradients } from './index';
import { buildParams, CONTROLLED, type Params } from './params';
import { relativeStepsBack, type Gradients } from './gradients';
import type { Spec } from './spec';

export type SweepParam = 'radius' | 'forgetBias' | 'updateBias';

/** The curve a phase diagram colours: the cell state for lstm, the hidden state otherwise. */
export function stateCurve(g: Gradients): Float64Array {
  return g.cGradLog10 ?? g.hGradLog10;
}

/** A copy of p whose recurrent matrix is rescaled so the controlled block has spectral radius `radius`. */
function withRadius(p: Params, baseRadius: number, radius: number): Params {
  const scale = baseRadius > 0 ? radius / baseRadius : 0;
  return { ...p, W: p.W.map((w) => w * scale) };
}

/** A copy of p with b's block `block` shifted by delta (forget bias for lstm, update bias for gru). */
function withBiasShift(p: Params, block: number, delta: number): Params {
  const b = Float64Array.from(p.b);
  for (let i = 0; i < p.n; i++) b[block * p.n + i] += delta;
  return { ...p, b };
}

/**
 * One row per value: radius rescales W so the controlled block's spectral radius is that
 * value (every gate block scaled alike, as the spec's radius does); forgetBias/updateBias
 * set that bias. A generator, so a worker can yield between rows and drop a stale sweep.
 */
export function* sweepRows(spec: Spec, param: SweepParam, values: readonly number[]): Generator<Float64Array> {
  const p = buildParams(spec);
  const arch = p.arch;
  const baseRadius = param === 'radius' ? p.spectrum().spectralRadius : 0;
  const current = param === 'forgetBias' ? spec.forgetBias : spec.updateBias;
  for (const value of values) {
    const q =
      param === 'radius' ? withRadius(p, baseRadius, value) : withBiasShift(p, CONTROLLED[arch].block, value - current);
    yield sweepRow(q);
  }
}

/** One row; NaN throughout where a custom phi leaves the doubles (the loss at T is undefined). */
function sweepRow(p: Params): Float64Array {
  try {
    return relativeStepsBack(stateCurve(gradients(p, false)));
  } catch (e) {
    if (e instanceof NetworkHaltError) return new Float64Array(p.T + 1).fill(NaN);
    throw e;
  }
}

/** All rows at once. */
export function sweep(spec: Spec, param: SweepParam, values: readonly number[]): Float64Array[] {
  return Array.from(sweepRows(spec, param, values));
}
