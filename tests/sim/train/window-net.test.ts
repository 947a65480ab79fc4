// The window's trainer: its batch gradient against central finite differences on every
// parameter, its gradient flow against the simulator's input gradients (a separate kernel held
// to finite differences in window.test.ts), exact zeros beyond N, chunking, and a whole run's
// determinism through the trainer every architecture shares.
import { add, dot, multiply } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { expectThetaGradient } from '../../helpers/theta-gradient';
import { windowConnectivity } from '../../../src/lib/sim/archs/window-kernel';
import { archModule, simulate, validateSpec } from '../../../src/lib/sim/index';
import { trainedConnectivity } from '../../../src/lib/sim/train/net-connectivity';
import {
  windowLossAndGradient,
  windowNetFromSpec,
  windowOutputs,
  type WindowNet
} from '../../../src/lib/sim/archs/window-net';
import { kernelRuns } from '../../../src/lib/sim/wasm/arena';
import { train } from '../../../src/lib/sim/train/train';
import { sequenceSource, type Sequence } from '../../../src/lib/sim/train/tasks';
import { networkSpec, runsOf, validateTrainSpec } from '../../../src/lib/sim/train/train-spec';

function netFor(window: number, hidden = 3, steps = 8): { net: WindowNet; batch: Sequence[] } {
  const [run] = runsOf(validateTrainSpec({ arch: 'window', hidden, steps, window }));
  const net = windowNetFromSpec(networkSpec(run));
  net.theta.forEach((v, i) => (net.theta[i] = v + 0.1 * Math.sin(7 * i + 1))); // b, c off zero too
  const next = sequenceSource({ task: 'adding', steps, noise: 0, pulse: 1 }, 3, 'test');
  return { net, batch: [next(), next(), next()] };
}

/** The simulator's spec of the trainer's network on one sequence: the same W_in, b, inputs, readout v. */
function explicitWindow(net: WindowNet, seq: Sequence) {
  const { n, m, N } = net;
  return {
    arch: 'window',
    hidden: n,
    inputSize: m,
    steps: seq.length,
    window: N,
    recurrent: { init: 'explicit' },
    weights: {
      Win: Array.from({ length: n }, (_, i) => Array.from(net.Win.subarray(i * N * m, (i + 1) * N * m))),
      b: Array.from(net.b)
    },
    inputs: Array.from({ length: seq.length }, (_, t) => Array.from(seq.x.subarray(t * m, (t + 1) * m))),
    readout: Array.from(net.v)
  };
}

describe('the window trainer', () => {
  it.each([4, 8, 12])('N = %i: the batch gradient equals central finite differences on every parameter', (N) => {
    const { net, batch } = netFor(N);
    const grad = new Float64Array(net.theta.length);
    windowLossAndGradient(net, batch, grad);
    const checked = expectThetaGradient(net.theta, grad, (scratch) => windowLossAndGradient(net, batch, scratch));
    expect(checked).toBeGreaterThan(net.theta.length / 2); // not a comparison of zeros
  });

  it("its flow is 2(y - target) times the simulator's input gradient, exactly zero beyond N", () => {
    const { net, batch } = netFor(5, 4, 12);
    const seq = batch[0];
    const flow = new Float64Array(seq.length + 1);
    const grad = new Float64Array(net.theta.length);
    windowLossAndGradient(net, [seq], grad, flow);
    const y = windowOutputs(net, [seq])[0];
    const sim = simulate(explicitWindow(net, seq));
    const k2 = Math.log10(Math.abs(2 * (y - seq.target)));
    for (let k = 0; k <= seq.length; k++) {
      if (k >= 5) expect(flow[k]).toBe(-Infinity);
      else expect(flow[k]).toBeCloseTo(k2 + sim.xGradLog10[seq.length - 1 - k], 10);
    }
    // and the output is v^T tanh(W_in window + b) + c, from mathjs products
    const { n, m, N } = net;
    const xw = Array.from({ length: N * m }, (_, q) => {
      const t = seq.length - N + 1 + Math.floor(q / m);
      return t >= 1 ? seq.x[(t - 1) * m + (q % m)] : 0;
    });
    const Win = Array.from({ length: n }, (_, i) => Array.from(net.Win.subarray(i * N * m, (i + 1) * N * m)));
    const h = (add(multiply(Win, xw) as number[], Array.from(net.b)) as number[]).map(Math.tanh);
    expect(y).toBeCloseTo((dot(h, Array.from(net.v)) as number) + net.c[0], 13);
  });

  it('in chunks gives the whole batch, runs its products in the wasm kernels, and outputs batch = alone', () => {
    const { net, batch } = netFor(6, 5, 20);
    const whole = new Float64Array(net.theta.length);
    const parts = new Float64Array(net.theta.length);
    const before = kernelRuns.gemm;
    const a = windowLossAndGradient(net, batch, whole);
    expect(kernelRuns.gemm).toBeGreaterThan(before);
    const b = windowLossAndGradient(net, batch, parts, undefined, 1);
    expect(b).toBeCloseTo(a, 14);
    whole.forEach((v, i) => expect(parts[i]).toBeCloseTo(v, 14));
    const ys = windowOutputs(net, batch);
    batch.forEach((s, k) => expect(ys[k]).toBeCloseTo(windowOutputs(net, [s])[0], 14));
  });

  it('trains through the shared trainer, deterministically, with no spectral radius', () => {
    const spec = { arch: 'window', hidden: 8, steps: 20, window: 20, iterations: 40, evalEvery: 20, evalSize: 50 };
    const [run] = runsOf(validateTrainSpec(spec));
    const a = train(run);
    const b = train(run);
    expect(Array.from(a.theta)).toEqual(Array.from(b.theta));
    expect(a.history.every((e) => e.spectralRadius === null)).toBe(true);
    expect(a.history[0].flowLog10.some(Number.isFinite)).toBe(true);
    expect(a.history.at(-1)!.loss).toBeLessThan(a.history[0].loss);
    expect(archModule('window').trainable(networkSpec(run)).spectralRadius()).toBeNull();
  });
});

describe("the window's trained connectivity maps", () => {
  it('are the band of the trained W_in on the first evaluation sequence, before and after', () => {
    const spec = { arch: 'window', hidden: 4, steps: 12, window: 5, iterations: 20, evalEvery: 10, evalSize: 10 };
    const [run] = runsOf(validateTrainSpec(spec));
    const result = train(run);
    const maps = trainedConnectivity(run, result.theta)!;
    const seq = sequenceSource({ task: 'adding', steps: 12, noise: 0, pulse: 1 }, run.seed, 'eval')();
    expect(maps.T).toBe(seq.length);
    const net = windowNetFromSpec(networkSpec(run));
    net.theta.set(result.theta);
    const want = windowConnectivity(validateSpec({ ...explicitWindow(net, seq), steps: seq.length })).values;
    maps.after.forEach((v, i) =>
      Number.isFinite(want[i]) ? expect(v).toBeCloseTo(want[i], 12) : expect(v).toBe(want[i])
    );
    expect(maps.before.some((v, i) => Number.isFinite(v) && v !== maps.after[i])).toBe(true);
    const T = seq.length;
    // s = t - N, just outside the band: exactly zero
    for (let t = 6; t <= T; t++) expect(maps.after[(t - 1) * T + (t - 5 - 1)]).toBe(-Infinity);
  });
});
