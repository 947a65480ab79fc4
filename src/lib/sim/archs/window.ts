// The sliding window as an architecture: the last N inputs read directly by one tanh layer
// (window-kernel.ts for simulate(), window-net.ts for the trainer). It has no recurrent matrix
// (no spectrum), always uses tanh (the spec's activation does not apply) and has no weight
// gradients by step (paramGrads is accepted and ignored: there is no sum over time to split).
import { msg } from '../../i18n/index';
import type { ArchModule } from './types';
import { windowConnectivity, windowGradients, windowParams } from './window-kernel';
import { windowTrainable } from './window-net';

export const windowModule: ArchModule = {
  id: 'window',
  /** in the page's language, read when shown */
  get label() {
    return msg().sim.archs.window;
  },
  path: 'window',
  spectrumMatrix: null,
  usesActivation: false,
  // A sequence costs n N m multiply-adds once (its window at T), and the kernel skips the zero
  // padding, so min(N, T) n m: at most n m per step, whatever N. In the forecasts' unit (rows of
  // n + m + 1 multiply-adds a step) that is n m / (n + m + 1), an upper bound.
  costRows: (spec) => (spec.hidden * spec.inputSize) / (spec.hidden + spec.inputSize + 1),
  run: (spec, steps) => windowGradients(windowParams(spec), spec.perUnit, steps),
  trainable: (spec) => windowTrainable(spec),
  connectivity: (spec) => windowConnectivity(spec)
};
