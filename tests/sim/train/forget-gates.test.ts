// A trained LSTM's forget gates, recomputed independently from its weights and the states of the
// mathjs reference, and its units' memory lengths from their closed form.
import { describe, expect, it } from 'vitest';
import { referenceStates } from '../../../src/lib/sim/reference';
import { forgetGates, trainedForgetGates } from '../../../src/lib/sim/train/forget-gates';
import { netFromSpec } from '../../../src/lib/sim/train/net';
import { paramsOf } from '../../../src/lib/sim/train/net-connectivity';
import { sequenceSource } from '../../../src/lib/sim/train/tasks';
import { train } from '../../../src/lib/sim/train/train';
import { networkSpec, runsOf, validateTrainSpec } from '../../../src/lib/sim/train/train-spec';

const run = runsOf(validateTrainSpec({ arch: 'lstm', hidden: 3, steps: 12, iterations: 30, evalSize: 8, batch: 4 }))[0];

describe('forget gates of a trained LSTM', () => {
  it('are sigma(W_f h_{t-1} + U_f x_t + b_f) on the evaluation sequence, and 1 / (1 - mean f) per unit', () => {
    const net = netFromSpec(networkSpec(run));
    const seq = sequenceSource({ task: 'adding', steps: 12, noise: run.noise, pulse: run.pulse }, run.seed, 'eval')();
    const { n, m, W, U, b } = net;
    const h = referenceStates(paramsOf(net, seq));
    const g = forgetGates(net, seq);
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let t = 1; t <= seq.length; t++) {
        let a = b[n + i];
        for (let j = 0; j < n; j++) a += W[(n + i) * n + j] * h[t - 1][j];
        for (let j = 0; j < m; j++) a += U[(n + i) * m + j] * seq.x[(t - 1) * m + j];
        const f = 1 / (1 + Math.exp(-a));
        expect(g.f[(t - 1) * n + i]).toBeCloseTo(f, 13);
        sum += f;
      }
      expect(g.memoryLength[i]).toBeCloseTo(1 / (1 - sum / seq.length), 9);
    }
  });

  it('before and after training differ, and only the LSTM has them', () => {
    const result = train(run);
    const gates = trainedForgetGates(run, result.theta)!;
    expect(gates.T).toBeGreaterThanOrEqual(12);
    expect(gates.before.f).toHaveLength(gates.T * 3);
    expect(Array.from(gates.after.f)).not.toEqual(Array.from(gates.before.f));
    expect(trainedForgetGates({ ...run, arch: 'gru' }, result.theta)).toBeNull();
  });
});
