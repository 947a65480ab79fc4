// "How far back each model sees": the curves read the engine's input gradients by steps back, the
// window's hard cut is where its gradient becomes exactly zero, and the caption quotes the value
// 100 steps back (or T - 1) with each model's path, true at the lab's extremes.
import { describe, expect, it } from 'vitest';
import {
  hardCut,
  modelLabel,
  pathText,
  reachCaption,
  reachCurves,
  reachValues,
  readingK
} from '../../src/lib/figures/reach-curves';
import type { PathKind, SimResult } from '../../src/lib/sim/index';
import { simulate } from '../../src/lib/sim/index';
import type { Arch } from '../../src/lib/sim/spec';

/** A result whose input k steps back has log10 norm f(k) (xGradLog10 is indexed by t - 1 = T - 1 - k). */
function synthetic(arch: Arch, T: number, f: (k: number) => number, extra: Record<string, number> = {}): SimResult {
  const xGradLog10 = Float64Array.from({ length: T }, (_, i) => f(T - 1 - i));
  return { spec: { arch, steps: T, ...extra }, xGradLog10 } as unknown as SimResult;
}
/** The window's gradient: a value within N, exactly zero beyond. */
const windowResult = (T: number, N: number) =>
  synthetic('window', T, (k) => (k < N ? -1 - k / 100 : -Infinity), { window: N });
const PATHS: Record<Arch, PathKind> = {
  rnn: 'recurrence',
  lstm: 'recurrence',
  gru: 'recurrence',
  residual: 'recurrence',
  attention: 'attention',
  window: 'window'
};
const pathOf = (a: Arch) => PATHS[a];

describe('reach curves', () => {
  it('value k is the input k steps back: xGradLog10[T - 1 - k]', () => {
    const x = Float64Array.from([-3, -2, -1, 0]); // x_1..x_4
    expect([...reachValues(x)]).toEqual([0, -1, -2, -3]);
  });

  it('the engine: the last input (k = 0) of a real run is x_T', () => {
    const r = simulate({ arch: 'rnn', steps: 30, hidden: 8 });
    const c = reachCurves([r])[0];
    expect(c.values.length).toBe(30);
    expect(c.values[0]).toBe(r.xGradLog10[29]);
    expect(c.values[29]).toBe(r.xGradLog10[0]);
    expect(c.marks).toBeUndefined(); // no hard cut: tanh never gives an exact zero here
  });

  it("the window's hard cut: the line ends at k = N - 1 with a dot, exactly 0 beyond N", () => {
    for (const N of [1, 16, 99]) {
      const c = reachCurves([windowResult(200, N)])[0];
      expect(hardCut(c.values)).toBe(N - 1);
      expect(c.marks).toEqual([N - 1]);
      expect(c.label).toBe(`${modelLabel('window')}: exactly 0 beyond N = ${N}`);
      expect(c.values[N]).toBe(-Infinity);
      expect(Number.isFinite(c.values[N - 1])).toBe(true);
    }
    // N >= T: no cut
    const wide = reachCurves([windowResult(50, 64)])[0];
    expect(wide.marks).toBeUndefined();
    expect(wide.label).toBe(`${modelLabel('window')} (N = 64)`);
  });

  it('reads 100 steps back, or T - 1 when T <= 100', () => {
    expect(readingK(5000)).toBe(100);
    expect(readingK(101)).toBe(100);
    expect(readingK(100)).toBe(99);
    expect(readingK(1)).toBe(0);
  });

  it('the caption quotes each model at k = 100 (log10 norm -k/10 gives 1.0e-10) with its path', () => {
    const results = [
      synthetic('rnn', 300, (k) => -k / 10),
      synthetic('attention', 300, (k) => (k === 0 ? 0 : -Math.log10(300))),
      windowResult(300, 16)
    ];
    expect(reachCaption(results, pathOf)).toBe(
      '100 steps back (k = 100), the gradient reaching the input, ‖∂L/∂x‖, is RNN 1.0e-10 ' +
        '(a path of 100 steps through the recurrence), ' +
        `${modelLabel('attention')} 0.0033 (a path of 1 step, whatever k) and ` +
        `${modelLabel('window')} exactly 0 (no path at all: 100 ≥ N = 16). ` +
        "On the chart the window's gradient is exactly 0 beyond N = 16 (k ≥ 16): its line ends at the dot. " +
        'Absolute norms: every model reads the same inputs through the same readout rᵀh_T.'
    );
  });

  it('true at the extremes: T = 5000 with radius 2, forget bias 8, N = 1, T = 1', () => {
    const big = [
      simulate({ arch: 'rnn', steps: 5000, hidden: 8, recurrent: { init: 'orthogonal', radius: 2 } }),
      simulate({ arch: 'lstm', steps: 5000, hidden: 8, forgetBias: 8 })
    ];
    const text = reachCaption(big, pathOf);
    const k = 100;
    for (const r of big) expect(Number.isFinite(r.xGradLog10[5000 - 1 - k])).toBe(true);
    expect(text).toMatch(
      /^100 steps back \(k = 100\), the gradient reaching the input, ‖∂L\/∂x‖, is RNN \S+ \(a path of 100 steps/
    );
    expect(text).not.toMatch(/NaN|unknown|Infinity/);
    // an exploding RNN (radius 2, tanh saturating or not) still reads a number, never "unknown"
    expect(text).toContain('LSTM ');
    // N = 1: only the last input reaches the loss
    expect(reachCaption([windowResult(5000, 1)], pathOf)).toContain(
      `${modelLabel('window')} exactly 0 (no path at all: 100 ≥ N = 1)`
    );
    expect(reachCaption([windowResult(5000, 1)], pathOf)).toContain('exactly 0 beyond N = 1 (k ≥ 1)');
    // T = 1: the only input is the last
    const one = reachCaption([synthetic('rnn', 1, () => -0.5), windowResult(1, 1)], pathOf);
    expect(one).toMatch(
      /^At the last input \(k = 0; T = 1\), the gradient reaching the input, ‖∂L\/∂x‖, is RNN 0\.32 \(a path of 0 steps/
    );
    expect(one).toContain(`${modelLabel('window')} 0.1 (a path of 1 step (k < N = 1))`);
    expect(one).not.toContain('beyond N');
  });

  it('path texts', () => {
    expect(pathText('recurrence', 1)).toBe('a path of 1 step through the recurrence');
    expect(pathText('attention', 4999)).toBe('a path of 1 step, whatever k');
    expect(pathText('window', 15, 16)).toBe('a path of 1 step (k < N = 16)');
    expect(pathText('window', 16, 16)).toBe('no path at all: 16 ≥ N = 16');
  });
});
