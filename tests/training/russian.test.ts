// The Training view's texts in Russian (issue 20): captions, status lines and settings computed
// from real runs read in Russian, with decimal commas and declined nouns, and no English word
// beyond the allowed symbols and names; English stays the default.
import { afterEach, describe, expect, it } from 'vitest';
import { finishedRun } from '../helpers/training-run';
import { foreignWords, setLocale } from '../../src/lib/i18n/index';
import { training as ru } from '../../src/lib/i18n/ru/training';
import { gatesCaption, memoryText } from '../../src/lib/figures/trained-gates';
import { successCaption, sweepSettingsText } from '../../src/lib/figures/sweep-figures';
import { progressText } from '../../src/lib/figures/train-progress';
import { connectivityCaption, radiusText, runSettings, runStatus } from '../../src/lib/figures/training-figures';
import { flowText } from '../../src/lib/figures/training-flow';
import { trainedForgetGates } from '../../src/lib/sim/train/forget-gates';
import { netFromSpec } from '../../src/lib/sim/train/net';
import { networkSpec, runsOf, validateTrainSpec } from '../../src/lib/sim/train/train-spec';
import { SOLVED } from '../../src/lib/sim/train/train';
import { ATTENTION_VS_LSTM } from '../../src/lib/training/presets';
import type { TrainingRun } from '../../src/lib/model/training-run';

afterEach(() => setLocale('en'));

/** Russian text: no English word left, and at least one Cyrillic word. */
function expectRussian(text: string): void {
  expect(foreignWords(text)).toEqual([]);
  expect(text).toMatch(/[а-яё]{3,}/i);
}

