// The latch's gradient chart: log10 |da_t/da_1| of every noisy trajectory (thin, in its bit's
// colour, unlabelled), of the noise-free one (thick), and the slope an attractor predicts.
// Index t - 1 holds step t, so the x axis counts the steps since step 1.
import { msg } from '../i18n/index';
import { BIT_COLORS } from './latch-style';
import type { LatchShown } from '../model/latch-figures';
import type { Curve } from './figure-data';
import { besideOne } from './format';

export function latchGradientCurves(latch: LatchShown): Curve[] {
  const { run, fixedPoints, spec } = latch;
  const m = msg().latch;
  const curves: Curve[] = run.trajectories.map((tr, i) => ({
    id: `trajectory-${i}`,
    label: i === 0 ? m.noisyCurves : '',
    values: tr.gradLog10,
    color: tr.bit === 1 ? BIT_COLORS.plus : BIT_COLORS.minus,
    width: 1.2
  }));
  curves.push({
    id: 'clean',
    label: m.cleanCurve,
    values: run.clean.gradLog10,
    color: BIT_COLORS.plus,
    width: 3.5
  });
  // the slope the noise-free trajectory settles to: f' at the attractor (w > 1) or at 0 (w < 1)
  const settled = fixedPoints.length === 3 ? fixedPoints[2] : fixedPoints[0];
  if (settled.kind === 'stable') {
    const l = Math.log10(settled.slope);
    const name = fixedPoints.length === 3 ? 'f′(x̄)' : 'w';
    curves.push({
      id: 'latch-theory',
      label: `${name}ᵗ⁻¹ = ${besideOne(settled.slope, 3)}ᵗ⁻¹`, // a slope just below 1 never reads 1.000
      values: Float64Array.from({ length: spec.steps }, (_, k) => (l === -Infinity && k === 0 ? 0 : k * l)),
      color: '#777777',
      dash: '6 4',
      width: 1.5
    });
  }
  return curves;
}
