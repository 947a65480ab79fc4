// The attention trainer held to central differences of its own loss on every parameter, and to
// the simulator (the same weights, inputs and readout as an explicit spec).
import { describe, expect, it } from 'vitest';
import { expectThetaGradient } from '../../helpers/theta-gradient';
import { simulate } from '../../../src/lib/sim/index';
import {
  attentionLossAndGradient,
  attentionNet,
  attentionOutputs,
  type AttentionNet
} from '../../../src/lib/sim/archs/attention-train';
import { sequenceSource, type Sequence } from '../../../src/lib/sim/train/tasks';
import { networkSpec, runsOf, validateTrainSpec } from '../../../src/lib/sim/train/train-spec';
import { train } from '../../../src/lib/sim/train/train';

function netFor(H: number, positionScale: number, hidden = 4, steps = 8): { net: AttentionNet; batch: Sequence[] } {
  const [run] = runsOf(validateTrainSpec({ arch: 'attention', hidden, heads: H, positionScale, steps }));
  const net = attentionNet(networkSpec(run));
  // move every parameter off its initial value (b and c start at zero)
  net.theta.forEach((v, i) => (net.theta[i] = v + 0.1 * Math.sin(7 * i + 1)));
  const next = sequenceSource({ task: 'adding', steps, noise: 0, pulse: 1 }, 3, 'test');
  return { net, batch: [next(), next(), next()] };
}

const rows = (a: Float64Array, r: number, c: number) =>
  Array.from({ length: r }, (_, i) => Array.from(a.subarray(i * c, (i + 1) * c)));

describe('the attention trainer', () => {
  it.each([
    [1, 1],
    [2, 0],
    [2, 1]
  ])('H = %i, positionScale %i: the gradient equals central differences on every parameter', (H, ps) => {
    const { net, batch } = netFor(H, ps);
    const grad = new Float64Array(net.theta.length);
    attentionLossAndGradient(net, batch, grad);
    const checked = expectThetaGradient(net.theta, grad, (scratch) => attentionLossAndGradient(net, batch, scratch));
    expect(checked).toBeGreaterThan(net.theta.length / 2); // not a comparison of zeros
  });

  it('on one sequence agrees with the simulator: output, and the flow is 2 (y - target) dL/de', () => {
    const { net, batch } = netFor(2, 1, 4, 12);
    const seq = batch[0];
    const { n, m } = net;
    const sim = simulate({
      arch: 'attention',
      hidden: n,
      inputSize: m,
      heads: 2,
      positionScale: 1,
      steps: seq.length,
      recurrent: { init: 'explicit' },
      weights: {
        U: rows(net.U, n, m),
        b: Array.from(net.b),
        Wq: rows(net.Wq, n, n),
        Wk: rows(net.Wk, n, n),
        Wv: rows(net.Wv, n, n),
        Wo: rows(net.Wo, n, n)
      },
      inputs: rows(seq.x, seq.length, m),
      readout: Array.from(net.v)
    });
    const grad = new Float64Array(net.theta.length);
    const flow = new Float64Array(seq.length + 1);
    attentionLossAndGradient(net, [seq], grad, flow);
    const y = attentionOutputs(net, [seq])[0];
    const k = Math.log10(Math.abs(2 * (y - seq.target)));
    for (let back = 0; back < seq.length; back++)
      expect(flow[back]).toBeCloseTo(k + sim.hGradLog10[seq.length - back], 12);
    expect(flow[seq.length]).toBe(-Infinity);
    // dL/dc = 2 (y - target): the output's own derivative
    expect(grad[grad.length - 1]).toBeCloseTo(2 * (y - seq.target), 14);
  });

  it('the mean over a batch of unequal lengths is the mean of each sequence alone', () => {
    const { net } = netFor(1, 1, 8, 20);
    const next = sequenceSource({ task: 'adding', steps: 20, noise: 0, pulse: 1 }, 5, 'pad');
    const batch = Array.from({ length: 7 }, next);
    expect(new Set(batch.map((s) => s.length)).size).toBeGreaterThan(1);
    const grad = new Float64Array(net.theta.length);
    const loss = attentionLossAndGradient(net, batch, grad);
    const one = new Float64Array(net.theta.length);
    const mean = new Float64Array(net.theta.length);
    let meanLoss = 0;
    for (const seq of batch) {
      meanLoss += attentionLossAndGradient(net, [seq], one) / batch.length;
      one.forEach((v, i) => (mean[i] += v / batch.length));
    }
    expect(loss).toBeCloseTo(meanLoss, 14);
    const scale = Math.max(...mean.map(Math.abs));
    grad.forEach((v, i) => expect(Math.abs(v - mean[i])).toBeLessThan(1e-13 * scale));
  });

  it('trains deterministically: the same spec gives the same history, bit for bit', () => {
    const spec = { arch: 'attention', hidden: 8, steps: 30, iterations: 40, evalEvery: 10, evalSize: 50, batch: 8 };
    const [run] = runsOf(validateTrainSpec(spec));
    const a = train(run);
    const b = train(run);
    expect(Buffer.from(a.theta.buffer).equals(Buffer.from(b.theta.buffer))).toBe(true);
    expect(a.history.map((h) => h.loss)).toEqual(b.history.map((h) => h.loss));
    expect(a.history.every((h) => h.spectralRadius === null)).toBe(true);
    for (const h of a.history) {
      expect(h.flowLog10.at(-1)).toBe(-Infinity); // k = L: there is no e_0
      expect(h.flowLog10.subarray(0, -1).every(Number.isFinite)).toBe(true);
    }
  });
});
