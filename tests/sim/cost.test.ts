// Where the page runs the engine: the forecast must keep the views the benchmarks time
// (defaults, T = 1000) on the main thread, where a slider redraws within its input event,
// and send the sizes that take a second or more to the worker.
import { describe, expect, it } from 'vitest';
import { estimateMs, estimateOutputChars, MAIN_THREAD_MS, runsOffThread, setupMs } from '../../src/lib/sim/cost';
import { buildParams, resultToJSON, simulate, validateSpec } from '../../src/lib/sim/index';
import type { Arch } from '../../src/lib/sim/spec';

const view = (archs: Arch[], hidden: number, steps: number) => archs.map((arch) => ({ arch, hidden, steps }));

describe('estimateMs and runsOffThread', () => {
  it('keep the default view and the T = 1000 view on the main thread', () => {
    expect(runsOffThread(view(['rnn', 'lstm'], 32, 100))).toBe(false);
    expect(runsOffThread(view(['rnn', 'lstm'], 32, 1000))).toBe(false);
    expect(runsOffThread(view(['rnn', 'lstm', 'gru'], 32, 1000))).toBe(false);
  });

  it('send second-long runs to the worker', () => {
    expect(runsOffThread(view(['rnn', 'lstm'], 256, 5000))).toBe(true);
    expect(runsOffThread(view(['lstm'], 64, 5000))).toBe(true);
    expect(runsOffThread(view(['rnn', 'lstm'], 256, 1000))).toBe(true);
    expect(estimateMs({ arch: 'lstm', hidden: 256, steps: 5000 })).toBeGreaterThan(10 * MAIN_THREAD_MS);
  });

  it('grow with steps (linearly), hidden size and gate count', () => {
    const at = (arch: Arch, hidden: number, steps: number) => estimateMs({ arch, hidden, steps });
    expect(at('lstm', 32, 2000)).toBeCloseTo(2 * at('lstm', 32, 1000), 9);
    expect(at('lstm', 64, 1000)).toBeGreaterThan(2 * at('lstm', 32, 1000));
    expect(at('rnn', 32, 1000)).toBeLessThan(at('gru', 32, 1000));
    expect(at('gru', 32, 1000)).toBeLessThan(at('lstm', 32, 1000));
  });

  it('count the O(n^3) matrix setup while it is not cached: a short run of a large network is not cheap', () => {
    const specs = (['rnn', 'lstm'] as const).map((arch) => ({ arch, hidden: 128, steps: 10, seed: 4242 }));
    expect(specs.reduce((s, spec) => s + estimateMs(spec), 0)).toBeLessThan(MAIN_THREAD_MS); // the kernels alone
    expect(setupMs(specs[1])).toBeGreaterThan(100); // ~0.5 s measured cold
    expect(runsOffThread(specs)).toBe(true);
    for (const spec of specs) buildParams(validateSpec(spec)).spectrum(); // now cached: a radius drag costs a scaling
    expect(setupMs(specs[1])).toBe(0);
    expect(runsOffThread(specs)).toBe(false);
  });
});

describe('estimateOutputChars', () => {
  it.each([
    { arch: 'rnn', hidden: 8, steps: 300, perUnit: true },
    { arch: 'lstm', hidden: 16, steps: 200, perUnit: true, paramGrads: true },
    { arch: 'gru', hidden: 4, steps: 500, paramGrads: 'byStep' },
    { arch: 'lstm', hidden: 32, steps: 100 },
    { arch: 'residual', hidden: 8, steps: 300, perUnit: true, paramGrads: 'byStep' },
    { arch: 'window', hidden: 32, inputSize: 4, steps: 300, window: 300, perUnit: true }
  ] as const)('is within 25% of the JSON simulate gives for %o', (input) => {
    const spec = validateSpec(input);
    const actual = resultToJSON(simulate(spec)).length;
    const ratio = estimateOutputChars(spec) / actual;
    expect(ratio).toBeGreaterThan(0.75);
    expect(ratio).toBeLessThan(1.25);
  });
});
