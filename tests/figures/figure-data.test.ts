import { describe, expect, it } from 'vitest';
import { heatmapPanels, lineCurves, SCREEN_COLUMNS, stepsToFall } from '../../src/lib/figures/figure-data';
import { relativeStepsBack } from '../../src/lib/sim/gradients';
import { pow10Label, ratioFromLog10, superscript, typesetExponents } from '../../src/lib/figures/format';
import { simulate } from '../../src/lib/sim/index';
import { DEFAULT_STATE, specFor } from '../../src/lib/model/lab-state';

describe('figure data', () => {
  it('relativeStepsBack reverses time and starts at 0', () => {
    expect(Array.from(relativeStepsBack(Float64Array.from([-5, -3, -1, 2])))).toEqual([0, -3, -5, -7]);
  });

  it('heatmap cells are per-unit log10 |dL/dh| relative to the RMS entry at the loss step', () => {
    const r = simulate(specFor({ ...DEFAULT_STATE, steps: 20, hidden: 4 }, 'lstm'));
    const [h, c] = heatmapPanels([r]);
    expect([h.rows, h.cols, c.rows, c.cols]).toEqual([4, 21, 4, 21]);
    const ref = r.hGradLog10[20] - 0.5 * Math.log10(4);
    expect(h.matrix[2 * 21 + 5]).toBeCloseTo(r.perUnit!.h[15][2] - ref, 12); // unit 2, 5 steps back
    // at the loss step the squares of the cells average to 1 (RMS reference)
    const atLoss = [0, 1, 2, 3].map((i) => 10 ** (2 * h.matrix[i * 21]));
    expect(atLoss.reduce((a, b) => a + b) / 4).toBeCloseTo(1, 12);
  });

  it('panels for the screen average long sequences to SCREEN_COLUMNS; the full panels keep every step', () => {
    const r = simulate(specFor({ ...DEFAULT_STATE, steps: 3000, hidden: 4 }, 'rnn'));
    const [full] = heatmapPanels([r]);
    const [screen] = heatmapPanels([r], SCREEN_COLUMNS);
    expect([full.cols, full.steps, screen.cols, screen.steps]).toEqual([3001, 3000, SCREEN_COLUMNS, 3000]);
    // column j of the screen panel is the mean of the full panel's columns in its block
    const j = 500;
    const c0 = Math.floor((j * 3001) / SCREEN_COLUMNS);
    const c1 = Math.floor(((j + 1) * 3001) / SCREEN_COLUMNS);
    const block = Array.from({ length: c1 - c0 }, (_, k) => full.matrix[2 * 3001 + c0 + k]);
    expect(screen.matrix[2 * SCREEN_COLUMNS + j]).toBeCloseTo(block.reduce((a, b) => a + b) / block.length, 12);
  });

  it('line curves carry the measured curves and the closed-form overlays', () => {
    const state = { ...DEFAULT_STATE, radius: 0.5, steps: 100, forgetBias: 0 };
    const curves = lineCurves([simulate(specFor(state, 'rnn')), simulate(specFor(state, 'lstm'))], state);
    const byId = Object.fromEntries(curves.map((c) => [c.id, c.values]));
    expect(byId['rnn-theory'][100]).toBeCloseTo(-30.103, 3);
    expect(byId['lstm-theory'][100]).toBeCloseTo(-30.103, 3); // sigma(0) = 0.5
    expect(Object.keys(byId)).toEqual(['rnn-h', 'rnn-theory', 'lstm-c', 'lstm-path', 'lstm-theory']);
  });

  it('stepsToFall finds the first crossing, or null', () => {
    expect(stepsToFall(Float64Array.from([0, -1, -2.9, -3.1, -5]), -3)).toBe(3);
    expect(stepsToFall(Float64Array.from([0, -1]), -3)).toBeNull();
  });
});

describe('format', () => {
  it.each([
    [0, '1'],
    [-20, '10⁻²⁰'],
    [38, '10³⁸']
  ])('pow10Label(%i) = %s', (k, s) => expect(pow10Label(k)).toBe(s));

  it.each([
    [100, '¹⁰⁰'],
    [5000, '⁵⁰⁰⁰'],
    [-38, '⁻³⁸'],
    [0, '⁰']
  ])('superscript(%i) = %s', (k, s) => expect(superscript(k)).toBe(s));

  it.each([
    [Math.log10(2.7e-5), '2.7e-5'],
    [Math.log10(1.4e4), '1.4e4'],
    [Math.log10(0.731), '0.73'],
    [0, '1'],
    [-Infinity, 'exactly 0'],
    [-1505.15, '10⁻¹⁵⁰⁶'],
    [Math.log10(9.99e-8), '1.0e-7'],
    [Math.log10(750), '750'], // not toPrecision's "7.5e+2"
    [Math.log10(42), '42'],
    [1, '10'], // not "1": only zeros after a decimal point are dropped
    [Math.log10(20), '20'],
    [Math.log10(0.1), '0.1'],
    [Math.log10(99.7), '100'] // not toPrecision's "1.0e+2"
  ])('ratioFromLog10(%f) = %s', (l, s) => expect(ratioFromLog10(l)).toBe(s));

  it('typesets every e-notation number in a text, and nothing else', () => {
    expect(typesetExponents('grows to 5.7e4 over 100 steps; 1.0e-20 and 3e+2').replace(/\u00a0/g, '_')).toBe(
      'grows to 5.7_×_10⁴ over 100 steps; 1.0_×_10⁻²⁰ and 3_×_10²' // no-break spaces: never split
    );
    expect(typesetExponents('tanh(x) keeps e and 1e')).toBe('tanh(x) keeps e and 1e');
    expect(typesetExponents('1e-0, 3.0e-1.5, v2.1e3')).toBe('1, 3.0e-1.5, v2.1e3');
  });
});

describe('chrono init on screen: no single sigma(b_f)^k, so nothing claims one', () => {
  it('drops the LSTM theory line, and the equations and footer name chrono instead of the forget bias', async () => {
    const { theoryFor } = await import('../../src/lib/figures/shown');
    const { slideFooter } = await import('../../src/lib/export/names');
    const chrono = { ...DEFAULT_STATE, compare: ['lstm'] as const, forgetInit: 'chrono' as const, chronoMax: 500 };
    const constant = { ...chrono, forgetInit: 'constant' as const };
    const ids = (s: typeof chrono | typeof constant) =>
      lineCurves([simulate(specFor({ ...s, compare: ['lstm'] }, 'lstm'))], { ...s, compare: ['lstm'] }).map(
        (c) => c.id
      );
    expect(ids(constant)).toContain('lstm-theory');
    expect(ids(chrono)).not.toContain('lstm-theory');
    expect(ids(chrono)).toEqual(['lstm-c', 'lstm-path']);
    expect(theoryFor({ ...chrono, compare: ['lstm'] }).chronoMax).toBe(500);
    expect(theoryFor({ ...constant, compare: ['lstm'] }).chronoMax).toBeNull();
    const footer = slideFooter({ ...chrono, compare: ['lstm'] }, theoryFor({ ...chrono, compare: ['lstm'] }));
    expect(footer).toContain('chrono-initialised up to T_max = 500');
    expect(footer).not.toMatch(/forget bias 1 \(sigma/);
  });
});
