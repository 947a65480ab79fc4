// The model's messages at lang=ru: built from the Russian templates with the numbers written the
// Russian way (decimal comma), and no English word left but the link's own keys and values.
import { afterEach, describe, expect, test } from 'vitest';
import { foreignWords, setLocale } from '../../src/lib/i18n/index';
import {
  ARCH_LABELS,
  clampField,
  clampHeads,
  compareLabel,
  compareProblem,
  DEFAULT_STATE,
  FIELDS,
  stepsText,
  stepsTextGenitive
} from '../../src/lib/model/lab-state';
import { queryToState, summarizeNotices } from '../../src/lib/model/url-state';
import { durationText, forecastText, lengthsText, trainBudgetProblem } from '../../src/lib/model/train-budget';
import { readSweepSteps, sweepCostText, sweepPlan } from '../../src/lib/model/length-sweep';
import { readSweepFile } from '../../src/lib/model/sweep-file';
import { PRESETS } from '../../src/lib/model/eigen-presets';

afterEach(() => setLocale('en'));

/** Latin words of a notice, after the URL key that starts it ("steps: ..."). */
const foreignAfterKey = (notice: string) => foreignWords(notice.replace(/^\w+: /, ''));

describe('the model in Russian', () => {
  test('a clamped value names the field and the range, with a decimal comma', () => {
    setLocale('ru');
    expect(clampField('radius', '2.5', 1).message).toBe(
      'Спектральный радиус: нужно число от 0 до 2; 2,5 заменено на 2'
    );
    expect(clampField('trainRate', '0', 0.01).message).toBe(
      'Скорость обучения: нужно число от 0,0001 до 1; 0 заменено на 0,0001'
    );
    const kept = clampField('steps', 'abc', 100).message!;
    expect(kept).toBe('Длина последовательности: нужно целое число от 1 до 5000; «abc» — не число, оставлено 100');
    const heads = clampHeads('3', 4, 32).message!;
    expect(heads).toBe(
      'Головы внимания: нужно целое число от 1 до 8, на которое делится размер скрытого слоя (32); 3 заменено на 2'
    );
    for (const m of [heads, clampField('radius', '2.5', 1).message!]) expect(foreignWords(m)).toEqual([]);
  });

  test('labels are read when shown: the same object answers in the language of the moment', () => {
    expect(FIELDS.hidden.label).toBe('Hidden size');
    expect(PRESETS[0].label).toBe('all on one circle (0.9)');
    setLocale('ru');
    expect(FIELDS.hidden.label).toBe('Размер скрытого слоя');
    expect(PRESETS[0].label).toBe('все на одной окружности (0,9)');
    for (const f of Object.values(FIELDS)) expect(foreignWords(f.label)).toEqual([]);
    for (const p of PRESETS) expect(foreignWords(p.label)).toEqual([]);
    expect(ARCH_LABELS.lstm).toBe('LSTM');
    setLocale('en');
    expect(FIELDS.hidden.label).toBe('Hidden size');
  });

  test('steps, sets and durations', () => {
    setLocale('ru');
    expect([1, 3, 21, 100, 12000].map(stepsText)).toEqual([
      '1 шаг',
      '3 шага',
      '21 шаг',
      '100 шагов',
      '12\u202f000 шагов'
    ]);
    expect(compareLabel(['rnn', 'lstm', 'gru'])).toBe('RNN, LSTM и GRU');
    expect(compareLabel(['rnn', 'lstm'])).toBe('RNN и LSTM');
    expect([0.4, 8, 160, 3900].map(durationText)).toEqual(['меньше 1 с', '8 с', '2 мин 40 с', '1 ч 5 мин']);
    expect(lengthsText('adding', 200)).toMatch(/^последовательности от \d+ до \d+ шагов$/);
    expect(compareProblem(['rnn', 'rnn'])).toBe('rnn указана дважды');
  });

  test("a link's notices: the key in Latin, the sentence in Russian", () => {
    setLocale('ru');
    const read = queryToState('?steps=9000&radius=2.5&tour=1&eig=1:2:3&compare=');
    expect(read.notices).toContain('steps: нужно целое число от 1 до 5000; 9000 заменено на 5000');
    expect(read.notices).toContain('radius: нужно число от 0 до 2; 2,5 заменено на 2');
    for (const n of read.notices)
      expect(foreignAfterKey(n).filter((w) => !/^(rnn|lstm|gru|residual|attention|window)$/.test(w))).toEqual([]);
    const many = summarizeNotices([...Array.from({ length: 12 }, (_, i) => `n${i}`), 'n0']);
    expect(many[0]).toBe('n0 (2 раза)');
    expect(many.at(-1)).toBe('и ещё 5 ошибок в адресе, не показаны');
  });

  test('the sweep and the budget read their forecasts in Russian', () => {
    setLocale('ru');
    const state = { ...DEFAULT_STATE, sweepSteps: [20, 100], sweepSeeds: 2 };
    const plan = sweepPlan(state, ['rnn', 'lstm'], 2);
    const cost = sweepCostText(plan, 1500);
    expect(cost).toMatch(/^12 запусков по 1500 итераций, около .+ на этом компьютере \(2 ядра\)$/);
    expect(foreignWords(cost)).toEqual([]);
    const forecast = forecastText([{ arch: 'lstm', seconds: 204, training: 200, evaluation: 4 }]);
    expect(forecast).toMatch(/^Прогноз при этих настройках: LSTM — около 3 мин 24 с на запуск/);
    expect(foreignWords(forecast)).toEqual([]);
    const over = trainBudgetProblem({ ...DEFAULT_STATE, trainSteps: 1000, trainIterations: 20000, hidden: 128 }, [
      'lstm'
    ]);
    expect(over).toMatch(/^Итерации: (не больше \d+|не помещаются) при длине задачи T = 1000/);
    const lengths = readSweepSteps('20, 3.5');
    expect(lengths.ok ? '' : lengths.problem).toMatch(/указано "20, 3.5": 3.5 — не целое число$/);
  });

  test("a sweep file's problems say what is wrong in Russian", () => {
    setLocale('ru');
    const r = readSweepFile('{"spec": {}, "runs": []}');
    expect(r.ok ? '' : r.error).toBe('файл перебора: runs: нужен хотя бы один запуск, указано []');
    const bad = readSweepFile('{"spec": {}, "runs": [{"spec": {}, "history": 3, "solvedAt": null, "seconds": 1}]}');
    expect(bad.ok ? '' : bad.error).toMatch(/должна быть массивом записей истории/);
  });
});

describe('steps after a preposition', () => {
  test('Russian takes the genitive, English is stepsText', () => {
    expect([1, 2, 100].map(stepsTextGenitive)).toEqual([1, 2, 100].map(stepsText));
    setLocale('ru');
    expect([1, 2, 5, 21, 100].map(stepsTextGenitive)).toEqual(['1 шага', '2 шагов', '5 шагов', '21 шага', '100 шагов']);
  });
});
