// A minibatch laid out for batched BPTT: every buffer a chunk of sequences needs, in the
// WebAssembly kernels' memory (wasm/arena.ts), and the forward pass that fills the tape.
// The batch is just more units: a step's state is n x B doubles (unit-major, the batch
// along each row), and the pre-activations are G n x B in W's row order, gate block by
// gate block. So each step's products over the whole batch are two gemm calls, W H and
// U X, and the lab's own cell kernels (lstm-cell.ts, gru-cell.ts) run the step as one
// network of nb = n B units. Sequences shorter than the chunk's longest are padded with
// zero inputs; their padded steps are computed but the backward pass never reaches them
// (their gradient there is exactly zero).
import { GRU_ROW, gruCells } from '../gru-cell';
import { gemm } from '../linalg';
import { lstmCells } from '../lstm-cell';
import { GATES } from '../spec';
import { workspace } from '../wasm/arena';
import { lstmRecordLengths, type LstmRecord } from '../wasm/lstm-layout';
import type { Net } from './net';
import { flushTiny, tanhCells } from './elementwise';
import type { Sequence } from './tasks';

/** A chunk's workspace stays under this many bytes: larger batches or longer sequences run in several chunks. */
export const CHUNK_BYTES = 48 * 2 ** 20;

export interface Tape {
  net: Net;
  seqs: Sequence[];
  /** sequences B, longest length L, units per step nb = B n */
  B: number;
  L: number;
  nb: number;
  /** parameters in kernel memory: W (G n x n), U (G n x m), the bias for every unit of a step (G n x B) */
  W: Float64Array;
  U: Float64Array;
  bias: Float64Array;
  /** inputs of step t at block t - 1, m x B (XB, for U X) and B x m (XT, for the gradient); zero past an end */
  XB: Float64Array;
  XT: Float64Array;
  /** states h_0..h_L, n x B each (h_0 = 0); HT: scratch for one h_{t-1}^T (B x n) */
  H: Float64Array;
  HT: Float64Array;
  /** rnn: the activation's derivative per step; lstm: the cell record; gru: the record F */
  D: Float64Array;
  rec: LstmRecord | null;
  /** scratch: pre-activations (gru: W h), gru's U x + b, and the backward pass's buffers */
  pre: Float64Array;
  ux: Float64Array;
  dh: Float64Array;
  dc: Float64Array;
  dA: Float64Array;
  dWp: Float64Array;
  /** the gradient's W, U and b parts for this chunk, and B ones (the bias gradient sums deltas over the batch) */
  gW: Float64Array;
  gU: Float64Array;
  gb: Float64Array;
  ones: Float64Array;
}

/** Doubles a chunk needs per sequence of length L: the tape, the inputs twice, the step's bias and scratch. */
function perSequence(net: Net, L: number): number {
  const { n, m, arch } = net;
  const G = GATES[arch];
  const record = arch === 'lstm' ? 8 * L + 3 : arch === 'gru' ? GRU_ROW * L : L;
  // bias, pre, dA; the gru's ux and dWp; dh, dc, HT
  const scratch = (3 * G + (arch === 'gru' ? 2 * G : 0) + 3) * n;
  return (L + 1) * n + 2 * L * m + record * n + scratch + 1;
}

/** How many sequences of length up to L one chunk holds (the parameters and their gradient besides). */
export function chunkSize(net: Net, L: number): number {
  const G = GATES[net.arch] * net.n;
  const fixed = 2 * G * (net.n + net.m) + G;
  return Math.max(1, Math.floor((CHUNK_BYTES / 8 - fixed) / perSequence(net, L)));
}

