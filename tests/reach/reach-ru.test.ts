// "How far back?" and the latch in Russian (issue 20): the captions computed from real runs read in
// Russian, with decimal commas and the right word forms after numbers, and no English word left
// in any of the two areas' templates. English stays what the other tests in tests/figures/ assert.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { foreignWords, msg, setLocale, THIN_SPACE } from '../../src/lib/i18n/index';
import { ru } from '../../src/lib/i18n/ru/index';
import { attentionCaption, attentionCurves } from '../../src/lib/figures/reach-attention';
import { costCaption, floatsText, memoryFormula } from '../../src/lib/figures/reach-cost';
import { modelLabel, pathText, reachCaption, reachCurves } from '../../src/lib/figures/reach-curves';
import {
  fixedPointsCaption,
  gradientCaption,
  keptCaption,
  tradeoffCaption,
  wText
} from '../../src/lib/figures/latch-caption';
import { latchGradientCurves } from '../../src/lib/figures/latch-curves';
import type { LatchGrid } from '../../src/lib/model/latch-figures';
import { DEFAULT_STATE } from '../../src/lib/model/lab-state';
import { archModule } from '../../src/lib/sim/archs/index';
import { simulate } from '../../src/lib/sim/index';
import { latchFixedPoints, latchRun } from '../../src/lib/sim/latch';
import { latchShown } from '../../src/lib/state/latch-view.svelte';

beforeEach(() => setLocale('ru'));
afterEach(() => setLocale('en'));

const pathOf = (arch: Parameters<typeof archModule>[0]) => archModule(arch).path;

describe('every template of the two areas', () => {
  type Tree = { [key: string]: unknown };
  /** each function called with '7' for every argument (a count, a formatted number, a flag) */
  const texts = (tree: Tree, prefix: string): [string, string][] =>
    Object.entries(tree).flatMap(([k, v]): [string, string][] => {
      if (typeof v === 'function') return [[prefix + k, String(v(...Array(v.length).fill('7')))]];
      if (typeof v === 'string') return [[prefix + k, v]];
      return v && typeof v === 'object' ? texts(v as Tree, `${prefix}${k}.`) : [];
    });
  it.each(['reach', 'latch'] as const)('%s: no English word in any message, called or not', (area) => {
    const all = texts(ru[area] as unknown as Tree, `${area}.`);
    expect(all.length).toBeGreaterThan(20);
    expect(all.filter(([, t]) => foreignWords(t).length).map(([k, t]) => `${k}: ${t}`)).toEqual([]);
  });
});

describe('how far back, in Russian', () => {
  it('the caption at the default run: k = 99 steps back, the recurrence’s path, in Russian', () => {
    const r = simulate({ arch: 'rnn', steps: 100, hidden: 32 });
    const text = reachCaption([r], pathOf);
    expect(text).toMatch(/^На 99 шагов назад \(k = 99\) до входа доходит градиент ‖∂L\/∂x‖: RNN \S+ /);
    expect(text).toContain('(путь в 99 шагов по рекуррентной связи)');
    expect(text).toContain('Нормы абсолютные');
    expect(foreignWords(text)).toEqual([]);
    expect(reachCurves([r])[0].label).toBe('RNN');
  });

  it('word forms after numbers: 1 шаг, 3 шага, 21 шаг, 100 шагов', () => {
    expect(pathText('recurrence', 1)).toBe('путь в 1 шаг по рекуррентной связи');
    expect(pathText('recurrence', 3)).toBe('путь в 3 шага по рекуррентной связи');
    expect(pathText('recurrence', 21)).toBe('путь в 21 шаг по рекуррентной связи');
    expect(pathText('window', 16, 16)).toBe('пути нет вовсе: 16 ≥ N = 16');
    expect(msg().reach.caption(1, 'RNN 0,5')).toMatch(/^На 1 шаг назад \(k = 1\)/);
  });

  it('the cost caption at a measured RNN: the slope with a decimal comma, the memory at T', () => {
    const rnn = [128, 256, 512, 1024].map((T) => ({ T, ms: 0.0123 * T ** 1.05 }));
    const text = costCaption([{ arch: 'rnn', points: rnn }], 100, { n: 32, m: 4, N: 16 });
    expect(text).toBe(
      'Наклоны в осях log–log: RNN 1,05 (T от 128 до 1024). Работа рекуррентной сети растёт как T¹, полного ' +
        'каузального слоя внимания — как T²; постоянные затраты (веса, входы, подготовка) уменьшают наклон, ' +
        'измеренный при малых T. Чисел хранится для генерации ещё одного токена после T = 100: RNN 32.'
    );
    expect(foreignWords(text)).toEqual([]);
    // five digits and more take a thin space; the English table keeps its "64,000"
    expect(floatsText(64000)).toBe(`64${THIN_SPACE}000`);
    expect(floatsText(6400)).toBe('6400');
    expect(memoryFormula('lstm')).toBe('2n (h и c), не растёт');
    setLocale('en');
    expect(floatsText(64000)).toBe('64,000');
  });

  it('attention’s weights: heads counted in Russian, the spread said in words', () => {
    const T = 250;
    const flat = () => new Float64Array(T).fill(1 / T);
    const text = attentionCaption([flat(), flat()]);
    expect(text).toContain('последняя позиция по T = 250 входам (2 головы)');
    expect(text).toContain('весов отличаются от 1/T не более чем вдвое');
    expect(text).toContain('разбавление в ширину, а не в глубину');
    // only the model's own name may be Latin here (its label is the registry's)
    expect(foreignWords(text).filter((w) => !foreignWords(modelLabel('attention')).includes(w))).toEqual([]);
    expect(attentionCurves([flat(), flat()]).map((c) => c.label.split(':')[0])).toEqual([
      'голова 1',
      'голова 2',
      'равномерно'
    ]);
    expect(msg().reach.attentionFocused('100')).toBe('эти веса сфокусированы: наибольший больше 1/T в 100 раз.');
    expect(msg().reach.attentionFocused('1,5')).toMatch(/в 1,5 раза\.$/);
    expect(msg().reach.attentionFocused('22')).toMatch(/в 22 раза\.$/);
  });

  it('the measurement’s status counts runs in Russian', () => {
    expect(msg().reach.statusRunning(3, 14)).toBe('Измерение: 3 из 14 замеров');
    expect(msg().reach.statusComplete(21, '4,2', '')).toBe('Выполнено 21 замер за 4,2 с');
    expect(msg().reach.statusBudget('20', 5, 21, '')).toBe('Остановлено по лимиту 20 с: 5 из 21 замера');
  });
});

