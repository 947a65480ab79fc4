// The RNN's caption beside the dashed rho^k (the linear RNN's closed form) and the slide's
// summary, at the defaults and at the extremes of every control they read; numbers checked
// against separate simulate() runs and exact integer powers.
import { describe, expect, it } from 'vitest';
import { lstmReading, mechanismCaption, phiName, rnnReading, summaryCaption } from '../../src/lib/figures/captions';
import { PRESETS } from '../../src/lib/model/eigen-presets';
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
      expect(text).toMatch(/^After 100 steps back: RNN keeps .+; LSTM cell .+ The LSTM highway Πf alone keeps /);
    }
  });
});

describe('the LSTM’s two named quantities: the highway Πf and the full cell gradient (issue 19)', () => {
  /** What the LSTM's full cell gradient and its highway keep after T steps, from its own run. */
  function lstmKept(change: Partial<LabState>): { cell: number; highway: number } {
    const lab = { ...DEFAULT_STATE, hidden: 16, ...change };
    const r = simulate(specFor(lab, 'lstm', false));
    return {
      cell: r.cGradLog10![0] - r.cGradLog10![lab.steps],
      highway: r.cellPathLog10![0] - r.cellPathLog10![lab.steps]
    };
  }
  const nonNormal = (): Partial<LabState> => {
    const preset = PRESETS.find((p) => p.id === 'non-normal')!;
    return { init: 'eigenvalues', eigenvalues: preset.make(32), condition: preset.condition!, hidden: 32 };
  };

  it.each([
    ['b = 8, T = 100', { forgetBias: 8, hidden: 32 }],
    ['b = 8, T = 500', { forgetBias: 8, steps: 500, hidden: 32 }],
    ['b = 4.5, T = 500', { forgetBias: 4.5, steps: 500, hidden: 32 }],
    ['the non-normal preset', nonNormal()]
  ] as const)('%s: the cell grows while the highway fades, and the caption says so and why', (_, change) => {
    const { cell, highway } = lstmKept(change);
    expect(cell).toBeGreaterThan(0); // the numbers the caption sits beside
    expect(highway).toBeLessThan(0);
    const reading = lstmReading(shownFor(change))!;
    expect(reading.relation).toBe('above');
    expect(reading.text).toContain(`LSTM highway Πf alone keeps ${ratioFromLog10(highway)}`);
    expect(reading.text).toContain('dilution, not a matrix power');
    expect(reading.cell).toBe(
      `Full cell: grows to ${ratioFromLog10(cell)} via h and W${cell >= 1 ? ', the matrix part exploding' : ''}.`
    );
    expect(summaryCaption(shownFor(change))).toContain("the cell's growth comes through h and W.");
  });

  it('the issue’s numbers: 2.7 and 83 at b = 8, 1.9e20 in the non-normal preset', () => {
    expect(ratioFromLog10(lstmKept({ forgetBias: 8, hidden: 32 }).cell)).toBe('2.7');
    expect(ratioFromLog10(lstmKept({ forgetBias: 8, steps: 500, hidden: 32 }).cell)).toBe('83');
    expect(ratioFromLog10(lstmKept(nonNormal()).cell)).toBe('1.9e20');
    expect(lstmKept(nonNormal()).highway).toBeLessThan(-10);
  });

  it('defaults: both shrink; the cell keeps more than the highway, and the caption calls neither growth', () => {
    const { cell, highway } = lstmKept({ hidden: 32 });
    expect(cell).toBeLessThan(0);
    expect(cell - highway).toBeGreaterThan(1);
    const reading = lstmReading(shownFor({ hidden: 32 }))!;
    expect(reading.cell).toBe(`Full cell: ${ratioFromLog10(cell)}, more, via h and W.`);
    expect(reading.text).not.toMatch(/grow|explod/);
  });

  it('forget bias -4: the highway and the cell both vanish; the words never say grows', () => {
    const { cell, highway } = lstmKept({ forgetBias: -4 });
    expect(cell).toBeLessThan(-10);
    expect(highway).toBeLessThan(-10);
    const reading = lstmReading(shownFor({ forgetBias: -4 }))!;
    expect(reading.text).not.toMatch(/grows|explodes/);
  });

  it('names the mechanism per model: vanishing or exploding through W, dilution along the gates', () => {
    expect(mechanismCaption(['rnn', 'lstm'])).toBe(
      'RNN: vanishing or exploding (through W); LSTM cell: dilution along Πf, plus paths through h.'
    );
    expect(mechanismCaption(['gru'])).toBe('GRU: dilution along Πz, plus paths through W.');
    expect(mechanismCaption(['attention', 'window'])).toBe('');
  });
});
