// The gradients view for the models of issue 18 (residual RNN, attention, window): curves,
// heatmap panels and caption text, at the extremes the controls reach (T = 5000, N = 1 and 512,
// heads 8, positionScale 0). Two kinds of test: hand-made results with known zeros and values,
// which pin down how a result is read; and the engine's own results, read back against its
// own arrays, once an arch's module has replaced the registry's placeholder.
import { describe, expect, it } from 'vitest';
import { keptOf, pathCaption, summaryCaption } from '../../src/lib/figures/captions';
import { heatmapPanels, lineCurves, windowCut } from '../../src/lib/figures/figure-data';
import { ratioFromLog10 } from '../../src/lib/figures/format';
import { theoryFor, type Shown } from '../../src/lib/figures/shown';
import { simulate, type SimResult } from '../../src/lib/sim/index';
import type { Arch } from '../../src/lib/sim/spec';
import { ARCH_LABELS, DEFAULT_STATE, specFor, type LabState } from '../../src/lib/model/lab-state';

/** A result by hand: log10 norms by step t = 0..T, per-unit rows of `units` entries equal to it. */
function fake(arch: Arch, byStep: number[], extra: Partial<SimResult['spec']> = {}, units = 2): SimResult {
  const h = Float64Array.from(byStep);
  const rows = byStep.map((v) => new Float64Array(units).fill(v - 0.5 * Math.log10(units)));
  return {
    spec: { ...specFor(DEFAULT_STATE, arch), ...extra },
    hGradLog10: h,
    xGradLog10: h.slice(1),
    perUnit: { h: rows },
    spectrum: null,
    halted: null
  } as unknown as SimResult;
}

const shownOf = (results: SimResult[], change: Partial<LabState> = {}): Shown => {
  const lab: LabState = { ...DEFAULT_STATE, steps: results[0].hGradLog10.length - 1, ...change };
  return {
    lab,
    archs: results.map((r) => r.spec.arch),
    results,
    panels: [],
    curves: [],
    shares: [],
    theory: theoryFor(lab),
    run: 1
  };
};

/** The window's input gradient: zero (log10 -Infinity) at t <= T - N and at t = 0, else 0.5 per step back. */
function windowRun(T: number, N: number): SimResult {
  const byStep = Array.from({ length: T + 1 }, (_, t) => (t === 0 || t <= T - N ? -Infinity : -0.5 * (T - t)));
  return fake('window', byStep, { window: N, steps: T });
}

describe('the window: exactly zero beyond N', () => {
  it.each([
    [5000, 1],
    [5000, 16],
    [5000, 512],
    [100, 99]
  ])('T = %i, N = %i: the cut at k = N, the line stops there with a dot, the caption says 0', (T, N) => {
    const r = windowRun(T, N);
    expect(windowCut(r.hGradLog10)).toBe(N);
    const [curve] = lineCurves([r], { ...DEFAULT_STATE, steps: T, compare: ['window'] });
    expect(curve.id).toBe('window-x');
    expect(curve.values[N - 1]).toBeCloseTo(-0.5 * (N - 1), 12);
    expect(curve.values[N]).toBe(-Infinity);
    expect(curve.marks).toEqual([N - 1]);
    expect(curve.label).toBe(`${ARCH_LABELS.window} ‖∂L/∂xₜ‖, exactly 0 from k = ${N}`);
    const steps = N === 1 ? '1 step' : `${N} steps`;
    expect(keptOf(r)).toEqual({
      what: `${ARCH_LABELS.window} keeps`,
      log10: -Infinity,
      where:
        ` from ${steps} back on: x₁ to x${[...String(T - N)].map((d) => '₀₁₂₃₄₅₆₇₈₉'[+d]).join('')} lie ` +
        `outside its N = ${N}`
    });
    expect(pathCaption(shownOf([r]))).toBe(
      `${ARCH_LABELS.window}: inputs within its last N = ${N} get a gradient through one layer; ` +
        `from ${steps} back it is ` +
        'exactly 0, a hard cut no training can move.'
    );
    expect(summaryCaption(shownOf([r]))).toContain(`${ARCH_LABELS.window} keeps exactly 0 from ${steps} back on`);
  });

  it('N >= T: every input inside the window, read at x₁', () => {
    const r = windowRun(100, 512);
    expect(windowCut(r.hGradLog10)).toBeNull();
    expect(keptOf(r).log10).toBeCloseTo(-0.5 * 99, 12);
    expect(keptOf(r).where).toBe(' at x₁ (all 100 inside its N = 512)');
    expect(pathCaption(shownOf([r]))).toBe(
      `${ARCH_LABELS.window}: all 100 steps lie inside its N = 512, so every input gets a gradient through one layer.`
    );
    const [curve] = lineCurves([r], { ...DEFAULT_STATE, steps: 100, compare: ['window'] });
    expect(curve.marks).toBeUndefined();
  });

  it('heatmap: rows are input units, zeros drawn as "no path"', () => {
    const [panel] = heatmapPanels([windowRun(50, 4)]);
    expect(panel).toMatchObject({
      id: 'window-h',
      title: `${ARCH_LABELS.window} |∂L/∂x|`,
      rowLabel: 'input unit',
      zeroNeutral: true
    });
    expect(panel.matrix[0]).toBe(0); // k = 0: the loss step's own input, at the reference
    expect(panel.matrix[4]).toBe(-Infinity); // k = N: outside the window
  });
});

