// The LSTM's gate deltas at one step of batched BPTT, for every unit of the batch: from the
// forward record (wasm/lstm-layout.ts) and dL/dh_t, dL/dc_t. In WebAssembly SIMD (lstmDeltas in
// wasm/batch-kernels.wat) when every array lives in the kernels' memory, two units a lane
// pair; an odd last unit, or arrays outside that memory, run the JavaScript loop below,
// which does the kernel's arithmetic in the kernel's order: the two agree to the bit.
import { dsigmaOfQ, sigmaOfQ } from '../activations';
import { inKernelMemory, kernelRuns, kernels } from '../wasm/arena';
import { lstmPreBlocks, lstmRow, type LstmRecord } from '../wasm/lstm-layout';

/**
 * Step t of nb units (wasm/lstm-layout.ts, n = nb): dc_t = dc + dh sigma_o tanh'(c_t); into dA
 * the deltas of the pre-activations, in their blocks (LSTM_PRE); dc becomes dL/dc_{t-1} = dc_t sigma_f.
 */
export function lstmDeltas(
  rec: LstmRecord,
  t: number,
  nb: number,
  dh: Float64Array,
  dc: Float64Array,
  dA: Float64Array
): void {
  const { Q, TG, C, TC, DTC } = rec;
  const { qRow, tgRow, qi: qI, qf: qF, qo: qO, tg, dtg, cPrev, c } = lstmRow(nb, t);
  let u = 0;
  if (nb > 1 && inKernelMemory(Q, TG, C, TC, DTC, dh, dc, dA)) {
    kernelRuns.lstmDeltas++;
    u = nb & ~1; // pairs in the kernel, an odd last unit below
    const at = (a: Float64Array, i: number) => a.byteOffset + 8 * i;
    kernels!.lstmDeltas(
      u,
      nb,
      at(Q, qRow),
      at(TG, tgRow),
      at(C, cPrev),
      at(TC, c),
      at(DTC, c),
      at(dh, 0),
      at(dc, 0),
      at(dA, 0)
    );
  }
  const z = lstmPreBlocks(nb);
  for (; u < nb; u++) {
    const qi = Q[qI + u];
    const qf = Q[qF + u];
    const qo = Q[qO + u];
    const dct = dc[u] + dh[u] * sigmaOfQ(qo) * DTC[c + u];
    dA[z.i + u] = dct * TG[tg + u] * dsigmaOfQ(qi);
    dA[z.f + u] = dct * C[cPrev + u] * dsigmaOfQ(qf);
    dA[z.g + u] = dct * sigmaOfQ(qi) * TG[dtg + u];
    dA[z.o + u] = dh[u] * TC[c + u] * dsigmaOfQ(qo);
    dc[u] = dct * sigmaOfQ(qf);
  }
}
