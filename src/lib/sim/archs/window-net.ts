// The sliding window as the trainer fits it: y = v^T tanh(W_in [x_{L-N+1}; ...; x_L] + b) + c
// for a sequence of length L (zero inputs before step 1), the mean squared error over a batch
// and its gradient. Batched like the recurrent nets (train/batch-tape.ts): the batch is the
// columns of one (N m) x B matrix of windows, so the forward pass is one gemm, W_in X, and the
// weight gradient another, delta X^T, in the WebAssembly kernels when the buffers live there.
import { log10 } from '../det-math';
import { gemm, log10Norm } from '../linalg';
import { normals } from '../random';
import { ARCH_FIELD_DEFAULTS, type Spec } from '../spec';
import { CHUNK_BYTES } from '../train/batch-tape';
import { flushTiny, tanhCells } from '../train/elementwise';
import type { Sequence } from '../train/tasks';
import { namedWorkspace } from '../wasm/arena';
import type { TrainableNet } from './types';
import { windowWeights } from './window-kernel';

export interface WindowNet {
  n: number;
  m: number;
  N: number;
  /** every parameter: W_in (n x N m), b (n), v (n), c (1) */
  theta: Float64Array;
  Win: Float64Array;
  b: Float64Array;
  v: Float64Array;
  c: Float64Array;
}

/** Views of W_in, b, v, c in one vector of parameters (or of their gradients). */
export function windowLayout(n: number, N: number, m: number, theta: Float64Array) {
  let off = 0;
  const take = (len: number) => theta.subarray(off, (off += len));
  return { Win: take(n * N * m), b: take(n), v: take(n), c: take(1) };
}

/** The simulator's W_in and b for the spec, readout v ~ N(0, 1/n) as net.ts draws it, c = 0. */
export function windowNetFromSpec(spec: Spec): WindowNet {
  const { hidden: n, inputSize: m } = spec;
  const N = spec.window ?? ARCH_FIELD_DEFAULTS.window;
  const theta = new Float64Array(n * N * m + 2 * n + 1);
  const net: WindowNet = { n, m, N, theta, ...windowLayout(n, N, m, theta) };
  const { Win, b } = windowWeights(spec);
  net.Win.set(Win);
  net.b.set(b);
  net.v.set(normals(spec.seed, 'train-readout', n, 1 / Math.sqrt(n)));
  return net;
}

/** Buffer lengths of a chunk of B sequences (a + b B doubles each, like tapeLengths). */
function chunkLengths(net: WindowNet, B: number) {
  const { n, m, N } = net;
  const K = N * m;
  return { Win: n * K, X: K * B, XT: B * K, A: n * B, H: n * B, D: n * B, dA: n * B, gWin: n * K };
}

function chunkSize(net: WindowNet): number {
  const total = (B: number) => Object.values(chunkLengths(net, B)).reduce((s, k) => s + k, 0);
  return Math.max(1, Math.floor((CHUNK_BYTES / 8 - total(0)) / (total(1) - total(0))));
}

/**
 * Runs the forward pass of `seqs` (one chunk): X holds each sequence's last N inputs as a
 * column (row j m + k is input k of the window's j-th step), A = W_in X + b, H = tanh(A).
 */
function forwardChunk(net: WindowNet, seqs: Sequence[]) {
  const { n, m, N } = net;
  const K = N * m;
  const B = seqs.length;
  const w = namedWorkspace(chunkLengths(net, B));
  w.Win.set(net.Win);
  w.X.fill(0);
  w.XT.fill(0);
  seqs.forEach((s, col) => {
    for (let t = Math.max(1, s.length - N + 1); t <= s.length; t++) {
      const j = t - (s.length - N + 1);
      for (let k = 0; k < m; k++) w.X[(j * m + k) * B + col] = w.XT[col * K + j * m + k] = s.x[(t - 1) * m + k];
    }
  });
  for (let i = 0; i < n; i++) w.A.fill(net.b[i], i * B, (i + 1) * B);
  gemm(w.Win, w.X, w.A, n, K, B);
  tanhCells(w.A, n * B, w.H, w.D);
  const y = new Float64Array(B);
  for (let col = 0; col < B; col++) {
    let acc = net.c[0];
    for (let i = 0; i < n; i++) acc += net.v[i] * w.H[i * B + col];
    y[col] = acc;
  }
  return { w, y, B };
}

function chunks(seqs: Sequence[], size: number, each: (part: Sequence[], first: number) => void): void {
  for (let first = 0; first < seqs.length; first += size) each(seqs.slice(first, first + size), first);
}

export function windowOutputs(net: WindowNet, seqs: Sequence[], size = chunkSize(net)): Float64Array {
  const y = new Float64Array(seqs.length);
  chunks(seqs, size, (part, first) => y.set(forwardChunk(net, part).y, first));
  return y;
}

/**
 * Mean squared error over the batch and its gradient (laid out as theta). With `flow`,
 * log10 ||dL/dx_{L0-k}|| of the batch's first sequence at index k = 0..L0: exactly -Infinity
 * for k >= N (outside the window) and at k = L0 (there is no x_0).
 */
export function windowLossAndGradient(
  net: WindowNet,
  batch: Sequence[],
  grad: Float64Array,
  flow?: Float64Array,
  size = chunkSize(net)
): number {
  const { n, m, N } = net;
  const K = N * m;
  grad.fill(0);
  const g = windowLayout(n, N, m, grad);
  let loss = 0;
  chunks(batch, size, (part, first) => {
    const { w, y, B } = forwardChunk(net, part);
    w.gWin.fill(0);
    for (let col = 0; col < B; col++) {
      const e = y[col] - part[col].target;
      loss += e * e;
      const dy = (2 * e) / batch.length;
      g.c[0] += dy;
      for (let i = 0; i < n; i++) {
        g.v[i] += dy * w.H[i * B + col];
        const da = dy * net.v[i] * w.D[i * B + col];
        w.dA[i * B + col] = da;
        g.b[i] += da;
      }
    }
    flushTiny(w.dA); // subnormal deltas would slow the product below (elementwise.ts)
    gemm(w.dA, w.XT, w.gWin, n, B, K); // sum over the batch of delta x_window^T
    for (let i = 0; i < g.Win.length; i++) g.Win[i] += w.gWin[i];
    if (flow && first === 0) inputFlow(net, part[0].length, w.dA, B, flow);
  });
  return loss / batch.length;
}

/** flow[k] = log10 ||W_in block j^T delta||, j = N - 1 - k, for the first column of the chunk. */
function inputFlow(net: WindowNet, L: number, dA: Float64Array, B: number, flow: Float64Array): void {
  const { n, m, N, Win } = net;
  const g = new Float64Array(m);
  flow.fill(-Infinity);
  for (let k = 0; k < Math.min(N, L); k++) {
    const j = N - 1 - k;
    g.fill(0);
    for (let i = 0; i < n; i++) for (let q = 0; q < m; q++) g[q] += Win[i * N * m + j * m + q] * dA[i * B];
    flow[k] = log10Norm(g, m, log10); // the same bits in every engine
  }
}

export function windowTrainable(spec: Spec): TrainableNet {
  const net = windowNetFromSpec(spec);
  return {
    arch: 'window',
    theta: net.theta,
    lossAndGradient: (batch, grad, flow) => windowLossAndGradient(net, batch, grad, flow),
    outputs: (seqs) => windowOutputs(net, seqs),
    spectralRadius: () => null
  };
}
