// The attention network as the trainer sees it (TrainableNet): the layer of attention-kernel.ts
// with the readout y = v^T h_L + c at each sequence's own last step L, the mean squared error over
// a batch and its exact gradient. theta = [U, b, Wq, Wk, Wv, Wo, v, c]; the weights start as the
// simulator builds them (attention-params.ts), v ~ N(0, 1/n) from the 'train-readout' stream and
// c = 0 like the recurrent nets (train/net.ts). Sequence by sequence in plain typed-array loops:
// with the key and value projections folded into the query (attention-kernel.ts) one sequence is
// O(L n H + n^2) work, and an iteration (batch 32, n = 16, L = 200, with Adam) takes 2.8 ms at best
// on the loaded development machine against PyTorch's 9.3 ms in float32 (npm run bench), so it
// needs no WebAssembly kernel. exp and log10 are det-math's, sin and cos attention-position.ts's:
// the same history in Node and in the page.
import { log10 } from '../det-math';
import { log10Norm } from '../linalg';
import { normals } from '../random';
import type { Spec } from '../spec';
import type { Sequence } from '../train/task-registry';
import { attendLast, backLast, lastTape, type AttentionGrads, type LastTape } from './attention-kernel';
import { attentionParams, embed, type AttentionParams } from './attention-params';
import type { TrainableNet } from './types';

type Layer = Pick<AttentionParams, 'n' | 'm' | 'H' | 'd' | 'positionScale' | 'U' | 'b' | 'Wq' | 'Wk' | 'Wv' | 'Wo'>;

export interface AttentionNet extends Layer {
  theta: Float64Array;
  v: Float64Array;
  c: Float64Array;
}

/** Views of U, b, Wq, Wk, Wv, Wo, v, c in one vector of parameters (or of their gradients). */
export function attentionLayout(n: number, m: number, theta: Float64Array) {
  let off = 0;
  const take = (len: number) => theta.subarray(off, (off += len));
  return {
    U: take(n * m),
    b: take(n),
    Wq: take(n * n),
    Wk: take(n * n),
    Wv: take(n * n),
    Wo: take(n * n),
    v: take(n),
    c: take(1)
  };
}

export const attentionParameterCount = (n: number, m: number): number => n * m + 4 * n * n + 2 * n + 1;

/** The network a simulation spec builds, with the trainer's readout. */
export function attentionNet(spec: Spec): AttentionNet {
  const p = attentionParams(spec);
  const { n, m } = p;
  const theta = new Float64Array(attentionParameterCount(n, m));
  const views = attentionLayout(n, m, theta);
  for (const k of ['U', 'b', 'Wq', 'Wk', 'Wv', 'Wo'] as const) views[k].set(p[k]);
  views.v.set(normals(spec.seed, 'train-readout', n, 1 / Math.sqrt(n)));
  return { n, m, H: p.H, d: p.d, positionScale: p.positionScale, theta, ...views };
}

/** Buffers for sequences of up to T steps, grown when a longer one comes. */
class Work {
  e = new Float64Array(0);
  de = new Float64Array(0);
  tp: LastTape | null = null;
  for(net: AttentionNet, T: number): LastTape {
    if (!this.tp || this.tp.T < T) {
      this.e = new Float64Array(T * net.n);
      this.de = new Float64Array(T * net.n);
      this.tp = lastTape(net.n, net.H, T);
    }
    return this.tp;
  }
}

/** y = v^T h_L + c of one sequence, its tape left in `work`. */
function forwardOne(net: AttentionNet, seq: Sequence, work: Work): number {
  const L = seq.length;
  const tp = work.for(net, L);
  embed(net, seq.x, L, work.e);
  attendLast(net, work.e, L, tp);
  let y = net.c[0];
  for (let i = 0; i < net.n; i++) y += net.v[i] * tp.h[i];
  return y;
}

export function attentionOutputs(net: AttentionNet, seqs: Sequence[], work = new Work()): Float64Array {
  return Float64Array.from(seqs, (seq) => forwardOne(net, seq, work));
}

/**
 * e_s = U x_s + b + positionScale p_s: dU += sum_s de_s x_s^T, db += sum_s de_s, each entry summed in
 * a register over s (accumulating through memory with s outermost ran at half the speed).
 */
function embeddingGrads(
  de: Float64Array,
  x: Float64Array,
  L: number,
  n: number,
  m: number,
  gU: Float64Array,
  gb: Float64Array
): void {
  for (let i = 0; i < n; i++) {
    let sb = 0;
    for (let s = 0; s < L; s++) sb += de[s * n + i];
    gb[i] += sb;
    for (let c = 0; c < m; c++) {
      let su = 0;
      for (let s = 0; s < L; s++) su += de[s * n + i] * x[s * m + c];
      gU[i * m + c] += su;
    }
  }
}

/**
 * The batch's mean squared error, its gradient written into grad (laid out as theta). With flow,
 * log10 ||dL/de_{L-k}||, k = 0..L, of the batch's first sequence (k = L: no e_0, -Infinity).
 */
export function attentionLossAndGradient(
  net: AttentionNet,
  batch: Sequence[],
  grad: Float64Array,
  flow?: Float64Array,
  work = new Work()
): number {
  const { n, m } = net;
  grad.fill(0);
  const g = attentionLayout(n, m, grad);
  const dh = new Float64Array(n);
  let loss = 0;
  for (let k = 0; k < batch.length; k++) {
    const seq = batch[k];
    const L = seq.length;
    const y = forwardOne(net, seq, work);
    const err = y - seq.target;
    loss += err * err;
    const dy = (2 * err) / batch.length;
    const { e, de, tp } = work;
    for (let i = 0; i < n; i++) {
      dh[i] = dy * net.v[i];
      g.v[i] += dy * tp!.h[i];
    }
    g.c[0] += dy;
    de.fill(0, 0, L * n);
    backLast(net, e, L, tp!, dh, de, g as AttentionGrads);
    embeddingGrads(de, seq.x, L, n, m, g.U, g.b);
    if (k === 0 && flow) {
      for (let back = 0; back < L; back++) flow[back] = log10Norm(de.subarray((L - 1 - back) * n), n, log10);
      flow[L] = -Infinity;
    }
  }
  return loss / batch.length;
}

/** An attention network as the trainer sees every architecture. */
export function attentionTrainable(spec: Spec): TrainableNet {
  const net = attentionNet(spec);
  const work = new Work();
  return {
    arch: 'attention',
    theta: net.theta,
    lossAndGradient: (batch, grad, flow) => attentionLossAndGradient(net, batch, grad, flow, work),
    outputs: (seqs) => attentionOutputs(net, seqs, work),
    spectralRadius: () => null
  };
}
