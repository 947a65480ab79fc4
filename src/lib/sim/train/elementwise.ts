// Elementwise steps of batched training that run in WebAssembly when the arrays live in the
// kernels' memory (wasm/batch-kernels.wat) and in the JavaScript loops below otherwise:
// - tanhCells: the RNN's h = tanh(a), d = tanh'(a) for a whole minibatch step (exp written
//   out, so the trainer gives the same bits in every engine; Math.exp otherwise);
// - flushTiny: values below 2^-1000 set to zero (subnormals slow every product ~70 times).
import { tanhAndPrime } from '../activations';
import { inKernelMemory, kernelRuns, kernels } from '../wasm/arena';

export function tanhCells(a: Float64Array, n: number, h: Float64Array, d: Float64Array): void {
  if (inKernelMemory(a, h, d)) {
    kernelRuns.tanhCells++;
    kernels!.tanhCells(a.byteOffset, n, h.byteOffset, d.byteOffset);
    return;
  }
  for (let u = 0; u < n; u++) h[u] = tanhAndPrime(a[u], d, u);
}

/** Below this a training value is zero: 2^-1000, about 1e-301. */
export const TINY = 2 ** -1000;

export function flushTiny(v: Float64Array): void {
  if (inKernelMemory(v)) {
    kernelRuns.flushTiny++;
    kernels!.flushTiny(v.byteOffset, v.length);
    return;
  }
  for (let i = 0; i < v.length; i++) if (Math.abs(v[i]) < TINY) v[i] = 0;
}
