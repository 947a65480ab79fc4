// The gradient figures' captions in Russian (issue 20): computed from the same numbers as the
// English ones, with a decimal comma, typeset exponents and no English word left in them.
import { afterEach, describe, expect, it } from 'vitest';
import { foreignWords, setLocale } from '../../src/lib/i18n/index';
import { lstmReading, mechanismCaption, pathCaption, rnnReading, summaryCaption } from '../../src/lib/figures/captions';
import { biasCaption, radiusCaption } from '../../src/lib/figures/phase-caption';
import { heatmapPanels, lineCurves, relabelPanels } from '../../src/lib/figures/figure-data';
import { memoryCaption, memoryPanels } from '../../src/lib/figures/memory-figure';
import { resultShares, shareCurves, sharesCaption } from '../../src/lib/figures/weight-shares';
import {
  besideOne,
  gammaClause,
  listText,
  percentText,
  powerBaseText,
  ratioFromLog10,
  typesetExponents,
  typesetRatio
} from '../../src/lib/figures/format';
import { theoryFor, type Shown } from '../../src/lib/figures/shown';
import { simulate } from '../../src/lib/sim/index';
import { sweep } from '../../src/lib/sim/sweep';
import { parseSpec } from '../../src/lib/sim/spec';
import { DEFAULT_STATE, specFor, type LabState } from '../../src/lib/model/lab-state';
import { queryToState } from '../../src/lib/model/url-state';
import { phasePlan } from '../../src/lib/state/phase-maps.svelte';
import type { PhaseMap } from '../../src/lib/model/phase-map';

afterEach(() => setLocale('en'));

/** What the store would show for these settings, computed in the language set at the time. */
function shownFor(lab: LabState): Shown {
  const results = lab.compare.map((a) => simulate(specFor(lab, a, true)));
  const shares = resultShares(results);
  return {
    lab,
    archs: lab.compare,
    results,
    panels: heatmapPanels(results),
    curves: lineCurves(results, lab),
    shares,
    theory: theoryFor(lab),
    run: 1
  };
}

/** The page's bias diagram for these settings, swept in full. */
function biasMap(lab: LabState): PhaseMap {
  const map = phasePlan(lab, lab.compare, lab.radius).find((m) => m.param === 'forgetBias')!;
  const parsed = parseSpec(specFor(lab, 'lstm', false));
  if (!parsed.ok) throw parsed.error;
  const n = map.values.length;
  map.matrix = new Float64Array(n * map.cols).fill(NaN);
  sweep(parsed.spec, 'forgetBias', map.values).forEach((row, i) => map.matrix.set(row, (n - 1 - i) * map.cols));
  return map;
}

/** A Russian text: no English word, and no English decimal point between digits. */
function expectRussian(text: string): void {
  expect(foreignWords(text), text).toEqual([]);
  expect(text, text).not.toMatch(/\d\.\d/);
}