describe('the latch, in Russian', () => {
  const spec = { w: 2, noise: 0.3, pulse: 1, length: 3, steps: 100, seed: 1, trajectories: 8 };

  it('the fixed points at w = 2: decimal commas, the slope told from 1', () => {
    const text = fixedPointsCaption(latchFixedPoints(2), 2);
    expect(text).toMatch(/^w = 2,00: три неподвижные точки\. ±1,92 притягивают \(\|f′\| = 0,166 < 1\)/);
    expect(text).toContain('а 0 отталкивает (|f′| = 2,00)');
    expect(foreignWords(text)).toEqual([]);
    expect(fixedPointsCaption(latchFixedPoints(0.8), 0.8)).toMatch(/^w = 0,80: одна неподвижная точка, a = 0; она/);
    // a hair above 1 is still not 1, and reads with a comma
    expect(wText(1.0000000000000002)).toBe('1,0000000000000002');
    expect(wText(1.0001)).toBe('1,0001');
  });

  it('the kept and gradient captions quote the run', () => {
    const run = latchRun(spec);
    expect(keptCaption(run, spec)).toBe(
      'Бит до шага 100 сохранён в 8 из 8 траекторий (импульс 1,00 на 3 шага, затем шум σ = 0,30): все биты сохранены.'
    );
    const text = gradientCaption(run, latchFixedPoints(2), spec);
    expect(text).toMatch(/^Без шума \|∂a_T\/∂a₁\| = \S+ при T = 100\./);
    expect(text).toContain('В аттракторе каждый шаг умножает градиент на f′ = 0,166');
    expect(foreignWords(text)).toEqual([]);
    const silent = { ...spec, pulse: 0 };
    expect(keptCaption(latchRun(silent), silent)).toBe(
      'Импульс равен 0: бит не записан, и знак на шаге 100 определяет шум.'
    );
  });

  it('the trade-off grid’s caption', () => {
    const grid: LatchGrid = {
      ws: [0.5, 1, 2],
      noises: [0, 0.5],
      kept: Float64Array.from([1, 1, 1, 0.5, 0.6, 1]),
      grad: Float64Array.from([-30, 0, -80, -25, -1, -78]),
      filled: 2,
      steps: 100,
      trajectories: 64,
      ms: 0,
      error: ''
    };
    const text = tradeoffCaption(grid);
    expect(text).toMatch(
      /^При T = 100: там, где бит выживает хотя бы в 95\u00a0% траекторий \(1 клетка с шумом\), \|∂a_T\/∂a₁\| не /
    );
    expect(text).toContain('везде, где |∂a_T/∂a₁| ≥ 10⁻², бит сохраняют не более 60\u00a0% траекторий.');
    expect(text).toMatch(/Либо надёжная память, либо градиент, доходящий назад: не оба сразу\.$/);
    expect(foreignWords(text)).toEqual([]);
    // a grid where the trade-off has not set in: the caption says why
    const flat = { ...grid, kept: new Float64Array(6).fill(0.5), grad: new Float64Array(6).fill(-1), steps: 10 };
    expect(tradeoffCaption(flat, { pulse: 1, length: 10 })).toMatch(/ Импульс длится все 10 шагов: шум не доходит/);
    expect(tradeoffCaption(flat, { pulse: 1, length: 3 })).toMatch(
      /При T = 10 компромисс ещё не проявился: попробуйте больше шагов\.$/
    );
    expect(tradeoffCaption({ ...flat, filled: 1 })).toMatch(/^При T = 10 \(готово уровней шума: 1 из 2\): /);
  });

  it('the gradient chart’s legend', () => {
    const labels = latchGradientCurves(latchShown(DEFAULT_STATE)).map((c) => c.label);
    expect(labels).toContain('траектории с шумом (тонкие, цвет их бита)');
    expect(labels).toContain('без шума (бит +1)');
    expect(labels.flatMap((l) => foreignWords(l))).toEqual([]);
  });
});
