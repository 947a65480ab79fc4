// The backward pass of batched BPTT over a forward tape (batch-tape.ts): each sequence's
// output error enters at its own last step, the gates' derivatives come from the cells'
// records, and four products a step cover the whole minibatch: the weight, input and bias
// gradients (gemm: sums over the batch of delta h_{t-1}^T, delta x_t^T and delta) and
// dL/dh_{t-1} = W^T delta (gemmTN). Plain doubles: training keeps its gradients in range by
// clipping, so a vanished gradient is small here, not lost (the figures' exact log-space
// engine is sim/rnn.ts, lstm.ts, gru.ts).
import { dsigmaOfQ, sigmaOfQ } from '../activations';
import { log10 } from '../det-math';
import { GRU_ROW } from '../gru-cell';
import { gemm, gemmTN, log10Norm } from '../linalg';
import { GATES } from '../spec';
import type { Tape } from './batch-tape';
import { flushTiny } from './elementwise';
import { lstmDeltas } from './lstm-deltas';

/** delta for every gate block at step t, from dh (and the lstm's dc), updating dh to its direct path. */
function gateDeltas(tp: Tape, t: number): void {
  const { net, nb, D, dh, dc, dA, dWp } = tp;
  if (net.arch === 'rnn' || net.arch === 'residual') {
    const d = (t - 1) * nb;
    for (let u = 0; u < nb; u++) dA[u] = dh[u] * D[d + u];
  } else if (net.arch === 'lstm') {
    lstmDeltas(tp.rec!, t, nb, dh, dc, dA);
  } else {
    // record F: q_r, q_z, tanh(a_n), tanh'(a_n), W_n h_{t-1}, h_{t-1} (gru-cell.ts)
    const o = (t - 1) * GRU_ROW * nb;
    for (let u = 0; u < nb; u++) {
      const qr = D[o + u];
      const qz = D[o + nb + u];
      const tn = D[o + 2 * nb + u];
      const dan = dh[u] * sigmaOfQ(-qz) * D[o + 3 * nb + u];
      dA[u] = dWp[u] = dan * D[o + 4 * nb + u] * dsigmaOfQ(qr);
      dA[nb + u] = dWp[nb + u] = dh[u] * (D[o + 5 * nb + u] - tn) * dsigmaOfQ(qz);
      dA[2 * nb + u] = dan; // U_n x + b_n enters a_n directly; W_n h through r
      dWp[2 * nb + u] = dan * sigmaOfQ(qr);
      dh[u] *= sigmaOfQ(qz); // the direct path h_{t-1} -> h_t; the matrix paths are added by gemm
    }
  }
}

/** log10 of the norm of column b of an n x B matrix: one sequence's dL/dh. */
function columnLog10Norm(M: Float64Array, n: number, B: number, b: number, scratch: Float64Array): number {
  for (let j = 0; j < n; j++) scratch[j] = M[j * B + b];
  return log10Norm(scratch, n, log10); // the same bits in every engine
}

/**
 * Adds sum_b dy[b] d y_b / d theta to the tape's gW, gU, gb and to gv, gc (laid out as the
 * net's v and c). With `flow`, writes log10 ||dL/dh_{L0-k}|| of sequence 0 at index k.
 */
export function backward(
  tp: Tape,
  dy: Float64Array,
  g: { v: Float64Array; c: Float64Array },
  flow?: Float64Array
): void {
  const { net, seqs, B, L, nb, W, H, HT, XT, dh, dc, dA, gW, gU, gb, ones } = tp;
  const { n, m, arch } = net;
  const G = GATES[arch] * n;
  const dWp = arch === 'gru' ? tp.dWp : dA; // what W^T carries back (the gru's candidate block has r in it)
  const column = new Float64Array(n);
  dh.fill(0);
  dc.fill(0);
  const endingAt: number[][] = Array.from({ length: L + 1 }, () => []);
  seqs.forEach((s, b) => {
    endingAt[s.length].push(b);
    g.c[0] += dy[b];
    for (let j = 0; j < n; j++) g.v[j] += dy[b] * H[s.length * nb + j * B + b];
  });
  const L0 = seqs[0].length;
  for (let t = L; t >= 1; t--) {
    for (const b of endingAt[t]) for (let j = 0; j < n; j++) dh[j * B + b] += dy[b] * net.v[j];
    if (flow && t <= L0) flow[L0 - t] = columnLog10Norm(dh, n, B, 0, column);
    gateDeltas(tp, t);
    flushTiny(dA); // subnormal deltas would slow the products below some 70 times (elementwise.ts)
    if (arch === 'gru') flushTiny(dWp);
    const hp = (t - 1) * nb;
    for (let j = 0; j < n; j++) for (let b = 0; b < B; b++) HT[b * n + j] = H[hp + j * B + b];
    // the sums over the batch: gW += delta h_{t-1}^T, gU += delta x_t^T, gb += delta 1
    gemm(dWp, HT, gW, G, B, n);
    gemm(dA, XT.subarray((t - 1) * B * m, t * B * m), gU, G, B, m);
    gemm(dA, ones, gb, G, B, 1);
    // gru and residual keep dh as their direct path h_{t-1} -> h_t (residual: the identity, so
    // dL/dh_{t-1} = dL/dh_t + W^T delta); rnn and lstm reach h_{t-1} through W alone
    if (arch !== 'gru' && arch !== 'residual') dh.fill(0);
    gemmTN(W, dWp, dh, G, n, B); // dL/dh_{t-1} += W^T delta
    flushTiny(dh);
    if (arch === 'lstm') flushTiny(dc);
  }
  if (flow) flow[L0] = columnLog10Norm(dh, n, B, 0, column);
}