/** The lengths of a chunk's buffers, in the order of Tape's fields W .. ones, then the LSTM record. */
export function tapeLengths(net: Net, B: number, L: number): number[] {
  const { n, m, arch } = net;
  const G = GATES[arch] * n;
  const nb = B * n;
  const recLengths = arch === 'lstm' ? Object.values(lstmRecordLengths(nb, L)) : [];
  const dLength = arch === 'gru' ? L * GRU_ROW * nb : arch === 'rnn' ? L * nb : 0;
  return [
    G * n,
    G * m,
    G * B,
    L * B * m,
    L * B * m,
    (L + 1) * nb,
    nb,
    dLength,
    G * B,
    arch === 'gru' ? G * B : 0,
    nb,
    nb,
    G * B,
    arch === 'gru' ? G * B : 0, // dWp: only the gru's differs from dA
    G * n,
    G * m,
    G,
    B,
    ...recLengths
  ];
}

/** Lays out `seqs` (one chunk) with the network's parameters, ready for forward(). */
export function tapeFor(net: Net, seqs: Sequence[]): Tape {
  const { n, m, arch } = net;
  const G = GATES[arch] * n;
  const B = seqs.length;
  const L = Math.max(...seqs.map((s) => s.length));
  const nb = B * n;
  const [W, U, bias, XB, XT, H, HT, D, pre, ux, dh, dc, dA, dWp, gW, gU, gb, ones, ...record] = workspace(
    tapeLengths(net, B, L)
  );
  W.set(net.W);
  U.set(net.U);
  for (let r = 0; r < G; r++) bias.fill(net.b[r], r * B, (r + 1) * B);
  XB.fill(0);
  XT.fill(0);
  seqs.forEach((s, b) => {
    for (let t = 0; t < s.length; t++) {
      for (let i = 0; i < m; i++) XB[(t * m + i) * B + b] = XT[(t * B + b) * m + i] = s.x[t * m + i];
    }
  });
  H.fill(0, 0, nb); // workspace memory is reused: h_0 and c_0 must be written
  gW.fill(0);
  gU.fill(0);
  gb.fill(0);
  ones.fill(1);
  const rec = arch === 'lstm' ? { Q: record[0], TG: record[1], C: record[2], TC: record[3], DTC: record[4] } : null;
  rec?.C.fill(0, 0, nb);
  return { net, seqs, B, L, nb, W, U, bias, XB, XT, H, HT, D, rec, pre, ux, dh, dc, dA, dWp, gW, gU, gb, ones };
}

/** Runs every step of the chunk; returns the outputs y_b = v^T h_{L_b} + c. */
export function forward(tp: Tape): Float64Array {
  const { net, B, L, nb, W, U, bias, XB, H, D, pre, ux } = tp;
  const { n, m, arch } = net;
  const G = GATES[arch] * n;
  for (let t = 1; t <= L; t++) {
    const hp = H.subarray((t - 1) * nb, t * nb);
    const h = H.subarray(t * nb, (t + 1) * nb);
    // rnn, lstm: pre = b + U x + W h_{t-1}; gru: ux = b + U x and pre = W h_{t-1} apart (r gates W_n h only)
    const inputs = arch === 'gru' ? ux : pre;
    inputs.set(bias);
    if (arch === 'gru') pre.fill(0);
    gemm(U, XB.subarray((t - 1) * m * B, t * m * B), inputs, G, m, B);
    gemm(W, hp, pre, G, n, B);
    // (h is flushed below 1e-301 after the step: a saturated gate's subnormals would slow every product)
    if (arch === 'lstm') lstmCells(pre, nb, t, tp.rec!, h);
    else if (arch === 'gru') {
      h.set(hp);
      gruCells(pre, ux, nb, t, D, h);
    } else {
      const d = (t - 1) * nb;
      if (net.activation === 'tanh') tanhCells(pre, nb, h, D.subarray(d, d + nb));
      else
        for (let u = 0; u < nb; u++) {
          const z = pre[u];
          if (net.activation === 'relu') {
            h[u] = z > 0 ? z : 0;
            D[d + u] = z > 0 ? 1 : 0;
          } else {
            h[u] = z;
            D[d + u] = 1;
          }
        }
    }
    flushTiny(h);
  }
  const y = new Float64Array(B);
  tp.seqs.forEach((s, b) => {
    let acc = net.c[0];
    const o = s.length * nb + b;
    for (let j = 0; j < n; j++) acc += net.v[j] * H[o + j * B];
    y[b] = acc;
  });
  return y;
}
