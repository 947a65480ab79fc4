// The RNN's caption beside the dashed rho^k (the linear RNN's closed form) and the slide's
// summary, at the defaults and at the extremes of every control they read; numbers checked
// against separate simulate() runs and exact integer powers.
import { describe, expect, it } from 'vitest';
import { phiName, rnnReading, summaryCaption } from '../../src/lib/figures/captions';
import { lineCurves } from '../../src/lib/figures/figure-data';
import { ratioFromLog10, typesetRatio } from '../../src/lib/figures/format';
import { simulate } from '../../src/lib/sim/index';
import { DEFAULT_STATE, specFor, type LabState } from '../../src/lib/model/lab-state';
import { theoryFor, type Shown } from '../../src/lib/figures/shown';

/** What the store would show for these settings (RNN vs LSTM), without the per-unit panels. */
function shownFor(change: Partial<LabState>): Shown {
  const lab: LabState = { ...DEFAULT_STATE, hidden: 16, ...change };
  const results = (['rnn', 'lstm'] as const).map((a) => simulate(specFor(lab, a, false)));
  return { lab, archs: ['rnn', 'lstm'], results, panels: [], curves: [], shares: [], theory: theoryFor(lab), run: 1 };
}

/** log10 of the RNN's gradient T steps back relative to the loss step, from its own run. */
function rnnKept(lab: Partial<LabState>): number {
  const full = { ...DEFAULT_STATE, hidden: 16, ...lab };
  const r = simulate(specFor(full, 'rnn', false));
  return r.hGradLog10[0] - r.hGradLog10[full.steps];
}

