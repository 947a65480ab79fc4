// The recurrent architectures as modules: the plain RNN (Bengio et al. 1994), the LSTM
// (Hochreiter & Schmidhuber 1997), the GRU (Cho et al. 2014) and the residual RNN
// (h_t = h_{t-1} + phi(W h_{t-1} + U x_t + b), He et al. 2016's ResNet block laid along time),
// each over the exact log-space kernels of ../rnn.ts (rnn, residual), ../lstm.ts and ../gru.ts
// and the batched trainer of ../train/net.ts.
import type { Gradients } from '../gradients';
import { gruGradients } from '../gru';
import { lstmGradients } from '../lstm';
import type { ParamGradMode } from '../param-grads';
import { buildParams, CONTROLLED, type Params } from '../params';
import { rnnGradients } from '../rnn';
import { GATES, type RecurrentArch, type Spec } from '../spec';
import { recurrentTrainable } from '../train/net';
import type { ArchModule, ArchResult } from './types';
import { msg } from '../../i18n/index';

type Kernel = (p: Params, perUnit: boolean, paramGrads: ParamGradMode) => Gradients;

function recurrentModule(id: RecurrentArch, kernel: Kernel): ArchModule {
  return {
    id,
    /** in the page's language, read when shown */
    get label() {
      return msg().sim.archs[id];
    },
    path: 'recurrence',
    spectrumMatrix: CONTROLLED[id].name,
    usesActivation: id === 'rnn' || id === 'residual',
    costRows: (spec) => GATES[id] * spec.hidden,
    run(spec: Spec, steps = spec.steps): ArchResult {
      const params = buildParams(spec);
      // the first T' steps of a network are a T'-step network of their own: the same W, U, b and inputs
      const p = steps === params.T ? params : { ...params, T: steps, x: params.x.subarray(0, steps * params.m) };
      const result = kernel(p, spec.perUnit, spec.paramGrads);
      return { ...result, spectrum: { matrix: CONTROLLED[id].name, ...params.spectrum() } };
    },
    trainable: (spec) => recurrentTrainable(spec)
  };
}

export const rnnModule = recurrentModule('rnn', rnnGradients);
export const lstmModule = recurrentModule('lstm', lstmGradients);
export const gruModule = recurrentModule('gru', gruGradients);
export const residualModule = recurrentModule('residual', rnnGradients);
