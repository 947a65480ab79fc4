// The gradient flow while learning, for every kind of path to the past: what is differentiated
// (state, position embedding, input), how many steps back a sequence has, the window's exact zero
// beyond N, and the caption read from real runs of the trainer.
import { describe, expect, it } from 'vitest';
import { finishedRun } from '../helpers/training-run';
import {
  FLOW_QUANTITY,
  flowCaption,
  flowMatrix,
  flowSteps,
  flowText,
  flowTitle
} from '../../src/lib/figures/training-flow';
import { ratioFromLog10 } from '../../src/lib/figures/format';
import { ARCH_LABELS } from '../../src/lib/model/lab-state';

const runFor = finishedRun;

describe('the training flow by path', () => {
  it('names what each path differentiates, and its steps back', () => {
    expect(FLOW_QUANTITY.recurrence.symbol).toBe('‖∂L/∂h‖');
    expect(FLOW_QUANTITY.attention.symbol).toBe('‖∂L/∂e‖');
    expect(FLOW_QUANTITY.window.symbol).toBe('‖∂L/∂x‖');
    // h_L..h_0 for a recurrence (L + 1 states); positions 1..L for attention and the window
    expect(flowSteps('recurrence', 9)).toBe(9);
    expect(flowSteps('attention', 9)).toBe(8);
    expect(flowSteps('window', 9)).toBe(8);
  });

  it("an exact zero is the window's cut beyond N; elsewhere it is the trainer's flush below 2^-1000", () => {
    expect(flowText('window', -Infinity, 16, 16)).toBe('exactly 0 (k = 16, beyond its window of 16)');
    expect(flowText('window', -0.5, 15, 16)).toBe(`${ratioFromLog10(-0.5)} (k = 15)`);
    expect(flowText('recurrence', -Infinity, 40)).toBe(`below ${ratioFromLog10(-301)} (k = 40)`);
    expect(flowText('attention', -Infinity, 40)).toBe(`below ${ratioFromLog10(-301)} (k = 40)`);
    expect(flowText('attention', -2.3, 40)).toBe(`${ratioFromLog10(-2.3)} (k = 40)`);
  });

  it('recurrent runs: one quantity in the title, the caption unchanged', () => {
    const runs = [runFor('rnn'), runFor('lstm')];
    expect(flowTitle(runs)).toBe('‖∂L/∂h‖');
    expect(flowCaption(runs)).not.toContain('(‖∂L/∂h‖:');
    const { cols } = flowMatrix(runs[1]);
    expect(cols).toBe(Math.max(...runs[1].history.map((e) => e.flowLog10.length)));
  });

  it('attention: ∂L/∂e over L positions, no spectral radius, in a mixed title', () => {
    const run = runFor('attention');
    const lstm = runFor('lstm');
    const { matrix, rows, cols } = flowMatrix(run);
    const L = Math.max(...run.history.map((e) => e.flowLog10.length - 1));
    expect(cols).toBe(L);
    for (let r = 0; r < rows; r++) expect(matrix[r * cols]).toBe(0); // relative to the loss step
    // one step from every position to the output: the gradient reaches each, none vanishes
    for (const v of matrix) if (!Number.isNaN(v)) expect(Number.isFinite(v)).toBe(true);
    expect(flowTitle([lstm, run])).toBe(`‖∂L/∂h‖ (LSTM), ‖∂L/∂e‖ (${ARCH_LABELS.attention})`);
    expect(flowCaption([lstm, run])).toContain("(‖∂L/∂h‖: the state; ‖∂L/∂e‖: the position's embedding)");
    for (const e of run.history) expect(e.spectralRadius).toBeNull();
  });

  it('the window: its flow beyond N is exactly zero, and the caption says so', () => {
    const N = 3;
    const run = runFor('window', { window: N });
    const { matrix, rows, cols } = flowMatrix(run);
    for (let r = 0; r < rows; r++)
      for (let k = 0; k < cols; k++) {
        const v = matrix[r * cols + k];
        if (Number.isNaN(v)) continue; // a shorter sequence
        if (k >= N) expect(v).toBe(-Infinity);
        else expect(Number.isFinite(v)).toBe(true);
      }
    // at T = 8, X2 is among the first T/2 - 1 = 3 steps: always beyond the last 3 inputs
    const e = run.history.at(-1)!;
    const k = Math.max(...e.flowMarks);
    expect(k).toBeGreaterThanOrEqual(N);
    expect(flowCaption([run])).toContain(`${ARCH_LABELS.window} exactly 0 (k = ${k}, beyond its window of ${N})`);
  });
});
