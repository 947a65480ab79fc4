// The engine's messages in Russian (issue 20): a refused spec names the field in words and writes
// its numbers with a decimal comma, a runaway formula's halt reads in Russian, the models and the
// training tasks have Russian names; English stays the engine's (and the CLI's) own.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { foreignWords, setLocale } from '../../src/lib/i18n/index';
import { archModule } from '../../src/lib/sim/archs/index';
import { loadFormulaParser } from '../../src/lib/sim/formula-parser';
import { haltAt } from '../../src/lib/sim/halt';
import { checkLatchSpec } from '../../src/lib/sim/latch';
import { formulaProblem } from '../../src/lib/sim/nonlinearity';
import { parseSpec } from '../../src/lib/sim/spec';
import { TASK_REGISTRY } from '../../src/lib/sim/train/task-registry';

beforeAll(() => loadFormulaParser());
afterEach(() => setLocale('en'));

const refusal = (input: unknown) => {
  const r = parseSpec(input);
  if (r.ok) throw new Error('expected a refusal');
  return r.error.message;
};

describe('the engine in Russian', () => {
  it('a spectral radius beyond its range: the field in words, the numbers with a decimal comma', () => {
    expect(refusal({ recurrent: { radius: 10.5 } })).toBe('recurrent.radius: must be a number from 0 to 10, got 10.5');
    setLocale('ru');
    const text = refusal({ recurrent: { radius: 10.5 } });
    expect(text).toBe('спектральный радиус: должно быть числом от 0 до 10, получено 10,5');
    expect(foreignWords(text)).toEqual([]);
    expect(refusal({ steps: 200000 })).toBe(
      'длина последовательности: должно быть целым числом от 1 до 100\u202f000, получено 200\u202f000'
    );
  });

  it('a formula with a name it does not know, and a formula a network overflows', () => {
    setLocale('ru');
    const problem = formulaProblem('foo(x)')!;
    expect(problem).toBe('функция «foo» не разрешена');
    const halt = haltAt('x^2', 'phi', 12, 100, 2.5e200, Infinity).message;
    expect(halt).toBe('φ(x) = x^2 переполняется на шаге 12 (x = 2,5e200 даёт +∞): рисунки обрываются на шаге 11.');
    expect(foreignWords(halt)).toEqual([]);
    setLocale('en');
    expect(haltAt('x^2', 'phi', 12, 100, 2.5e200, Infinity).message).toBe(
      'phi(x) = x^2 overflows at step 12 (x = 2.5e200 gives Infinity): the figures stop at step 11.'
    );
  });

  it('the latch refuses a noise level beyond its range in Russian', () => {
    setLocale('ru');
    const spec = { w: 1.5, noise: 2.5, pulse: 1, length: 1, steps: 50, trajectories: 8, seed: 1 };
    expect(() => checkLatchSpec(spec as never)).toThrow('уровень шума: должно быть числом от 0 до 2, получено 2,5');
  });

  it('the models and the tasks are named in the language of the moment (getters)', () => {
    expect(archModule('residual').label).toBe('Residual RNN');
    expect(TASK_REGISTRY.adding.name).toBe('the adding problem');
    setLocale('ru');
    expect(['rnn', 'lstm', 'gru', 'residual', 'attention', 'window'].map((a) => archModule(a as never).label)).toEqual([
      'RNN',
      'LSTM',
      'GRU',
      'Остаточная RNN',
      'Внимание',
      'Окно'
    ]);
    for (const t of Object.values(TASK_REGISTRY)) expect(foreignWords(`${t.label} ${t.name} ${t.about}`)).toEqual([]);
  });
});
