// A trainable network: the lab's rnn, lstm or gru (the same cells, gate layout and parameter
// builders as the simulator, so training starts from the exact network on screen) with a
// linear readout y = v^T h_T + c, and the mean squared error over a batch, its gradient by
// batched backpropagation through time (batch-tape.ts, batch-backward.ts). Every parameter
// lives in one Float64Array, so the optimiser and the clipping see one vector.
import { msg } from '../../i18n/index';
import type { TrainableNet } from '../archs/types';
import { buildParams, CONTROLLED } from '../params';
import { normals } from '../random';
import { spectrumOf } from '../recurrent';
import { GATES, isRecurrent, type RecurrentArch, type Spec } from '../spec';
import { backward } from './batch-backward';
import { chunkSize, forward, tapeFor, type Tape } from './batch-tape';
import type { Sequence } from './tasks';

export interface Net {
  arch: RecurrentArch;
  activation: 'tanh' | 'linear' | 'relu';
  n: number;
  m: number;
  /** every parameter: W (G n x n), U (G n x m), b (G n), v (n), c (1) */
  theta: Float64Array;
  W: Float64Array;
  U: Float64Array;
  b: Float64Array;
  v: Float64Array;
  c: Float64Array;
}

/** Views of W, U, b, v, c in one vector of parameters (or of their gradients). */
export function layout(
  arch: RecurrentArch,
  n: number,
  m: number,
  theta: Float64Array
): Pick<Net, 'W' | 'U' | 'b' | 'v' | 'c'> {
  const G = GATES[arch] * n;
  let off = 0;
  const take = (len: number) => theta.subarray(off, (off += len));
  return { W: take(G * n), U: take(G * m), b: take(G), v: take(n), c: take(1) };
}

export function parameterCount(arch: RecurrentArch, n: number, m: number): number {
  const G = GATES[arch] * n;
  return G * n + G * m + G + n + 1;
}

/** The network a simulation spec builds (W, U, b with the forget or update bias), readout v ~ N(0, 1/n), c = 0. */
export function netFromSpec(spec: Spec): Net {
  if (spec.activation === 'custom') throw new Error(msg().sim.train.activation);
  const p = buildParams(spec);
  const { hidden: n, inputSize: m } = spec;
  const arch = p.arch;
  const theta = new Float64Array(parameterCount(arch, n, m));
  const net: Net = { arch, activation: spec.activation, n, m, theta, ...layout(arch, n, m, theta) };
  net.W.set(p.W);
  net.U.set(p.U);
  net.b.set(p.b);
  net.v.set(normals(spec.seed, 'train-readout', n, 1 / Math.sqrt(n)));
  return net;
}

/** A copy of the block of W whose spectral radius the lab controls: W (rnn), W_f (lstm), W_z (gru). */
export function controlledBlock(net: Net): Float64Array {
  const { block } = CONTROLLED[net.arch];
  return net.W.slice(block * net.n * net.n, (block + 1) * net.n * net.n);
}

/** A recurrent network (rnn, lstm, gru, residual) as the trainer sees every architecture. */
export function recurrentTrainable(spec: Spec): TrainableNet {
  if (!isRecurrent(spec.arch)) throw new Error(`recurrentTrainable: ${spec.arch} is not recurrent`);
  const net = netFromSpec(spec);
  return {
    arch: net.arch,
    theta: net.theta,
    lossAndGradient: (batch, grad, flow) => lossAndGradient(net, batch, grad, flow),
    outputs: (seqs) => outputs(net, seqs),
    spectralRadius() {
      const W = controlledBlock(net);
      // an eigensolver may never return on NaN or Infinity: a diverged matrix has no radius to report
      if (!W.every(Number.isFinite)) return Number.NaN;
      return spectrumOf(W, net.n).spectralRadius;
    }
  };
}

/** Runs `seqs` in chunks that fit the kernels' memory, handing each forward tape to `each`. */
function chunked(
  net: Net,
  seqs: Sequence[],
  each: (tp: Tape, y: Float64Array, first: number) => void,
  size = chunkSize(net, Math.max(...seqs.map((s) => s.length)))
): void {
  for (let first = 0; first < seqs.length; first += size) {
    const tp = tapeFor(net, seqs.slice(first, first + size));
    each(tp, forward(tp), first);
  }
}

/** The network's outputs y = v^T h_L + c for each sequence. */
export function outputs(net: Net, seqs: Sequence[]): Float64Array {
  const y = new Float64Array(seqs.length);
  chunked(net, seqs, (_, ys, first) => y.set(ys, first));
  return y;
}

/** The network's output for one sequence. */
export function predict(net: Net, seq: Sequence): number {
  return outputs(net, [seq])[0];
}

/**
 * Mean squared error over a batch and its gradient (written into `grad`, laid out as theta),
 * by batched BPTT. With `hNorms`, the gradient flow of the batch's first sequence (log10
 * ||dL/dh_{L-k}||, k = 0..L). `chunk`: sequences per pass (by default as many as fit
 * CHUNK_BYTES of workspace).
 */
export function lossAndGradient(
  net: Net,
  batch: Sequence[],
  grad: Float64Array,
  hNorms?: Float64Array,
  chunk?: number
): number {
  grad.fill(0);
  const g = layout(net.arch, net.n, net.m, grad);
  let loss = 0;
  chunked(
    net,
    batch,
    (tp, y, first) => {
      const dy = y.map((yb, b) => {
        const e = yb - batch[first + b].target;
        loss += e * e;
        return (2 * e) / batch.length;
      });
      backward(tp, dy, g, first === 0 ? hNorms : undefined);
      for (let i = 0; i < tp.gW.length; i++) g.W[i] += tp.gW[i];
      for (let i = 0; i < tp.gU.length; i++) g.U[i] += tp.gU[i];
      for (let i = 0; i < tp.gb.length; i++) g.b[i] += tp.gb[i];
    },
    chunk
  );
  return loss / batch.length;
}
