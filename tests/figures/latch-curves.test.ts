// The latch's gradient chart: the attractor's slope in the legend never rounds onto 1.
import { expect, it } from 'vitest';
import { latchGradientCurves } from '../../src/lib/figures/latch-curves';
import { DEFAULT_STATE } from '../../src/lib/model/lab-state';
import { latchShown } from '../../src/lib/state/latch-view.svelte';

it.each([1.0000000000000002, 1.001, 0.9999, 2])('w = %d: the slope in the legend is on its side of 1', (w) => {
  const latch = latchShown({ ...DEFAULT_STATE, latchW: w });
  const theory = latchGradientCurves(latch).find((c) => c.id === 'latch-theory')!;
  const settled = latch.fixedPoints.length === 3 ? latch.fixedPoints[2] : latch.fixedPoints[0];
  const printed = +theory.label.match(/= ([\d.]+)ᵗ⁻¹$/)![1];
  expect(settled.slope).toBeLessThan(1);
  expect(printed).toBeLessThan(1); // "1.000ᵗ⁻¹" would claim no decay at all
});
