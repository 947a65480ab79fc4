// Where the page runs the engine: the forecast must keep the views the benchmarks time
// (defaults, T = 1000) on the main thread, where a slider redraws within its input event,
// and send the sizes that take a second or more to the worker.
import { describe, expect, it } from 'vitest';
import { estimateMs, MAIN_THREAD_MS, runsOffThread } from '../../src/lib/sim/cost';
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
});
