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
import { namedWorkspace } from '../wasm/arena';
import { lstmRecordLengths, type LstmRecord } from '../wasm/lstm-layout';
import type { Net } from './net';
import { flushTiny, tanhCells } from './elementwise';
import type { Sequence } from './tasks';

/** A chunk's workspace stays under this many bytes: larger batches or longer sequences run in several chunks. */
export const CHUNK_BYTES = 48 * 2 ** 20;

/** Every buffer of a chunk, by name; tapeLengths gives each its length (the type checker holds the two together). */
export interface TapeBuffers extends LstmRecord {
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
  /**
   * rnn, residual: the activation's derivative per step; gru: the record F (gru-cell.ts); lstm:
   * empty (its record is Q..DTC)
   */
  D: Float64Array;
  /** scratch: pre-activations (gru: W h), gru's U x + b, and the backward pass's buffers */
  pre: Float64Array;
  ux: Float64Array;
  dh: Float64Array;
  dc: Float64Array;
  dA: Float64Array;
  /** what W^T carries back: only the gru's differs from dA (empty otherwise) */
  dWp: Float64Array;
  /** the gradient's W, U and b parts for this chunk, and B ones (the bias gradient sums deltas over the batch) */
  gW: Float64Array;
  gU: Float64Array;
  gb: Float64Array;
  ones: Float64Array;
}

export interface Tape extends TapeBuffers {
  net: Net;
  seqs: Sequence[];
  /** sequences B, longest length L, units per step nb = B n */
  B: number;
  L: number;
  nb: number;
  /** the lstm's cell record (Q, TG, C, TC, DTC above, wasm/lstm-layout.ts); null for rnn and gru */
  rec: LstmRecord | null;
}

/** The length of each buffer of a chunk of B sequences of length up to L (laid out in this order). */
export function tapeLengths(net: Net, B: number, L: number): Record<keyof TapeBuffers, number> {
  const { n, m, arch } = net;
  const G = GATES[arch] * n;
  const nb = B * n;
  const gru = arch === 'gru';
  return {
    W: G * n,
    U: G * m,
    bias: G * B,
    XB: L * B * m,
    XT: L * B * m,
    H: (L + 1) * nb,
    HT: nb,
    D: gru ? L * GRU_ROW * nb : arch === 'rnn' || arch === 'residual' ? L * nb : 0,
    pre: G * B,
    ux: gru ? G * B : 0,
    dh: nb,
    dc: nb,
    dA: G * B,
    dWp: gru ? G * B : 0,
    gW: G * n,
    gU: G * m,
    gb: G,
    ones: B,
    ...lstmRecordLengths(arch === 'lstm' ? nb : 0, L)
  };
}

const doubles = (lengths: Record<string, number>) => Object.values(lengths).reduce((sum, k) => sum + k, 0);

/**
 * How many sequences of length up to L one chunk holds. Every length above is a + b B, so the
 * chunk's doubles are the B = 0 part (the parameters and their gradient) plus B times the
 * B = 1 part's rest: the accounting reads tapeLengths itself and misses no buffer.
 */
export function chunkSize(net: Net, L: number): number {
  const fixed = doubles(tapeLengths(net, 0, L));
  const perSequence = doubles(tapeLengths(net, 1, L)) - fixed;
  return Math.max(1, Math.floor((CHUNK_BYTES / 8 - fixed) / perSequence));
}

/** Lays out `seqs` (one chunk) with the network's parameters, ready for forward(). */
export function tapeFor(net: Net, seqs: Sequence[]): Tape {
  const { n, m, arch } = net;
  const G = GATES[arch] * n;
  const B = seqs.length;
  const L = Math.max(...seqs.map((s) => s.length));
  const nb = B * n;
  const buffers = namedWorkspace(tapeLengths(net, B, L));
  const { W, U, bias, XB, XT, H, gW, gU, gb, ones, Q, TG, C, TC, DTC } = buffers;
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
  const rec = arch === 'lstm' ? { Q, TG, C, TC, DTC } : null;
  rec?.C.fill(0, 0, nb);
  return { ...buffers, net, seqs, B, L, nb, rec };
}

/** Runs every step of the chunk; returns the outputs y_b = v^T h_{L_b} + c. */
export function forward(tp: Tape): Float64Array {
  const { net, B, L, nb, W, U, bias, XB, H, D, pre, ux } = tp;
  const { n, m, arch } = net;
  const G = GATES[arch] * n;
  for (let t = 1; t <= L; t++) {
    const hp = H.subarray((t - 1) * nb, t * nb);
    const h = H.subarray(t * nb, (t + 1) * nb);
    // rnn, residual, lstm: pre = b + U x + W h_{t-1}; gru: ux = b + U x and pre = W h_{t-1} apart (r gates W_n h only)
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
      // the residual RNN: h_t = h_{t-1} + phi(a_t), the identity path beside the cell
      if (arch === 'residual') for (let u = 0; u < nb; u++) h[u] += hp[u];
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
