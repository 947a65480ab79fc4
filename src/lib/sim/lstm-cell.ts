// One LSTM forward step after the product W h_{t-1} + U x_t + b: the gates, the cell and the
// derivatives the backward pass reads, for every unit. Runs in WebAssembly SIMD when every
// array lives in the kernels' memory (wasm/kernels.wat: exp written out, two units a
// lane pair) and in the JavaScript loop below otherwise; tests hold the two to each other.
// The record's layout is wasm/lstm-layout.ts, which the kernel is assembled from too.
import { gateQ, sigmaOfQ, tanhAndPrime } from './activations';
import { inKernelMemory, kernelRuns, kernels } from './wasm/arena';
import { lstmPreBlocks, lstmRow, type LstmRecord } from './wasm/lstm-layout';

/**
 * Step t (1..T): pre holds the 4n pre-activations (blocks LSTM_PRE); writes step t's row of
 * Q and TG, row t of C, TC, DTC, and h_t into h.
 */
export function lstmCells(pre: Float64Array, n: number, t: number, rec: LstmRecord, h: Float64Array): void {
  const { Q, TG, C, TC, DTC } = rec;
  const r = lstmRow(n, t);
  if (inKernelMemory(pre, h, Q, TG, C, TC, DTC)) {
    kernelRuns.lstmCells++;
    const at = (a: Float64Array, i: number) => a.byteOffset + 8 * i;
    kernels!.lstmCells(
      pre.byteOffset,
      n,
      at(C, r.cPrev),
      at(Q, r.qRow),
      at(TG, r.tgRow),
      at(C, r.c),
      at(TC, r.c),
      at(DTC, r.c),
      h.byteOffset
    );
    return;
  }
  const z = lstmPreBlocks(n);
  for (let i = 0; i < n; i++) {
    const qi = (Q[r.qi + i] = gateQ(pre[z.i + i]));
    const qf = (Q[r.qf + i] = gateQ(pre[z.f + i]));
    const qo = (Q[r.qo + i] = gateQ(pre[z.o + i]));
    const tg = (TG[r.tg + i] = tanhAndPrime(pre[z.g + i], TG, r.dtg + i));
    const c = (C[r.c + i] = sigmaOfQ(qf) * C[r.cPrev + i] + sigmaOfQ(qi) * tg);
    const tc = (TC[r.c + i] = tanhAndPrime(c, DTC, r.c + i));
    h[i] = sigmaOfQ(qo) * tc;
  }
}
