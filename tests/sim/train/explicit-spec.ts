// A trainer's network and one adding sequence as the simulator's explicit spec (the same
// weights, inputs and readout), so tests can hold the trainer to the simulator.
import { GATES } from '../../../src/lib/sim/spec';
import type { Net } from '../../../src/lib/sim/train/net';
import type { Sequence } from '../../../src/lib/sim/train/tasks';

export function explicitSpec(net: Net, seq: Sequence): Record<string, unknown> {
  const G = GATES[net.arch] * net.n;
  const rows = (a: Float64Array, cols: number) =>
    Array.from({ length: G }, (_, r) => Array.from(a.subarray(r * cols, (r + 1) * cols)));
  return {
    arch: net.arch,
    hidden: net.n,
    inputSize: 2,
    steps: seq.length,
    recurrent: { init: 'explicit' },
    weights: { W: rows(net.W, net.n), U: rows(net.U, 2), b: Array.from(net.b) },
    inputs: Array.from({ length: seq.length }, (_, t) => [seq.x[2 * t], seq.x[2 * t + 1]]),
    readout: Array.from(net.v),
    forgetBias: 0, // explicit weights already hold the biases
    updateBias: 0
  };
}
