// The gradients view's words: English exactly as the page wrote them before the catalogue, Russian
// at real numbers with a decimal comma, the right plural and no Latin word beyond symbols and names.
import { afterEach, describe, expect, test } from 'vitest';
import { fixed, foreignWords, msg, setLocale, THIN_SPACE } from '../../src/lib/i18n/index';
import { stepsText } from '../../src/lib/model/lab-state';

afterEach(() => setLocale('en'));

describe('gradients view, English', () => {
  test('the texts are those the components had', () => {
    const g = msg().gradients;
    expect(g.notice.asked(1)).toBe(
      '(1 step were asked for: the halt is what this φ does to this network, not a fault of the lab.)'
    );
    expect(g.notice.stale('steps: too many', 100)).toBe(
      'These settings could not be computed (steps: too many). The figures below are the last run that could, ' +
        `with its own settings (${stepsText(100)}).`
    );
    expect(g.afterSteps(100)).toBe(`After ${stepsText(100)}:`);
    expect(g.chronoInit(99)).toBe(
      "chrono init: each unit's own bias, b_f,i = log u_i, u_i in [1, 99], no single σ(b)ᵀ"
    );
    expect(g.phaseUnused('Attention and Window', true, true)).toBe(
      'Phase diagrams: Attention and Window have no recurrent matrix or gate to sweep; compare a recurrent model ' +
        'to see them.'
    );
    expect(g.phaseUnused('Window', false, false)).toBe(
      'Phase diagrams: Window has no recurrent matrix or gate to sweep.'
    );
    expect(g.sweepMs(1234.6)).toBe('Sweep: 1235 ms.');
    expect(g.equations.attentionTitle(4, 8)).toBe('Attention: one step from every position (H = 4 heads of d = 8)');
  });
});

describe('gradients view, Russian', () => {
  test('captions at real numbers: decimal comma, plurals, thin-space thousands', () => {
    setLocale('ru');
    const g = msg().gradients;
    const power = `${fixed(0.9933, 4)}¹⁰⁰ = ${fixed(0.5106, 3)}`;
    const line = `${g.highwayKeeps} 0,51 ${g.after(100)} (${g.constantGates(power)}): ${g.dilution}.`;
    expect(line).toBe(
      'Магистраль Πf LSTM хранит 0,51 за 100 шагов (при постоянных вентилях 0,9933¹⁰⁰ = 0,511): разбавление.'
    );
    expect(g.afterSteps(21)).toBe('На 21 шаг назад:');
    expect(g.afterSteps(3)).toBe('На 3 шага назад:');
    expect(g.notice.stale('шагов слишком много', 100000)).toContain(`(100${THIN_SPACE}000 шагов)`);
    expect(g.sweepMs(1234.6)).toBe('Перебор: 1235 мс.');
    expect(g.equations.attentionTitle(4, 8)).toBe(
      'Внимание: один шаг от любой позиции (H = 4 головы размерности d = 8)'
    );
    expect(g.equations.windowTitle(1)).toBe('Окно: последние N = 1 вход, ничего раньше');
    const texts = [
      line,
      g.rowsIntro([g.rows.hidden, g.rows.attention].join(g.or)),
      g.chronoInit(99),
      g.gruKeeps(fixed(0.0123, 4), 50),
      g.noShares(['Внимание', 'Окно'].join(g.and)),
      g.phaseUnused('Окно', false, true),
      g.notice.asked(5),
      g.notice.nothing('φ(x) не число', g.notice.changeFormula),
      g.equations.noBoundBefore('не ограничена') + g.equations.noBoundAfter,
      g.equations.customPhi('x/(1+abs(x))'),
      g.equations.attentionTitle(1, 32)
    ];
    for (const t of texts) expect(foreignWords(t), t).toEqual([]);
  });
});