describe('attention: one step from every position', () => {
  it('is read at the first position e₁ (there is no e₀), at T = 5000 too', () => {
    for (const T of [1, 2, 5000]) {
      const byStep = Array.from({ length: T + 1 }, (_, t) =>
        t === 0 ? -Infinity : -Math.log10(T) + (t === T ? 1 : 0)
      );
      const r = fake('attention', byStep, { steps: T, heads: 8 });
      const expected = T === 1 ? 0 : -1;
      expect(keptOf(r)).toEqual({
        what: `${ARCH_LABELS.attention} keeps`,
        log10: expected,
        where: ' at the first position (e₁)'
      });
      const [curve] = lineCurves([r], { ...DEFAULT_STATE, steps: T, compare: ['attention'] });
      expect(curve.id).toBe('attention-e');
      expect(curve.values[T]).toBe(-Infinity); // e_0 does not exist: a gap, not a crash
      expect(pathCaption(shownOf([r]))).toContain(`gradient is ${ratioFromLog10(expected)} of the last one's`);
    }
  });

  it('quotes the spread of the weights it was given: the largest and 1/T', () => {
    const T = 5000;
    const r = fake('attention', [-Infinity, ...Array.from({ length: T }, () => 0)], { steps: T });
    const w = new Float64Array(T).fill(1 / T);
    r.attention = [w];
    expect(pathCaption(shownOf([r]))).toContain(
      'Softmax spreads the weight: the largest of the 5000 is 0.00020 (uniform: 1/T = 0.00020).'
    );
  });

  it('heatmap of ∂L/∂e: rows are units of e, position 0 drawn as "no path"', () => {
    const r = fake('attention', [-Infinity, -2, -1, 0], { steps: 3 });
    const [panel] = heatmapPanels([r]);
    expect(panel).toMatchObject({
      title: `${ARCH_LABELS.attention} |∂L/∂e|`,
      rowLabel: 'unit of e',
      zeroNeutral: true,
      steps: 3
    });
    expect(panel.matrix[3]).toBe(-Infinity);
  });
});

describe('the residual RNN', () => {
  it('its state gradient, no theory line of the RNN beside it', () => {
    const r = fake('residual', [0.5, 0.25, 0], { steps: 2 });
    const curves = lineCurves([r], { ...DEFAULT_STATE, steps: 2, compare: ['residual'] });
    expect(curves.map((c) => c.id)).toEqual(['residual-h']);
    expect(keptOf(r)).toEqual({ what: `${ARCH_LABELS.residual} keeps`, log10: 0.5, where: '' });
    expect(pathCaption(shownOf([r]))).toBe(
      `${ARCH_LABELS.residual}: each step's Jacobian is I + diag(φ′)W, the identity plus the RNN's; over 2 steps its ` +
        `state gradient ends at ${ratioFromLog10(0.5)} of its value at the loss.`
    );
  });
});

describe('with the engine', () => {
  const run = (change: Partial<LabState>, arch: Arch) =>
    simulate(specFor({ ...DEFAULT_STATE, hidden: 16, ...change }, arch, true));

  it('window at N = 1, 512 and T = 5000: the caption reads the engine’s zeros', () => {
    for (const [steps, window] of [
      [5000, 1],
      [5000, 512],
      [100, 512]
    ]) {
      const r = run({ steps, window, compare: ['window'] }, 'window');
      const cut = windowCut(r.hGradLog10);
      expect(cut).toBe(window < steps ? window : null);
      expect(summaryCaption(shownOf([r]))).toContain(
        cut === null
          ? `at x₁ (all ${steps} inside its N = ${window})`
          : `${ARCH_LABELS.window} keeps exactly 0 from ${window}`
      );
      expect(() => heatmapPanels([r], 1024)).not.toThrow();
    }
  });

  it('attention at heads 8, positionScale 0, T = 5000: caption from its own arrays', () => {
    for (const change of [{ heads: 8 }, { positionScale: 0 }, { steps: 5000 }]) {
      const r = run({ ...change, compare: ['attention'] }, 'attention');
      const T = r.hGradLog10.length - 1;
      expect(r.hGradLog10[0]).toBe(-Infinity);
      const k = keptOf(r);
      expect(k.log10).toBe(r.hGradLog10[1] - r.hGradLog10[T]);
      expect(Number.isFinite(k.log10)).toBe(true);
      const caption = pathCaption(shownOf([r]));
      expect(caption).toContain(`the largest of the ${T} is`);
      expect(caption).toContain(`1/T = ${(1 / T).toPrecision(2)}`);
    }
  });
});