describe('the RNN beside the linear closed form', () => {
  it('at the defaults (tanh) names rho^k as the linear RNN’s and gives Pascanu et al.’s bound', () => {
    const shown = shownFor({});
    const { text, offerLinear } = rnnReading(shown)!;
    expect(text).toBe(
      "Dashed ρᵏ is the linear RNN's; with tanh, |φ′| ≤ γ = 1 only bounds this RNN by (γ‖W‖)ᵏ = 1.00ᵏ " +
        '(Pascanu et al. 2013).'
    );
    expect(rnnKept({})).toBeLessThan(-10); // the point: the tanh RNN vanishes while 1.00^k stays at 1
    expect(offerLinear).toBe(false); // a linear RNN at radius 1 does not explode either
    // the slide's caption (no markup of its own) says it too
    expect(summaryCaption(shown)).toContain(`RNN keeps ${typesetRatio(rnnKept({}))}`);
    expect(summaryCaption(shown)).toContain(
      "Dashed ρᵏ is the linear RNN's; with tanh, |φ′| ≤ γ = 1 makes (γ‖W‖)ᵏ only a bound (Pascanu et al. 2013)."
    );
  });

  it('the legend calls the overlay the linear RNN’s, except where the RNN is linear', () => {
    for (const activation of ['tanh', 'relu'] as const) {
      const s = shownFor({ activation });
      const label = lineCurves(s.results, s.lab).find((c) => c.id === 'rnn-theory')!.label;
      expect(label).toBe('linear RNN: ρᵏ = 1.00ᵏ');
    }
    const s = shownFor({ activation: 'linear', radius: 0.5 });
    expect(lineCurves(s.results, s.lab).find((c) => c.id === 'rnn-theory')!.label).toBe('theory: ρᵏ = 0.50ᵏ');
  });

  it('at radius 2 says why tanh bounds it, quotes 2^100 exactly and offers the linear RNN', () => {
    const { text, offerLinear } = rnnReading(shownFor({ radius: 2 }))!;
    const exact = Number((2n ** 100n).toString().slice(0, 3)) / 100; // 1.26765... -> 1.3 after rounding
    expect(text).toContain(`would grow by 2.00¹⁰⁰ = ${exact.toFixed(1)}e30`);
    expect(text).toContain(`this one keeps ${ratioFromLog10(rnnKept({ radius: 2 }))} after 100 steps: tanh saturates`);
    expect(Math.abs(rnnKept({ radius: 2 }))).toBeLessThan(2); // on screen: "RNN keeps 1"
    expect(offerLinear).toBe(true);
    // the slide, in fewer words
    expect(summaryCaption(shownFor({ radius: 2 }))).toContain(
      `Dashed ρᵏ is the linear RNN's, ${exact.toFixed(1)}\u00a0×\u00a010³⁰ here; with tanh, |φ′| ≤ γ = 1 makes`
    );
  });

  it('a linear RNN is its own theory, and nothing is offered', () => {
    const r = rnnReading(shownFor({ activation: 'linear', radius: 2 }))!;
    expect(r).toEqual({
      text: 'Linear RNN theory: ρᵀ = 2.00¹⁰⁰ = 1.3e30: a matrix power, vanishing or exploding.',
      brief: '',
      offerLinear: false
    });
    expect(summaryCaption(shownFor({ activation: 'linear' }))).not.toContain('Dashed');
  });

  it('at radius 0.5 there is no explosion to show', () => {
    const r = rnnReading(shownFor({ radius: 0.5 }))!;
    expect(r.offerLinear).toBe(false);
    expect(r.text).not.toContain('would grow');
    expect(r.text).toContain('only bounds this RNN by (γ‖W‖)ᵏ = 0.50ᵏ');
  });

  it.each(['sin(x)', 'x/(1+abs(x))'])('a custom φ(x) = %s is named, with its γ = 1', (formula) => {
    const shown = shownFor({ activation: 'custom', formula, radius: 2 });
    expect(phiName('custom', formula)).toBe(`φ(x) = ${formula}`);
    const { text } = rnnReading(shown)!;
    expect(text).toContain(`with φ(x) = ${formula}, |φ′| ≤ γ = 1 only bounds this RNN`);
    expect(text).toContain('φ saturates'); // not "tanh"
    expect(text).not.toContain('tanh');
  });

  it('relu: a slope of 0, not saturation, is what takes the radius back', () => {
    const { text, offerLinear } = rnnReading(shownFor({ activation: 'relu', radius: 2 }))!;
    expect(offerLinear).toBe(true); // it grows (5.9e23 at seed 1), but less than the linear 1.3e30
    expect(text).toContain('relu passes nothing back where its input is negative (φ′ = 0)');
    expect(text).not.toContain('saturates');
  });

  it('an unbounded φ′ has no γ to print, and no bound', () => {
    const shown = shownFor({ radius: 2 });
    for (const [gamma, word] of [
      [Infinity, 'unbounded'],
      [NaN, 'not finite']
    ] as const) {
      const { text } = rnnReading({ ...shown, theory: { ...shown.theory, gamma } })!;
      expect(text).toContain(`φ′ is ${word}, and not even (γ‖W‖)ᵏ bounds this RNN`);
      expect(text).not.toMatch(/γ = |0\.000|NaN|Infinity/);
      expect(summaryCaption({ ...shown, theory: { ...shown.theory, gamma } })).toContain(`φ′ is ${word}: no`);
    }
  });

  it.each([1, 5, 5000])('T = %i: "step" agrees with the number, and every number is a number', (steps) => {
    const shown = shownFor({ steps, hidden: 4, forgetBias: 8, radius: 2 });
    const text = `${rnnReading(shown)!.text} ${summaryCaption(shown)}`;
    const kept = ratioFromLog10(rnnKept({ steps, hidden: 4, forgetBias: 8, radius: 2 }));
    const keptTypeset = typesetRatio(rnnKept({ steps, hidden: 4, forgetBias: 8, radius: 2 }));
    expect(text).toContain(`After ${steps === 1 ? '1 step' : `${steps} steps`} back: RNN keeps ${keptTypeset};`);
    if (steps > 1) expect(text).toContain(`this one keeps ${kept} after ${steps} steps:`);
    expect(text).not.toMatch(/1 steps|NaN|unknown|Infinity/);
  });

  it('forget bias -4 and 8: the highway and the RNN read within the same caption', () => {
    for (const forgetBias of [-4, 8]) {
      const text = summaryCaption(shownFor({ forgetBias }));
      expect(text).toMatch(/^After 100 steps back: RNN keeps .+; LSTM cell .+ The LSTM highway alone keeps /);
    }
  });
});
