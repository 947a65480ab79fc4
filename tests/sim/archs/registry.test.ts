// The contract every architecture module keeps, checked for all of them at once: a new module
// that forgets a field, reports curves of the wrong length or a gradient the trainer cannot use
// fails here before any figure draws it.
import { describe, expect, it } from 'vitest';
import { ARCH_MODULES, archModule } from '../../../src/lib/sim/archs/index';
import { simulate } from '../../../src/lib/sim/index';
import { ARCHS, validateSpec } from '../../../src/lib/sim/spec';
import { networkSpec, runsOf, validateTrainSpec } from '../../../src/lib/sim/train/train-spec';
import { sequenceSource } from '../../../src/lib/sim/train/tasks';

describe('the architecture registry', () => {
  it('has one module per arch, filed under its own name', () => {
    expect(Object.keys(ARCH_MODULES).sort()).toEqual([...ARCHS].sort());
    for (const arch of ARCHS) expect(archModule(arch).id).toBe(arch);
    expect(new Set(ARCHS.map((a) => archModule(a).label)).size).toBe(ARCHS.length);
  });

  it.each(ARCHS)('%s: simulate() reports every shared curve over T steps, and a spectrum iff it has one', (arch) => {
    const T = 12;
    const r = simulate({ arch, hidden: 8, inputSize: 3, steps: T, perUnit: true });
    expect(r.xGradLog10).toHaveLength(T);
    expect(r.hGradLog10).toHaveLength(T + 1);
    expect(r.perUnit?.h).toHaveLength(T + 1);
    // the loss step's own gradients are finite: every arch's loss depends on its last input
    expect(Number.isFinite(r.xGradLog10[T - 1])).toBe(true);
    expect(Number.isFinite(r.hGradLog10[T])).toBe(true);
    for (const v of r.xGradLog10) expect(Number.isNaN(v)).toBe(false);
    expect(r.spectrum === null).toBe(archModule(arch).spectrumMatrix === null);
    if (r.spectrum) expect(r.spectrum.matrix).toBe(archModule(arch).spectrumMatrix);
    expect(archModule(arch).costRows(r.spec)).toBeGreaterThan(0);
  });

  it.each(ARCHS)('%s: the trainer gets a finite loss and gradient of theta, the same twice', (arch) => {
    const run = runsOf(validateTrainSpec({ arch, hidden: 4, steps: 10, task: 'adding' }))[0];
    const next = sequenceSource({ task: 'adding', steps: 10, noise: 0, pulse: 1 }, 1, 'train');
    const batch = Array.from({ length: 3 }, next);
    const grads = [0, 1].map(() => {
      const net = archModule(arch).trainable(networkSpec(run));
      const grad = new Float64Array(net.theta.length);
      const loss = net.lossAndGradient(batch, grad);
      expect(Number.isFinite(loss)).toBe(true);
      expect(grad.every(Number.isFinite)).toBe(true);
      expect(grad.some((g) => g !== 0)).toBe(true);
      expect(net.outputs(batch)).toHaveLength(3);
      return grad;
    });
    expect(Array.from(grads[0])).toEqual(Array.from(grads[1])); // deterministic
  });

  it('every arch validates its own default spec', () => {
    for (const arch of ARCHS) expect(validateSpec({ arch }).arch).toBe(arch);
  });
});
