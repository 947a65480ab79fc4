// The memory figure's panels and caption against the engine: the kept share recomputed from the
// engine's own forget gates (a direct product), the highway's backward factor from its gradient
// norm, the constant-gate case against a 64-digit mathjs product of sigma(b), and the caption's
// words (more, less, grows) against the sign of the numbers beside them, at extreme settings.
import { describe, expect, it } from 'vitest';
import { bignumber, exp, log10 } from 'mathjs';
import { memoryCaption, memoryPanels, memoryReading } from '../../src/lib/figures/memory-figure';
import { ratioFromLog10 } from '../../src/lib/figures/format';
import { simulate, type SimResult } from '../../src/lib/sim/index';
import { DEFAULT_STATE, specFor, type LabState } from '../../src/lib/model/lab-state';
import { PRESETS } from '../../src/lib/model/eigen-presets';

const lstmRun = (change: Partial<LabState>): SimResult =>
  simulate(specFor({ ...DEFAULT_STATE, ...change }, 'lstm', true));

/** log10 of f_1 ... f_T for unit i, summed from the engine's gate rows (row 0 holds no gate). */
const keptDirect = (r: SimResult, i: number) => {
  let s = 0;
  for (let t = 1; t < r.perUnit!.f!.length; t++) s += Math.log10(r.perUnit!.f![t][i]);
  return s;
};

/** log10 || (f_{s+1} ... f_T) * dL/dc_T || from the per-unit memory and dL/dc_T, summed in log space. */
function highwayFromMemory(r: SimResult, s: number): number {
  const T = r.perUnit!.memory!.length - 1;
  const terms = r.perUnit!.memory![s].map((m, i) => 2 * (m + r.perUnit!.c![T][i]));
  const top = Math.max(...terms);
  return (top + Math.log10(terms.reduce((a, v) => a + 10 ** (v - top), 0))) / 2;
}

const nonNormal = (): Partial<LabState> => {
  const preset = PRESETS.find((p) => p.id === 'non-normal')!;
  return { init: 'eigenvalues', eigenvalues: preset.make(32), condition: preset.condition! };
};

const SETTINGS: [string, Partial<LabState>][] = [
  ['the defaults', {}],
  ['b = 4.5, T = 500', { forgetBias: 4.5, steps: 500 }],
  ['b = 8, T = 500', { forgetBias: 8, steps: 500 }],
  ['b = -4, T = 100', { forgetBias: -4 }],
  ['the non-normal preset', nonNormal()]
];

