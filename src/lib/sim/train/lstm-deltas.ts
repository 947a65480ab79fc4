// The LSTM's gate deltas at one step of batched BPTT, for every unit of the batch: from the
// forward record (lstm-cell.ts) and dL/dh_t, dL/dc_t. In WebAssembly SIMD (lstmDeltas in
// wasm/batch-kernels.wat) when every array lives in the kernels' memory, two units a lane
// pair; an odd last unit, or arrays outside that memory, run the JavaScript loop below,
// which does the kernel's arithmetic in the kernel's order: the two agree to the bit.
import { dsigmaOfQ, sigmaOfQ } from '../activations';
import type { LstmRecord } from '../lstm-cell';
import { inKernelMemory, kernelRuns, kernels } from '../wasm/arena';

/**
 * Step t of nb units, gate blocks nb apart: dc_t = dc + dh sigma_o tanh'(c_t); into dA the
 * deltas of the pre-activations i, f, g, o; dc becomes dL/dc_{t-1} = dc_t sigma_f.
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
  const q = (t - 1) * 3 * nb;
  const g = (t - 1) * 2 * nb;
  const c = t * nb;
  let u = 0;
  if (nb > 1 && inKernelMemory(Q, TG, C, TC, DTC, dh, dc, dA)) {
    kernelRuns.lstmDeltas++;
    u = nb & ~1; // pairs in the kernel, an odd last unit below
    const at = (a: Float64Array, i: number) => a.byteOffset + 8 * i;
    kernels!.lstmDeltas(
      u,
      nb,
      at(Q, q),
      at(TG, g),
      at(C, c - nb),
      at(TC, c),
      at(DTC, c),
      at(dh, 0),
      at(dc, 0),
      at(dA, 0)
    );
  }
  for (; u < nb; u++) {
    const qi = Q[q + u];
    const qf = Q[q + nb + u];
    const qo = Q[q + 2 * nb + u];
    const dct = dc[u] + dh[u] * sigmaOfQ(qo) * DTC[c + u];
    dA[u] = dct * TG[g + u] * dsigmaOfQ(qi);
    dA[nb + u] = dct * C[c - nb + u] * dsigmaOfQ(qf);
    dA[2 * nb + u] = dct * sigmaOfQ(qi) * TG[g + nb + u];
    dA[3 * nb + u] = dh[u] * TC[c + u] * dsigmaOfQ(qo);
    dc[u] = dct * sigmaOfQ(qf);
  }
}
