// Attention's weights (by steps back, with the uniform 1/T level) and the cost figure's pure parts:
// the log-log fit, exact on synthetic power laws, and the memory one generated token needs.
import { describe, expect, it } from 'vitest';
import { attentionCaption, attentionCurves, attentionReading } from '../../src/lib/figures/reach-attention';
import { costCaption, FIT_FROM, fitLogLog, fitPoints, fitSeries, memoryFloats } from '../../src/lib/figures/reach-cost';
import { modelLabel } from '../../src/lib/figures/reach-curves';

describe('attention weights', () => {
  it('one curve per head by steps back, and the uniform level log10(1/T)', () => {
    const T = 4;
    const a = [Float64Array.from([0.1, 0.2, 0.3, 0.4]), Float64Array.from([0.25, 0.25, 0.25, 0.25])];
    const curves = attentionCurves(a);
    expect(curves.map((c) => c.id)).toEqual(['head-1', 'head-2', 'uniform-theory']);
    expect(curves[0].values[0]).toBeCloseTo(Math.log10(0.4), 15); // k = 0 is s = T
    expect(curves[0].values[3]).toBeCloseTo(Math.log10(0.1), 15);
    expect([...curves[2].values]).toEqual(Array(T).fill(-Math.log10(T)));
    expect(curves[2].label).toBe('uniform: 1/T = 0.25');
    const narrow = attentionCurves([new Float64Array(5000).fill(2e-4)])[1].label;
    expect(narrow).toBe('uniform: 1/T = 2.0e\u20114'); // one line
  });

  it('reads the largest and smallest weight and the share within a factor 2 of 1/T', () => {
    const T = 100;
    const alpha = new Float64Array(T).fill(0.5 / (T - 1));
    alpha[T - 3] = 0.5; // k = 2
    const r = attentionReading([alpha])!;
    expect(r.max).toEqual({ value: 0.5, head: 1, k: 2 });
    expect(r.min.value).toBeCloseTo(0.5 / 99, 15);
    expect(r.nearUniform).toBeCloseTo(99 / 100, 15); // 0.5/99 * 100 = 0.505, within a factor 2
    expect(attentionCaption([alpha])).toContain('99% of the weights lie within a factor 2 of 1/T');
    expect(attentionCaption([alpha])).toContain('dilution in width');
    // focused: one weight takes almost everything
    const sharp = new Float64Array(T).fill(1e-6 / (T - 1));
    sharp[T - 1] = 1 - 1e-6;
    expect(attentionCaption([sharp])).toContain('these weights are focused: the largest is 100 times 1/T');
  });

  it('exactly uniform weights: every weight is 1/T', () => {
    const T = 250;
    const caption = attentionCaption([new Float64Array(T).fill(1 / T), new Float64Array(T).fill(1 / T)]);
    expect(caption).toContain('over T = 250 inputs (2 heads)');
    expect(caption).toContain('uniform is 1/T = 0.004');
    expect(caption).toContain('100% of the weights');
  });
});

describe('cost: the log-log fit', () => {
  it('is exact on a power law: ms = c T^p gives slope p and intercept log10 c', () => {
    for (const [c, p] of [
      [0.003, 1],
      [2e-5, 2],
      [0.7, 1.5]
    ]) {
      const points = [16, 32, 64, 128, 256, 512, 1024].map((T) => ({ T, ms: c * T ** p }));
      const f = fitLogLog(points)!;
      expect(f.slope).toBeCloseTo(p, 12);
      expect(f.intercept).toBeCloseTo(Math.log10(c), 12);
      expect([f.from, f.to]).toEqual([16, 1024]);
    }
  });

  it('fits the large lengths: a fixed overhead at small T does not flatten the slope', () => {
    const points = [16, 32, 64, 128, 256, 512, 1024].map((T) => ({ T, ms: T < FIT_FROM ? 5 : 1e-4 * T ** 2 }));
    expect(fitPoints(points).map((p) => p.T)).toEqual([128, 256, 512, 1024]);
    expect(fitSeries({ arch: 'attention', points })!.slope).toBeCloseTo(2, 12);
    // too few large lengths: the last three
    expect(fitPoints(points.slice(0, 4)).map((p) => p.T)).toEqual([32, 64, 128]);
  });

  it('needs two distinct lengths; ignores non-positive times', () => {
    expect(fitLogLog([{ T: 64, ms: 1 }])).toBeNull();
    expect(
      fitLogLog([
        { T: 64, ms: 1 },
        { T: 64, ms: 2 }
      ])
    ).toBeNull();
    expect(
      fitLogLog([
        { T: 64, ms: 0 },
        { T: 128, ms: 2 }
      ])
    ).toBeNull();
  });
});

describe('cost: memory one generated token needs', () => {
  const sizes = { n: 32, m: 4, N: 16 };
  it('a fixed state for a recurrence, a cache of 2nT for attention, N m inputs for the window', () => {
    expect(memoryFloats('rnn', 1000, sizes)).toBe(32);
    expect(memoryFloats('gru', 1000, sizes)).toBe(32);
    expect(memoryFloats('residual', 1000, sizes)).toBe(32);
    expect(memoryFloats('lstm', 1000, sizes)).toBe(64);
    expect(memoryFloats('attention', 1000, sizes)).toBe(64000);
    expect(memoryFloats('attention', 2000, sizes)).toBe(2 * memoryFloats('attention', 1000, sizes));
    expect(memoryFloats('window', 1000, sizes)).toBe(64);
    expect(memoryFloats('window', 5, sizes)).toBe(20); // fewer than N inputs so far
  });

  it('the caption prints the fitted slopes and the memory at T', () => {
    const rnn = [128, 256, 512, 1024].map((T) => ({ T, ms: 0.01 * T }));
    const attention = [128, 256, 512].map((T) => ({ T, ms: 1e-4 * T * T }));
    const text = costCaption(
      [
        { arch: 'rnn', points: rnn },
        { arch: 'attention', points: attention }
      ],
      100,
      sizes
    );
    expect(text).toBe(
      `Fitted log–log slopes: RNN 1.00 (T = 128 to 1024) and ${modelLabel('attention')} 2.00 (T = 128 to 512). ` +
        "A recurrence's work grows like T¹, a full causal attention layer's like T²; fixed costs (weights, inputs, " +
        'set-up) flatten a slope measured at short T. Floats kept to generate one more ' +
        `token after T = 100: RNN 32 and ${modelLabel('attention')} 6,400 (attention’s cache grows with every token).`
    );
    expect(costCaption([{ arch: 'lstm', points: [] }], 100, sizes)).toBe(
      'Floats kept to generate one more token after T = 100: LSTM 64.'
    );
  });
});
