// A forecast of a connectivity map's run time (connectivity.ts), so the explorer can say what a
// map of T = 1000 will cost before it starts. The map fills T (T + 1) / 2 cells (t >= s), each a
// step of forward tangents: m input directions pushed through the G x n recurrent rows (and the
// LSTM's cell), plus a fixed cost per cell (the renormalisation, the norm, the step's bookkeeping).
// Fitted by timing the explorer's maps at n = 32, m = 4, T = 100..400 on the 2-core development
// machine (rnn, lstm, gru, residual within a factor 1.3; attention and the window, which have
// whole-map kernels of their own, come out over-forecast, never under). A Bi-LSTM runs two LSTMs.
import { archModule } from './archs/index';
import type { Spec } from './spec';

/** Microseconds per map cell: a fixed part, and per multiply-add of the tangents' G n m. */
const CELL_US = 10.4;
const OP_US = 2.15e-3;

/** Forecast milliseconds of one connectivity map of this spec (bidirectional: a Bi-LSTM's). */
export function connectivityMs(
  spec: Pick<Spec, 'arch' | 'hidden' | 'inputSize' | 'steps' | 'heads' | 'window'>,
  bidirectional = false
): number {
  const { hidden: n, inputSize: m, steps: T } = spec;
  const G = archModule(bidirectional ? 'lstm' : spec.arch).costRows({
    hidden: n,
    inputSize: m,
    heads: spec.heads,
    window: spec.window
  });
  const cells = (T * (T + 1)) / 2;
  return ((bidirectional ? 2 : 1) * cells * (CELL_US + OP_US * G * n * m)) / 1000;
}
