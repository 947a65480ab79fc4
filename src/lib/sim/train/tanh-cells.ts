// The RNN's tanh for a whole minibatch step: h = tanh(a) and d = tanh'(a). In WebAssembly
// (tanhCells in wasm/batch-kernels.wat, exp written out) when the arrays live in the kernels'
// memory, so the trainer gives the same bits in every engine; Math.exp otherwise.
import { tanhAndPrime } from '../activations';
import { kernelRuns, kernels } from '../wasm/arena';

export function tanhCells(a: Float64Array, n: number, h: Float64Array, d: Float64Array): void {
  const buffer = kernels?.memory.buffer;
  if (buffer !== undefined && a.buffer === buffer && h.buffer === buffer && d.buffer === buffer) {
    kernelRuns.tanhCells++;
    kernels!.tanhCells(a.byteOffset, n, h.byteOffset, d.byteOffset);
    return;
  }
  for (let u = 0; u < n; u++) h[u] = tanhAndPrime(a[u], d, u);
}
