// The latch's captions read the engine's numbers: fixed points, kept counts, the gradient,
// and what the trade-off grid says (checked on a grid whose answer is known).
import { describe, expect, it } from 'vitest';
import {
  fixedPointsCaption,
  gradientCaption,
  keptCaption,
  slopeText,
  tradeoffCaption
} from '../../src/lib/figures/latch-caption';
import { latchFixedPoints, latchRun } from '../../src/lib/sim/latch';
import type { LatchGrid } from '../../src/lib/model/latch-figures';

const spec = { w: 2, noise: 0.3, pulse: 1, length: 3, steps: 100, seed: 1, trajectories: 8 };

describe('latch captions', () => {
  it('fixed points: one below w = 1, three above, with their slopes', () => {
    expect(fixedPointsCaption(latchFixedPoints(0.8), 0.8)).toMatch(
      /^w = 0\.80: one fixed point, a = 0; it attracts \(\|f′\| = 0\.800 < 1\)/
    );
    expect(fixedPointsCaption(latchFixedPoints(1), 1)).toMatch(/marginal/);
    expect(fixedPointsCaption(latchFixedPoints(2), 2)).toMatch(
      /^w = 2\.00: three fixed points\. ±1\.92 attract \(\|f′\| = 0\.166 < 1\)/
    );
  });

  it('kept and gradient captions quote the run', () => {
    const run = latchRun(spec);
    expect(keptCaption(run, spec)).toBe(
      '8 of 8 trajectories keep their bit to step 100 (pulse 1.00 for 3 steps, then noise σ = 0.30): every bit is kept.'
    );
    const text = gradientCaption(run, latchFixedPoints(2), spec);
    const clean = run.clean.gradLog10[99];
    expect(clean).toBeLessThan(-70);
    expect(text).toContain(
      `|∂a_T/∂a₁| = ${(10 ** (clean - Math.floor(clean))).toFixed(1)}e${Math.floor(clean)} at T = 100`
    );
    expect(text).toContain('f′ = 0.166');
  });

  it('trade-off: the largest gradient among robust noisy cells, the best kept fraction among live ones', () => {
    const nan = NaN;
    // 2 noise levels (0 is skipped: without noise every sign is kept) x 3 values of w
    const grid: LatchGrid = {
      ws: [0.5, 1, 2],
      noises: [0, 0.5],
      kept: Float64Array.from([1, 1, 1, 0.5, 0.6, 1]),
      grad: Float64Array.from([-30, 0, -80, -25, -1, -78]),
      filled: 2,
      steps: 100,
      trajectories: 64,
      ms: 0,
      error: ''
    };
    expect(tradeoffCaption(grid)).toBe(
      'At T = 100: where the bit survives in at least 95% of trajectories (1 noisy cell), |∂a_T/∂a₁| is at most ' +
        '1.0e-78; wherever |∂a_T/∂a₁| ≥ 10⁻², at most 60% keep the bit. Robust memory or a gradient that reaches ' +
        'back: not both.'
    );
    const partial = { ...grid, kept: Float64Array.from([1, 1, 1, nan, nan, nan]), filled: 1 };
    expect(tradeoffCaption(partial)).toMatch(/^At T = 100 \(1 of 2 noise levels so far\): no noisy cell/);
  });

  it('says what the inputs really were: no pulse, a pulse as long as T, no noise with w < 1', () => {
    const at = (over: Partial<typeof spec>) => {
      const s = { ...spec, ...over };
      return { s, run: latchRun(s), points: latchFixedPoints(s.w) };
    };
    const silent = at({ pulse: 0 });
    expect(keptCaption(silent.run, silent.s)).toBe(
      "The pulse is 0: no bit is written, and the sign at step 100 is the noise's."
    );
    const long = at({ length: 50, steps: 10 });
    expect(keptCaption(long.run, long.s)).toContain('the pulse lasts all 10 steps: no noise ever reaches the state');
    expect(gradientCaption(long.run, long.points, long.s)).not.toContain('noisy trajectories');
    const quiet = at({ w: 0.5, noise: 0 });
    expect(keptCaption(quiet.run, quiet.s)).toContain('Without noise even a decaying state keeps its sign');
    expect(fixedPointsCaption(quiet.points, 0.5)).toContain('only its sign can hold the bit');
  });

  it('no attractor claim where the trajectory is not in one; slopes near 1 are not rounded to 1', () => {
    const s = { ...spec, w: 3, pulse: 0, noise: 0, steps: 1000 };
    const text = gradientCaption(latchRun(s), latchFixedPoints(3), s);
    expect(text).not.toContain('attractor');
    expect(text).toContain('Near 0 every step multiplies by w = 3.00: the gradient grows');
    // f'(x) = 1 - 2(w - 1) to first order: 0.99980, not a rounded 1.000
    const nearOne = fixedPointsCaption(latchFixedPoints(1.0001), 1.0001);
    expect(nearOne).toMatch(/^w = 1.0001: three .*\|f′\| = 0.99980 < 1/);
  });

  it('the trade-off sentence only where the grid bears it out (T = 2: it has not set in)', () => {
    const grid: LatchGrid = {
      ws: [1, 2],
      noises: [0, 0.5],
      kept: Float64Array.from([1, 1, 1, 1]),
      grad: Float64Array.from([0, 0.1, -0.1, 0.1]),
      filled: 2,
      steps: 2,
      trajectories: 64,
      ms: 0,
      error: ''
    };
    expect(tradeoffCaption(grid)).toMatch(/At T = 2 the trade-off has not set in: try more steps\.$/);
    expect(tradeoffCaption(grid)).not.toContain('not both');
  });

  it('a hair above w = 1 (1.0000000000000002) is still told from 1: w, the attractors and both slopes', () => {
    const w = 1.0000000000000002; // the next double above 1
    const points = latchFixedPoints(w);
    expect(points).toHaveLength(3);
    const text = fixedPointsCaption(points, w);
    const [, wText, pm, attract, repel] = text.match(
      /^w = ([\d.]+): three fixed points\. ±(\S+) attract \(\|f′\| = ([\d.]+) < 1\).*repels \(\|f′\| = ([\d.]+)\)/
    )!;
    expect(+wText).toBe(w); // not "1" nor "1.00"
    expect(+pm).toBeGreaterThan(0); // not "0.00"
    expect(+attract).toBeLessThan(1); // not "1.0000 < 1"
    expect(+attract).toBe(+slopeText(points[2].slope)); // the engine's slope, printed in full
    expect(+repel).toBeGreaterThan(1);
  });

  const flat = (steps: number): LatchGrid => ({
    ws: [1, 2],
    noises: [0, 0.5],
    kept: Float64Array.from([0.5, 0.5, 0.5, 0.5]),
    grad: Float64Array.from([-1, -300, -1, -300]),
    filled: 2,
    steps,
    trajectories: 64,
    ms: 0,
    error: ''
  });

  it('without a pulse the grid caption blames the pulse, not the number of steps (T = 1000 is the most)', () => {
    const text = tradeoffCaption(flat(1000), { pulse: 0, length: 3 });
    expect(text).toContain('The pulse is 0: no bit is written');
    expect(text).not.toContain('try more steps');
    expect(tradeoffCaption(flat(1000), { pulse: 1, length: 3 })).toMatch(
      /Even at T = 1000, the most this view runs, the trade-off has not set in\.$/
    );
    expect(tradeoffCaption(flat(10), { pulse: 1, length: 10 })).toContain(
      'The pulse lasts all 10 steps: no noise reaches the state'
    );
    expect(tradeoffCaption(flat(10), { pulse: 1, length: 3 })).toMatch(/try more steps\.$/);
  });
});