describe('memory beside gradient', () => {
  it.each(SETTINGS)('%s: the caption’s kept share is the product of the engine’s gates', (_, change) => {
    const r = lstmRun(change);
    const read = memoryReading(r)!;
    const n = r.perUnit!.f![1].length;
    const direct = Array.from({ length: n }, (_, i) => keptDirect(r, i));
    // the unit named keeps most, and what it keeps is the direct product (to rounding in the sum)
    expect(read.unit).toBe(direct.indexOf(Math.max(...direct)) + 1);
    expect(read.keptLog10).toBeCloseTo(direct[read.unit - 1], 8);
    const caption = memoryCaption(r);
    expect(caption).toContain(`Unit ${read.unit} keeps ${ratioFromLog10(direct[read.unit - 1])} of a value written`);
    expect(caption).toContain(
      `the highway Πf carries the same ${ratioFromLog10(read.keptLog10)} of its ∂L/∂c at T back to s`
    );
  });

  it.each(SETTINGS)('%s: forward memory and the backward highway are one product', (_, change) => {
    const r = lstmRun(change);
    const T = r.perUnit!.memory!.length - 1;
    // the engine's highway gradient (backward pass, deep units) against the forward record
    for (const s of [0, Math.floor(T / 3), T - 1, T])
      expect(highwayFromMemory(r, s)).toBeCloseTo(r.cellPathLog10![s], 7);
  });

  it.each(SETTINGS)('%s: the words about the full cell gradient agree with its sign', (_, change) => {
    const r = lstmRun(change);
    const { cellLog10, highwayLog10 } = memoryReading(r)!;
    const T = r.cGradLog10!.length - 1;
    // the line chart's numbers: the norms over all units
    expect(cellLog10).toBe(r.cGradLog10![0] - r.cGradLog10![T]);
    expect(highwayLog10).toBe(r.cellPathLog10![0] - r.cellPathLog10![T]);
    const caption = memoryCaption(r);
    const than = `than the highway's ${ratioFromLog10(highwayLog10)} (all units)`;
    if (cellLog10 - highwayLog10 > Math.log10(2)) expect(caption).toContain(`, more ${than}: the paths through h`);
    else if (highwayLog10 - cellLog10 > Math.log10(2)) expect(caption).toContain(`, less ${than}`);
    else expect(caption).toMatch(/as the highway does/);
    if (cellLog10 > 0) expect(caption).toContain(`grows to ${ratioFromLog10(cellLog10)}`);
    if (cellLog10 >= 1) expect(caption).toMatch(/the matrix part exploding\.$/);
    else if (cellLog10 > 0) expect(caption).toMatch(/the matrix part growing\.$/);
    else expect(caption).not.toMatch(/grows|explod/);
  });

  it('b = 8, T = 500 and the non-normal preset: the full cell gradient grows past what the gates keep', () => {
    for (const change of [{ forgetBias: 8, steps: 500 }, nonNormal()]) {
      const r = lstmRun(change);
      const { keptLog10, cellLog10, highwayLog10 } = memoryReading(r)!;
      expect(keptLog10).toBeLessThan(0); // the gates only dilute
      expect(highwayLog10).toBeLessThan(0);
      expect(cellLog10).toBeGreaterThan(0);
      expect(memoryCaption(r)).toMatch(/the paths through h \(W and the gates\) add it/);
    }
  });

  it.each([
    [1, 500],
    [5, 500],
    [8, 1000]
  ])('constant gates σ(%d), T = %d: keeps σ(b)^T, as a 64-digit product says', (bf, T) => {
    const r = simulate({
      arch: 'lstm',
      hidden: 1,
      inputSize: 1,
      steps: T,
      perUnit: true,
      recurrent: { init: 'explicit' },
      forgetBias: 0,
      // W_f = U_f = 0: f_t = sigma(b_f) at every step
      weights: { W: [[0.3], [0], [0.2], [0.1]], U: [[1], [0], [1], [1]], b: [0, bf, 0, 0] }
    });
    const sigma = bignumber(1).div(bignumber(1).add(exp(bignumber(-bf))));
    const want = Number(log10(sigma.pow(T)).toString());
    const read = memoryReading(r)!;
    expect(Math.abs(read.keptLog10 / want - 1)).toBeLessThan(1e-12);
    expect(r.cellPathLog10![0] - r.cellPathLog10![T]).toBeCloseTo(want, 9); // backward, the same
    expect(memoryCaption(r)).toContain(`Unit 1 keeps ${ratioFromLog10(want)} of a value written ${T} steps back`);
  });

  it('panels: column k of row i is unit i’s memory k steps back; the cell panel as the cell heatmap’s', () => {
    const r = lstmRun({ forgetBias: 3, steps: 50 });
    const { memory, cell } = memoryPanels(r)!;
    const T = 50;
    expect([memory.rows, memory.cols, cell.cols]).toEqual([32, T + 1, T + 1]);
    for (const [i, k] of [
      [0, 0],
      [3, 17],
      [31, T]
    ]) {
      expect(memory.matrix[i * (T + 1) + k]).toBe(r.perUnit!.memory![T - k][i]);
      // relative to the root-mean-square unit at T, ||dL/dc_T|| / sqrt(n)
      const ref = r.cGradLog10![T] - 0.5 * Math.log10(32);
      expect(cell.matrix[i * (T + 1) + k]).toBe(r.perUnit!.c![T - k][i] - ref);
    }
    // the screen's average: no wider than asked
    expect(memoryPanels(lstmRun({ steps: 2000 }), 512)!.memory.cols).toBeLessThanOrEqual(512);
  });

  it('has nothing to show for a GRU or an RNN, nor for a run without per-unit data', () => {
    for (const arch of ['gru', 'rnn'] as const) {
      const r = simulate(specFor(DEFAULT_STATE, arch, true));
      expect(memoryPanels(r)).toBeNull();
      expect(memoryCaption(r)).toBe('');
    }
    expect(memoryPanels(simulate(specFor(DEFAULT_STATE, 'lstm', false)))).toBeNull();
  });
});