describe('the training texts in Russian', () => {
  it('the forget gates caption: counts of units declined, mean f with a decimal comma', () => {
    const spec = runsOf(
      validateTrainSpec({ arch: 'lstm', hidden: 16, steps: 200, iterations: 0, evalSize: 4, batch: 4, forgetBias: 3 })
    )[0];
    const gates = trainedForgetGates(spec, netFromSpec(networkSpec(spec)).theta)!;
    const english = gatesCaption(gates, 200);
    expect(english).toContain('After training, 0 of 16 units hold memory longer than the task length T = 200;');
    setLocale('ru');
    const caption = gatesCaption(gates, 200);
    expectRussian(caption);
    expect(caption).toContain('После обучения 0 из 16 нейронов хранят память дольше длины задачи T = 200;');
    expect(caption).toMatch(/самая долгая у нейрона \d+: \d+ шаг(а|ов)?; среднее f 0,9\d\d\./);
    expect(caption).toContain('разбавление');
    expect(caption).toMatch(/последовательности длиной 2[012]\d шагов\.$/);
    expect(memoryText(3.66)).toBe('3,7 шага');
    expect(memoryText(1100)).toBe('1100 шагов');
    expect(memoryText(12001)).toBe('12\u202f001 шаг');
  });

  it('a finished run: its status line, settings and radius read in Russian', () => {
    const run = finishedRun('lstm', { learningRate: 0.03 });
    setLocale('ru');
    const status = runStatus(run);
    expectRussian(status);
    expect(status).toMatch(/^LSTM: готово: 20 итераций за \d+,\d с; потери на проверке /);
    expect(radiusText(run)).toMatch(/^ρ\(W_f\) \d,\d\d → \d,\d\d$/);
    const settings = runSettings([run.spec]);
    expectRussian(settings);
    expect(settings).toContain('На экране: 4 нейрона; LSTM: спектральный радиус 1, смещение забывающего вентиля 1;');
    expect(settings).toContain('задача сложения, T = 8; Adam, скорость обучения 0,03');
  });

  it('progress and the connectivity caption name the task and its input in Russian cases', () => {
    const run = finishedRun('rnn');
    const running: TrainingRun = { ...run, status: 'running', progress: { iteration: 1400, activeSeconds: 15 } };
    const spec = { ...run.spec, iterations: 1500 };
    setLocale('ru');
    const progress = progressText({ ...running, spec });
    expect(progress).toMatch(/^идёт обучение, итерация 1400 из 1500 \(93\u00a0%\), затрачено 15 \S+, осталось около /);
    const T = 8;
    const values = new Float64Array(T * T).fill(-0.5);
    for (let t = 0; t < T; t++) values[t * T + t] = 0;
    const connected = { ...run, connectivity: { T, marked: [3], before: values, after: values } };
    const caption = connectivityCaption([connected as TrainingRun]);
    expectRussian(caption);
    expect(caption).toContain('зависит от первого отмеченного входа (шаг 3 из 8)');
    expect(caption).toContain('RNN: 0,32 до обучения, 0,32 после');
    expect(flowText('window', -Infinity, 16, 16)).toBe('ровно 0 (k = 16, за пределами окна N = 16)');
  });

  it('the length sweep: its caption and settings, with seeds and runs declined', () => {
    const base = finishedRun('rnn');
    const at = (steps: number, solved: boolean): TrainingRun => ({
      ...base,
      spec: { ...base.spec, steps, clip: 1, learningRate: 0.01 },
      history: [{ ...base.history[0], evalAccuracy: solved ? SOLVED : SOLVED - 0.01 }]
    });
    const runs = [at(8, true), at(8, false), at(20, false)];
    setLocale('ru');
    const caption = successCaption(runs, [8, 20], 100);
    expectRussian(caption);
    expect(caption).toBe(
      'Решено (точность 95%) за 100 итераций: RNN: 1 из 2 при T = 8, 0 из 1 при T = 20. Готово 3 из 3 прогонов.'
    );
    const settings = sweepSettingsText(runs.map((r) => r.spec));
    expectRussian(settings);
    expect(settings).toContain('RNN, 4 нейрона, задача сложения при T = 8, 20, по 2 зерна на длину, 20 итераций');
    expect(settings).toContain('скорость обучения 0,01, обрезка 1');
  });

  it('the preset reads in Russian and in English as before', () => {
    expect(ATTENTION_VS_LSTM.label).toBe('Attention vs LSTM on the adding problem, T = 200');
    setLocale('ru');
    expectRussian(ATTENTION_VS_LSTM.label);
    expectRussian(ATTENTION_VS_LSTM.about);
    expect(ATTENTION_VS_LSTM.about).toContain('(Adam 0,01, обрезка 1)');
    expect(ATTENTION_VS_LSTM.about).toContain('до 200 шагов своего забывающего вентиля');
  });

  it('every Russian message of the area, at sample values, is free of English words', () => {
    // arguments that are not numbers, by message; every other argument is a number
    const SAMPLES: Record<string, unknown[]> = {
      'progress.line': ['running', '1', '2', '3'],
      'runs.connectivityWhat': ['adding', '1', 2, 3],
      'runs.connectivity': ['1', ['2', '3'], ''],
      'runs.settings': [4, ['2'], 'latch', 8, 'Adam', 0.01, 0, 32],
      'runs.mapsMissing': ['1', ['2', '3']],
      'runs.mapsSkipped': [['1', '2']],
      'flow.caption': [8, '1', '2', 20, '', ['3', '4']],
      'sweep.series': ['1', ['2']],
      'sweep.caption': [100, ['1'], '', 2, 3],
      'sweep.settings': ['1', 4, ['2'], 'adding', [8, 12], 3, 100, 'Adam', 0.5, 1, 32],
      'sweep.heading': ['latch', '1'],
      'sweep.note': [[8, 12], 1, null]
    };
    const texts: [string, string][] = [];
    const walk = (node: unknown, path: string): void => {
      if (typeof node === 'string') texts.push([path, node]);
      else if (typeof node === 'function') {
        const args = SAMPLES[path] ?? Array.from({ length: node.length }, (_, i) => 1.5 + i);
        texts.push([path, String(node(...args))]);
      } else if (node && typeof node === 'object')
        Object.entries(node).forEach(([k, v]) => walk(v, path ? `${path}.${k}` : k));
    };
    setLocale('ru');
    walk(ru, '');
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter(([, t]) => foreignWords(t).length > 0 || /undefined|NaN/.test(t))).toEqual([]);
  });
});
