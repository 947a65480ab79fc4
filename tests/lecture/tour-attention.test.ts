// The tour's two attention steps: their numbers read from the results on screen, checked here
// against the engine's arrays and plain arithmetic, at the step's own settings.
import { describe, expect, it } from 'vitest';
import { percentText } from '../../src/lib/figures/format';
import { attentionCaption, attentionReading, weightsSpread } from '../../src/lib/figures/reach-attention';
import { lineCurves } from '../../src/lib/figures/figure-data';
import { ratioFromLog10 } from '../../src/lib/figures/format';
import { DEFAULT_STATE, specFor, type LabState } from '../../src/lib/model/lab-state';
import { simulate } from '../../src/lib/sim/index';
import { TOUR, type TourContext } from '../../src/lib/tour/tour';

const at = (title: string) => TOUR.findIndex((s) => s.title === title);
const SEES = at('Attention sees every step directly');
const CATCH = at("Attention's catch: cost and width");

function context(i: number, withResults: boolean): TourContext {
  const state: LabState = { ...DEFAULT_STATE, ...TOUR[i].state };
  const results = withResults ? state.compare.map((a) => simulate(specFor(state, a))) : [];
  return {
    state,
    curves: lineCurves(results, state),
    results,
    shares: [],
    latch: null,
    latchGrid: null,
    training: []
  };
}

describe('the attention steps of the tour', () => {
  it('follow the training step, comparing the RNN, the LSTM and attention at T = 500', () => {
    const trainAt = TOUR.findIndex((s) => s.train);
    expect([SEES, CATCH]).toEqual([trainAt + 1, trainAt + 2]);
    for (const i of [SEES, CATCH]) expect(TOUR[i].state).toMatchObject({ compare: ['rnn', 'lstm', 'attention'] });
  });

  it("the catch's cost and memory: T²/2 products, n numbers for an RNN, 2n for an LSTM, 2nT for attention", () => {
    const c = context(CATCH, false);
    const { steps: T, hidden: n } = c.state;
    const text = TOUR[CATCH].caption(c);
    expect(text).toContain(`T² / 2 = ${(T * T) / 2} query-key products where a recurrence makes ${T} steps`);
    expect(text).toContain(`an RNN keeps ${n} numbers (an LSTM ${2 * n}: h and c)`);
    expect(text).toContain(`2nT = ${2 * n * T} numbers`);
  });

  it('reads the engine: far ends, e₁ and the weights', () => {
    const c = context(SEES, true);
    const [rnn, lstm, attention] = c.results;
    const T = c.state.steps;
    const text = TOUR[SEES].caption(c);
    expect(text).toContain(`the RNN's gradient is ${ratioFromLog10(rnn.hGradLog10[0] - rnn.hGradLog10[T])}`);
    expect(text).toContain(`the LSTM cell's ${ratioFromLog10(lstm.cGradLog10![0] - lstm.cGradLog10![T])}`);
    const e = attention.hGradLog10;
    expect(text).toContain(`its gradient to the first position is ${ratioFromLog10(e[1] - e[T])}.`);
    // the same verdict on the same weights as the reach view's caption (reach-attention.ts)
    const reading = attentionReading(attention.attention!)!;
    const near = `${percentText(reading.nearUniform)} of the weights lie within a factor 2 of 1/T`;
    expect(text).toContain(near);
    expect(text).toContain(weightsSpread(reading) ? 'softmax spreads the weight' : 'These weights are focused');
    expect(attentionCaption(attention.attention!)).toContain(weightsSpread(reading) ? 'dilution in width' : 'focused');
  });
});
