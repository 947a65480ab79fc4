// The latch view's data: the trajectories, gradients and fixed points for the settings on
// screen (a few thousand tanh steps: run at once, on the main thread), and the trade-off grid
// over w and the noise (hundreds of thousands of trajectory steps: in the worker, a row per
// noise level as it finishes). The grid's axes are w and the noise, so moving either slider
// only moves its marker; the pulse, the length, T and the seed recompute it.
import { LATCH_GRID, LATCH_RANGE, latchFixedPoints, latchMap, latchRun } from '../sim/latch';
import type { LatchGrid, LatchShown } from '../model/latch-figures';
import { latchSpecFor, type LabState } from '../model/lab-state';
import { keyedWorkerRequest } from './worker-request.svelte';

/** The latch's figures for the settings on screen. Throws, naming the field, on settings out of range. */
export function latchShown(lab: LabState): LatchShown {
  const spec = latchSpecFor(lab);
  return { spec, run: latchRun(spec), fixedPoints: latchFixedPoints(spec.w), map: latchMap(spec.w, LATCH_RANGE) };
}

const emptyGrid = (steps: number): LatchGrid => {
  const cells = LATCH_GRID.ws.length * LATCH_GRID.noises.length;
  return {
    ws: LATCH_GRID.ws,
    noises: LATCH_GRID.noises,
    kept: new Float64Array(cells).fill(NaN),
    grad: new Float64Array(cells).fill(NaN),
    filled: 0,
    steps,
    trajectories: LATCH_GRID.trajectories,
    ms: 0,
    error: ''
  };
};

/** Call during component initialisation. `input()` is null while the latch is not shown. */
export function latchGrid(input: () => LabState | null) {
  let grid = $state.raw<LatchGrid>(emptyGrid(0));
  const spec = $derived.by(() => {
    const lab = input();
    return lab ? latchSpecFor(lab, LATCH_GRID.trajectories) : null;
  });
  // keyed on what the grid depends on: not w, not the noise (its axes)
  const key = $derived(spec ? JSON.stringify({ ...spec, w: 0, noise: 0 }) : '');

  keyedWorkerRequest(
    () => key,
    (client, complete) => {
      const s = spec!;
      const W = LATCH_GRID.ws.length;
      grid = emptyGrid(s.steps);
      client.request(
        [{ key: 'latch', kind: 'latch', spec: s, ws: [...LATCH_GRID.ws], noises: [...LATCH_GRID.noises] }],
        {
          row(_key, row, values) {
            const kept = grid.kept.slice();
            const grad = grid.grad.slice();
            kept.set(values.subarray(0, W), row * W);
            grad.set(values.subarray(W), row * W);
            grid = { ...grid, kept, grad, filled: row + 1 };
          },
          done(ms) {
            grid = { ...grid, ms };
            complete();
          },
          error(_key, message) {
            grid = { ...grid, error: message };
          }
        }
      );
    }
  );

  return {
    get current() {
      return grid;
    }
  };
}