describe('the gradient figures in Russian', () => {
  it('the default line caption (RNN and LSTM) reads in Russian, with the numbers the English one has', () => {
    const lab = { ...DEFAULT_STATE, hidden: 16 };
    const en = shownFor(lab);
    const english = `${lstmReading(en)!.text} ${rnnReading(en)!.text}`;
    setLocale('ru');
    const shown = shownFor(lab);
    const lstm = lstmReading(shown)!;
    const rnn = rnnReading(shown)!;
    const caption = `${lstm.text} ${rnn.text}`;
    expectRussian(caption);
    expect(caption).toContain(
      `Магистраль Πf LSTM сама по себе сохраняет ${ratioFromLog10(lstm.highwayLog10)} за 100 шагов`
    );
    expect(caption).toContain('разбавление, а не степень матрицы');
    expect(rnn.text).toBe(
      'Пунктир ρᵏ — линейная RNN; с tanh |φ′| ≤ γ = 1 даёт лишь оценку (γ‖W‖)ᵏ = 1,00ᵏ (Pascanu и др., 2013).'
    );
    // the same numbers as in English, with a comma: 0.031 there is 0,031 here
    const numbers = (t: string) => t.match(/\d+(?:[.,]\d+)?(?:e-?\d+)?/g)!.map((n) => n.replace(',', '.'));
    expect(numbers(caption)).toEqual(expect.arrayContaining(numbers(english).filter((n) => n.includes('.'))));
    expect(caption).toMatch(/\d,\d/);
    // the slide's summary: exponents typeset, the decimal comma kept
    const summary = summaryCaption(shown);
    expectRussian(summary);
    expect(summary).toMatch(/^100 шагов назад: RNN сохраняет \d+,\d\u00a0×\u00a010⁻[⁰¹²³⁴⁵⁶⁷⁸⁹]+; ячейка LSTM /);
    expect(mechanismCaption(shown.archs)).toBe(
      'RNN: затухание или взрыв (через W); LSTM (ячейка): разбавление вдоль Πf плюс пути через h.'
    );
    // the legend, the heatmaps' titles and rows, and the weight-share caption and legend
    for (const c of [...shown.curves, ...shareCurves(shown.shares)]) expectRussian(c.label);
    for (const p of shown.panels) expectRussian(`${p.title} ${p.rowLabel}`);
    expect(shown.curves.find((c) => c.id === 'rnn-theory')!.label).toBe('линейная RNN: ρᵏ = 1,00ᵏ');
    const shares = sharesCaption(shown.shares, lab.steps);
    expectRussian(shares);
    expect(shares).toMatch(/^На последние 10 шагов приходится \d+,\d+\u00a0% ∂L\/∂W \(RNN\) и /);
  });

  it('the bias caption at ?compare=rnn,lstm&steps=500&forgetBias=4 reads in Russian', () => {
    const { state: lab, notices } = queryToState('?compare=rnn,lstm&steps=500&forgetBias=4');
    expect(notices).toEqual([]);
    const map = biasMap(lab);
    const english = biasCaption(map);
    expect(english).toContain('grown for b ≥ 4.50 (most: ');
    setLocale('ru');
    const caption = biasCaption(map);
    expectRussian(caption);
    expect(caption).toMatch(/^После 500 шагов полный градиент ячейки уменьшился при b ≤ -?\d+,\d\d \(/);
    expect(caption).toContain('и вырос при b ≥ 4,50 (до ');
    expect(caption).toContain(' при b = 4,75); между ними — в пределах 3× от 1.');
    expect(caption).toMatch(/ Магистраль Πf лишь разбавляет \(σ\(8,00\)ᵀ = \d,\d+\); рост идёт через h и W\.$/);
  });

  it('the radius caption, the memory figure and the new models read in Russian too', () => {
    setLocale('ru');
    const lab = { ...DEFAULT_STATE, hidden: 8, steps: 60 };
    const map = phasePlan(lab, ['rnn'], lab.radius)[0];
    const parsed = parseSpec(specFor(lab, 'rnn', false));
    if (!parsed.ok) throw parsed.error;
    const n = map.values.length;
    map.matrix = new Float64Array(n * map.cols).fill(NaN);
    sweep(parsed.spec, 'radius', map.values).forEach((row, i) => map.matrix.set(row, (n - 1 - i) * map.cols));
    const radius = radiusCaption(map, true);
    expectRussian(radius);
    expect(radius).toMatch(/^После 60 шагов градиент /);
    expect(radiusCaption(null)).toBe('Перебираем спектральный радиус…');

    const lstm = simulate(specFor({ ...lab, forgetBias: 8 }, 'lstm', true));
    const memory = memoryCaption(lstm);
    expectRussian(memory);
    expect(memory).toMatch(/^Нейрон \d+ сохраняет \d,\d+ от значения, записанного 60 шагов назад/);
    const panels = memoryPanels(lstm)!;
    expectRussian(`${panels.memory.title} ${panels.cell.title} ${panels.memory.rowLabel}`);

    const all = shownFor({ ...lab, compare: ['residual', 'attention', 'window'], window: 8 });
    const paths = pathCaption(all);
    expectRussian(paths.replace(/Residual|Attention|Window/g, '')); // the models' names are model/'s
    expect(paths).toContain('начиная с 8-го шага назад он ровно 0');
    expect(paths).toMatch(/Функция softmax распределяет вес: наибольший из 60 равен \d,\d+/);
  });

  it('panels built in English (the worker, or before the switch) are relabelled in Russian', () => {
    const lab = { ...DEFAULT_STATE, hidden: 4, steps: 10, compare: ['rnn', 'lstm', 'attention', 'window'] } as LabState;
    const english = shownFor(lab).panels;
    setLocale('ru');
    const relabelled = relabelPanels(english);
    expect(relabelled.map((p) => p.id)).toEqual(english.map((p) => p.id));
    expect(relabelled).toEqual(shownFor(lab).panels.map((p) => ({ ...p, matrix: expect.anything() })));
    expect(relabelled.find((p) => p.id === 'lstm-c')!.title).toBe('LSTM, полный |∂L/∂c| ячейки');
    expect(relabelled.find((p) => p.id === 'rnn-h')!.rowLabel).toBe('скрытый нейрон');
    expect(relabelled.find((p) => p.id === 'window-h')!.rowLabel).toBe('компонента входа');
    expect(relabelPanels([{ ...english[0], id: 'memory-kept' }])[0].title).toBe(english[0].title);
  });

  it('format.ts: the same digits with a decimal comma; words and lists in Russian', () => {
    setLocale('ru');
    expect(ratioFromLog10(Math.log10(0.731))).toBe('0,73');
    expect(ratioFromLog10(-19.5)).toBe('3,2e-20');
    expect(ratioFromLog10(-Infinity)).toBe('ровно 0');
    expect(typesetRatio(-20)).toBe('1,0\u00a0×\u00a010⁻²⁰');
    expect(typesetExponents('сохраняет 1,5e-20, а не 2e3.')).toBe(
      'сохраняет 1,5\u00a0×\u00a010⁻²⁰, а не 2\u00a0×\u00a010³.'
    );
    expect(percentText(0.996)).toBe('99,6\u00a0%');
    expect(percentText(0.9999)).toBe('>99,9\u00a0%');
    expect(besideOne(0.9999999999999996, 3)).toBe('0,9999999999999996');
    expect(powerBaseText(1 / (1 + Math.exp(-1)), 100, 3)).toBe('0,731');
    expect(gammaClause(0.5)).toBe('≈ 0,500');
    expect(gammaClause(Infinity)).toBe('не ограничена');
    expect(listText(['RNN', 'LSTM', 'GRU'])).toBe('RNN, LSTM и GRU');
  });

  it('in English the same functions print what they always printed', () => {
    expect(typesetExponents('kept 2.5e-3, not 1.0e2.')).toBe('kept 2.5\u00a0×\u00a010⁻³, not 1.0\u00a0×\u00a010².');
    expect(typesetRatio(-20)).toBe('1.0\u00a0×\u00a010⁻²⁰');
    expect(percentText(0.996)).toBe('99.6%');
    expect(listText(['RNN', 'LSTM', 'GRU'])).toBe('RNN, LSTM and GRU');
  });
});
