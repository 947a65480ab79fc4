// GRU closed forms: with no weights, h_t = (1 - z) tanh(b_n) + z h_{t-1} and the gradient
// back in time is the product of update gates z = sigmoid(b_z) alone.
import { all, create } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/lib/sim/index';

const big = create(all, { number: 'BigNumber', precision: 64 });

describe('GRU update path', () => {
  it.each([
    [0, 100],
    [3, 1000],
    [-3, 5000]
  ])('update bias %f over T = %i: (T - t) log10 sigmoid(b_z), and the full gradient is that path', (b, T) => {
    const zeros = (r: number, c: number) => Array.from({ length: r }, () => new Array(c).fill(0));
    const r = simulate({
      arch: 'gru',
      hidden: 3,
      inputSize: 1,
      steps: T,
      updateBias: b,
      recurrent: { init: 'explicit' },
      weights: { W: zeros(9, 3), U: zeros(9, 1), b: new Array(9).fill(0) }
    });
    const step = Number(big.evaluate(`log10(1 / (1 + exp(-(${b}))))`));
    for (let t = 0; t <= T; t++) {
      expect(Math.abs(r.updatePathLog10![t] - r.updatePathLog10![T] - (T - t) * step)).toBeLessThan(1e-9);
      expect(r.hGradLog10[t]).toBeCloseTo(r.updatePathLog10![t], 9);
    }
  });

  it('reports the spectrum of W_z, the block the eigenvalue controls act on', () => {
    const r = simulate({ arch: 'gru', hidden: 16, recurrent: { init: 'orthogonal', radius: 0.8 } });
    expect(r.spectrum!.matrix).toBe('W_z');
    expect(r.spectrum!.spectralRadius).toBeCloseTo(0.8, 12);
  });
});
