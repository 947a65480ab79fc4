// The shares of dL/dW by steps back, held to closed forms (a geometric series of terms) and to
// plain double arithmetic where the terms are in range; and kept exact far beyond it.
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { sharesCsv } from '../../src/lib/export/data-export';
import {
  captionSteps,
  farShareText,
  recentShareText,
  resultShares,
  sharesCaption,
  weightShares
} from '../../src/lib/figures/weight-shares';
import { simulate } from '../../src/lib/sim/index';
import { percentText } from '../../src/lib/figures/format';

/** log10 terms by step t = 1..T (index t - 1) that shrink by r a step back: term_k = r^k. */
const geometric = (r: number, T: number) => Float64Array.from({ length: T }, (_, i) => (T - 1 - i) * Math.log10(r));

describe('shares of dL/dW by steps back', () => {
  it('a geometric series: step k has (1 - r) r^k / (1 - r^T), the steps beyond k the rest', () => {
    const r = 0.8;
    const T = 60;
    const s = weightShares('rnn', geometric(r, T));
    for (const k of [0, 1, 7, 30, 59]) {
      expect(s.share[k]).toBeCloseTo(Math.log10(((1 - r) * r ** k) / (1 - r ** T)), 12);
      if (k < T - 1) expect(s.beyond[k]).toBeCloseTo(Math.log10((r ** (k + 1) - r ** T) / (1 - r ** T)), 11);
    }
    expect(s.beyond[T - 1]).toBe(-Infinity);
    expect(s.share.reduce((sum, l) => sum + 10 ** l, 0)).toBeCloseTo(1, 14);
  });

  it('the caption quotes the closed form: the last 10 of r = 0.5 carry 1 - 2^-10, before the last 50 2^-50', () => {
    const s = weightShares('rnn', geometric(0.5, 100));
    expect(recentShareText(s, 10)).toBe(`${(100 * (1 - 2 ** -10)).toFixed(2)}%`); // 99.90%
    expect(farShareText(s, 50)).toBe('8.9e-16'); // 2^-50 (1 - 2^-50) / (1 - 2^-100)
    expect(sharesCaption([s], 100)).toBe(
      "The last 10 steps carry 99.90% of the RNN's ∂L/∂W; the steps before the last 50, 8.9e-16. For the RNN the " +
        'far terms are too small to steer W: learning follows the recent past.'
    );
    // a growing gradient (r = 1.1 a step back) weighs the far past most: the caption says so
    const grown = weightShares('rnn', geometric(1.1, 100));
    expect(sharesCaption([grown], 100)).toBe(
      `The last 10 steps carry ${percentText((1.1 ** 10 - 1) / (1.1 ** 100 - 1))} of the RNN's ∂L/∂W; the steps ` +
        `before the last 50, ${percentText((1.1 ** 100 - 1.1 ** 50) / (1.1 ** 100 - 1))}. The RNN's far steps still ` +
        'carry a real share: the gradient reaches them.'
    );
    expect(percentText((1.1 ** 10 - 1) / (1.1 ** 100 - 1))).toBe('0.012%');
  });

  it('terms 10^2000 apart, and exact zeros, stay exact in log space', () => {
    const s = weightShares('lstm', Float64Array.from([-Infinity, -4000, -2000, 0]));
    expect(Array.from(s.share)).toEqual([0, -2000, -4000, -Infinity]);
    expect(s.beyond[0]).toBeCloseTo(-2000, 12);
    expect(s.beyond[1]).toBe(-4000);
    expect(recentShareText(s, 1)).toBe('all but 10⁻²⁰⁰⁰');
    expect(farShareText(s, 3)).toBe('nothing');
  });

  it('no term at all (one step from h_0 = 0): the caption says why, nothing is NaN', () => {
    const r = simulate({ arch: 'rnn', steps: 1, paramGrads: 'byStep' });
    const shares = resultShares([r]);
    expect(shares[0].totalLog10).toBe(-Infinity);
    expect(sharesCaption(shares, 1)).toMatch(/exactly zero/);
    expect(csvParse(sharesCsv(shares))[0].rnn_recent).toBe('');
  });

  it('percentages never round a share to a misleading 100% or drop a zero from 10%', () => {
    expect([0.1, 0.2, 0.5, 0.996, 0.99999, 0.0078, 0.001, 0.123].map(percentText)).toEqual([
      '10%',
      '20%',
      '50%',
      '99.6%',
      '>99.9%',
      '0.78%',
      '0.1%',
      '12.3%'
    ]);
  });

  it('the caption steps scale down for short sequences', () => {
    expect(captionSteps(100)).toEqual({ recent: 10, far: 50 });
    expect(captionSteps(5000)).toEqual({ recent: 10, far: 50 });
    expect(captionSteps(20)).toEqual({ recent: 2, far: 10 });
    expect(captionSteps(2)).toEqual({ recent: 1, far: 1 });
  });

  it('from the engine at T = 1000 (tanh RNN, radius 0.5): the far past carries below 10^-12; the CSV agrees', () => {
    const spec = { arch: 'rnn', hidden: 32, steps: 1000, recurrent: { init: 'orthogonal', radius: 0.5 } } as const;
    const [s] = resultShares([simulate({ ...spec, paramGrads: 'byStep' })]);
    expect(s.beyond[49]).toBeLessThan(-12);
    const rows = csvParse(sharesCsv([s]));
    expect(rows).toHaveLength(1000);
    expect(rows.columns).toEqual(['k', 'rnn_share_log10', 'rnn_beyond_log10', 'rnn_recent']);
    expect(Number(rows[9].rnn_recent)).toBeCloseTo(1 - 10 ** s.beyond[9], 15);
    expect(Number(rows[3].rnn_share_log10)).toBe(s.share[3]);
  });
});

describe('the recent share when the far past carries nearly all of dL/dW', () => {
  const shares = (rest: number) => ({ share: new Float64Array(20), beyond: new Float64Array(20).fill(rest) });
  it.each([
    [1e-14, 'almost nothing (under 1e-12)'], // rounding put the rest just above 1
    [-6e-14, 'almost nothing (under 1e-12)'],
    [-1e-7, 'only 2.3e-7'],
    [Math.log10(0.5), '50%']
  ])('rest 10^%d reads %s, never a negative percentage', (rest, text) => {
    expect(recentShareText(shares(rest) as unknown as Parameters<typeof recentShareText>[0], 10)).toBe(text);
  });
});
