import { describe, expect, it } from 'vitest';
import { lineCurves } from '../../src/lib/figures/figure-data';
import { focusRange } from '../../src/lib/lecture/axis-focus';
import { simulate } from '../../src/lib/sim/index';
import { DEFAULT_STATE, specFor } from '../../src/lib/model/lab-state';
import { TOUR } from '../../src/lib/tour/tour';

describe('a tour step fits the line chart to what it is about', () => {
  it("step 8 (forget bias 5, 500 steps): the axis spans the LSTM's fading, not the RNN's 10⁻¹⁰⁰", () => {
    const step = TOUR[7];
    expect(step.title).toMatch(/Forget bias 5/);
    const state = { ...DEFAULT_STATE, ...step.state };
    const results = ['rnn', 'lstm'].map((a) => simulate(specFor(state, a as 'rnn' | 'lstm')));
    const curves = lineCurves(results, state);
    const range = focusRange(curves, step.lineAxis);
    expect(range).not.toBeNull();
    const [lo, hi] = range!;
    // every LSTM curve inside, with room
    for (const id of ['lstm-c', 'lstm-path', 'lstm-theory']) {
      const c = curves.find((x) => x.id === id)!;
      const finite = Array.from(c.values).filter(Number.isFinite);
      expect(Math.min(...finite)).toBeGreaterThan(lo);
      expect(Math.max(...finite)).toBeLessThan(hi);
    }
    // the LSTM's fade fills a good part of the axis: the theory's 500 steps of σ(5) (-1.46
    // decades) span over a fifth of it, where the RNN's range would leave it under 2%
    const theory = curves.find((x) => x.id === 'lstm-theory')!.values;
    expect((theory[0] - theory[500]) / (hi - lo)).toBeGreaterThan(0.2);
    const rnn = curves.find((x) => x.id === 'rnn-h')!.values;
    expect(rnn[500]).toBeLessThan(lo); // the RNN runs off the bottom
    expect(lo).toBeGreaterThan(-15);
  });
  it('steps without a focus, or curves not on screen, keep the default axis', () => {
    expect(focusRange([], ['lstm-c'])).toBeNull();
    expect(focusRange([{ id: 'rnn-h', values: Float64Array.from([0, -3]) } as never], undefined)).toBeNull();
    expect(TOUR.filter((s) => s.lineAxis).length).toBe(1);
  });
});
