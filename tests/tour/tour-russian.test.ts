// The tour in Russian: every title and caption template translated, the numbers written the
// Russian way (decimal comma, thin-space thousands) and counted with the right word forms, and
// the language read when a step is shown, not when the module loads.
import { afterEach, describe, expect, it } from 'vitest';
import { lineCurves } from '../../src/lib/figures/figure-data';
import { resultShares } from '../../src/lib/figures/weight-shares';
import { foreignWords, setLocale, THIN_SPACE } from '../../src/lib/i18n/index';
import { DEFAULT_STATE, specFor, type LabState } from '../../src/lib/model/lab-state';
import type { TrainingRun } from '../../src/lib/model/training-run';
import { simulate } from '../../src/lib/sim/index';
import { latchShown } from '../../src/lib/state/latch-view.svelte';
import { TOUR, type TourContext } from '../../src/lib/tour/tour';

afterEach(() => setLocale('en'));

/** Step i at its own settings, with the engine's results, curves and shares (or none). */
function context(i: number, computed = true): TourContext {
  const state: LabState = { ...DEFAULT_STATE, ...TOUR[i].state };
  const engine = computed && state.view !== 'latch' && state.view !== 'training';
  const results = engine ? state.compare.map((a) => simulate(specFor(state, a))) : [];
  return {
    state,
    curves: lineCurves(results, state),
    results,
    shares: resultShares(results),
    latch: computed && state.view === 'latch' ? latchShown(state) : null,
    latchGrid: null,
    training: []
  };
}

const entry = (iteration: number, evalLoss: number, evalAccuracy: number) => ({ iteration, evalLoss, evalAccuracy });
/** An RNN and an LSTM on the adding problem at T = 20, as the training step starts them. */
function runs(status: 'running' | 'done', lstmAccuracy: number, clip = 1, optimizer = 'adam'): TrainingRun[] {
  const spec = { task: 'adding', steps: 20, hidden: 16, optimizer, clip, iterations: 1500 };
  return (['rnn', 'lstm'] as const).map((arch) => ({
    arch,
    spec: { ...spec, arch },
    status,
    history: [entry(100, 0.2, 0.1), entry(1500, 0.16, arch === 'lstm' ? lstmAccuracy : 0.1)]
  })) as unknown as TrainingRun[];
}

const step = (title: string) => {
  const i = TOUR.findIndex((s) => s.title === title);
  expect(i).toBeGreaterThanOrEqual(0);
  return i;
};

describe('the tour in Russian', () => {
  it('reads the language when shown: every title switches with it, none is read at module load', () => {
    const english = TOUR.map((s) => s.title);
    setLocale('ru');
    const russian = TOUR.map((s) => s.title);
    for (const [i, title] of russian.entries()) {
      expect(title).not.toBe(english[i]);
      expect(foreignWords(title)).toEqual([]);
    }
    setLocale('en');
    expect(TOUR.map((s) => s.title)).toEqual(english);
  });

  it('forget bias 1: σ(1) with a decimal comma, the steps counted in Russian', () => {
    const i = step('Forget bias 1, the usual initialisation');
    const c = context(i);
    setLocale('ru');
    const text = TOUR[i].caption(c);
    expect(text).toContain('σ(1) = 0,73: магистраль опускается ниже 10⁻³ через 23 шага (пунктир — теория;');
    expect(text).toContain('чей градиент через 100 шагов равен');
    expect(foreignWords(text)).toEqual([]);
  });

  it("attention's catch: thousands with a thin space, numbers and their nouns agreeing", () => {
    const i = step("Attention's catch: cost and width");
    const c = context(i);
    setLocale('ru');
    const text = TOUR[i].caption(c);
    expect(text).toContain(`T² / 2 = 125${THIN_SPACE}000 произведений запроса на ключ`);
    expect(text).toContain('рекуррентная сеть делает 500 шагов. Чтобы выдать следующий токен, RNN хранит 32 числа');
    expect(text).toContain(`2·n·T = 32${THIN_SPACE}000 чисел`);
    expect(text).toMatch(/1\/T = 0,00\d+/);
    expect(foreignWords(text)).toEqual([]);
  });

  it('the latch: w and |f′| with a decimal comma; away from the latch view, a pointer to it', () => {
    const i = step('Robust memory forces vanishing gradients: the latch');
    const c = context(i);
    setLocale('ru');
    const text = TOUR[i].caption(c);
    expect(text).toMatch(/^Один нейрон, aₜ = w·tanh\(aₜ₋₁\) \+ hₜ, w = 2,00: два аттрактора с \|f′\| = 0,\d{3} < 1\./);
    expect(text).toMatch(/\d+ из \d+ зашумлённых траекторий сохраняют свой бит до шага 100/);
    expect(TOUR[i].caption(context(i, false))).toBe('Откройте вкладку защёлки, чтобы увидеть этот шаг.');
  });

  it('training: the task, its optimiser by name, and the iterations in Russian', () => {
    const i = TOUR.findIndex((s) => s.train);
    const c = context(i);
    setLocale('ru');
    expect(TOUR[i].caption(c)).toMatch(/^Запустите обучение/);
    const progress = TOUR[i].caption({ ...c, training: runs('running', 0.5) });
    expect(progress).toContain('на задаче сложения при T = 20 (16 нейронов, Adam, обрезка градиента до 1)');
    expect(progress).toContain('RNN на итерации 1500, LSTM на 1500 из 1500.');
    const done = TOUR[i].caption({ ...c, training: runs('done', 0.5, 0.5, 'sgd') });
    expect(done).toMatch(
      /^После 1500 итераций на задаче сложения при T = 20 \(16 нейронов, SGD, обрезка градиента до 0,5\)/
    );
    expect(done).toMatch(/LSTM достигла точности 50\s?%, но задачу не решила/);
    for (const text of [progress, done]) expect(foreignWords(text)).toEqual([]);
  });

  it('every step, computed or not yet, has no English word left', () => {
    const contexts = TOUR.map((_, i) => [context(i), context(i, false)]);
    setLocale('ru');
    const texts = TOUR.flatMap((s, i) => contexts[i].map((c) => s.caption(c)));
    expect(texts.filter((text) => foreignWords(text).length > 0)).toEqual([]);
  });
});
