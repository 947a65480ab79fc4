// The store's own messages at lang=ru: a phase diagram's title follows the language of the moment
// (a switch re-renders the page, not the sweep), and a link's tour notice is Russian.
import { afterEach, describe, expect, test } from 'vitest';
import { foreignWords, setLocale } from '../../src/lib/i18n/index';
import { DEFAULT_STATE } from '../../src/lib/model/lab-state';
import { phasePlan } from '../../src/lib/state/phase-maps.svelte';
import { readUrl } from '../../src/lib/state/url-sync.svelte';
import { TOUR } from '../../src/lib/tour/tour';

afterEach(() => setLocale('en'));

describe('the store in Russian', () => {
  test("the phase diagrams' titles are read when shown, also from a copy made by the sweep", () => {
    const plan = phasePlan(DEFAULT_STATE, ['rnn', 'lstm'], 0.95);
    expect(plan.map((m) => m.title)).toEqual(['RNN: spectral radius', 'LSTM full cell gradient: forget bias']);
    setLocale('ru');
    expect(plan.map((m) => m.title)).toEqual([
      'RNN: спектральный радиус',
      'LSTM, полный градиент ячейки: смещение b_f'
    ]);
    const gru = phasePlan(DEFAULT_STATE, ['gru'], 1.05);
    expect(gru[1].title).toBe('GRU, полный градиент состояния: смещение b_z');
    for (const m of [...plan, ...gru]) expect(foreignWords(m.title)).toEqual([]);
    // the rows 0.9 to 1.1 a radius of 0.95 is swept over are numbers, not text: unchanged
    expect(plan[0].values[0]).toBe(0.5);
  });

  // the link's own keys, its text as given (in quotes) and the language codes stay as a link has them
  test("a link's bad tour step and bad language are said in Russian", () => {
    setLocale('ru');
    const read = readUrl('?tour=99&lang=xx&steps=2.5');
    expect(read.notices).toContain(`tour: нужен номер шага от 1 до ${TOUR.length}, указано "99"; тур не запущен`);
    expect(read.notices.some((n) => n.startsWith('steps: нужно целое число от 1 до 5000; 2,5 заменено на 3'))).toBe(
      true
    );
    for (const n of read.notices)
      expect(foreignWords(n.replace(/^\w+: /, '').replace(/"[^"]*"|\ben\b|\bru\b/g, ''))).toEqual([]);
  });

  test("a bare tour link in a language (?lang=ru&tour=8) takes the step's settings, as ?tour=8 does", () => {
    const step = { ...DEFAULT_STATE, ...TOUR[7].state };
    expect(readUrl('?lang=ru&tour=8').state).toEqual(step);
    expect(readUrl('?tour=8').state).toEqual(step);
    expect(readUrl('?lang=ru&tour=8&steps=50').state.steps).toBe(50);
  });
});
