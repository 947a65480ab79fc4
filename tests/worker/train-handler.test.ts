// The training worker's role, run here with a stand-in for the worker's postMessage: it reports
// progress (iterations done, seconds spent, pauses excluded) before its done reply, stops
// reporting while paused, and its done reply carries the LSTM's forget gates and the maps: the
// numbers trainedForgetGates and trainedConnectivity give for the same trained weights.
import { afterEach, describe, expect, it } from 'vitest';
import { trainedForgetGates } from '../../src/lib/sim/train/forget-gates';
import { trainedConnectivity } from '../../src/lib/sim/train/net-connectivity';
import { train } from '../../src/lib/sim/train/train';
import { runsOf, validateTrainSpec } from '../../src/lib/sim/train/train-spec';
import { onTrainRequest } from '../../src/lib/worker/train-handler';
import type { TrainReply } from '../../src/lib/worker/train-protocol';

const posted: TrainReply[] = [];
(globalThis as unknown as { self: unknown }).self = { postMessage: (m: TrainReply) => posted.push(m) };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(test: () => boolean, ms = 60_000) {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(20);
  }
}

afterEach(() => {
  posted.length = 0;
});

describe('the training worker', () => {
  it('reports progress, then sends the gates and maps of the trained LSTM', async () => {
    const spec = runsOf(validateTrainSpec({ arch: 'lstm', hidden: 4, steps: 60, iterations: 120, evalEvery: 20 }))[0];
    onTrainRequest({ kind: 'train', id: 7, spec, maps: true });
    await until(() => posted.some((m) => 'done' in m));
    const progress = posted.flatMap((m) => ('progress' in m ? [m.progress] : []));
    expect(progress.length).toBeGreaterThan(0);
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i].iteration).toBeGreaterThanOrEqual(progress[i - 1].iteration);
      expect(progress[i].activeSeconds).toBeGreaterThanOrEqual(progress[i - 1].activeSeconds);
    }
    // the last word before done: every iteration (0..120) is done, so the page says the figures are being computed
    const doneAt = posted.findIndex((m) => 'done' in m);
    const before = posted[doneAt - 1];
    expect('progress' in before && before.progress.iteration).toBe(121);
    const done = posted[doneAt] as Extract<TrainReply, { done: unknown }>;
    expect(done.id).toBe(7);
    const { theta } = train(spec); // the trainer is deterministic: the worker's weights are these
    const gates = trainedForgetGates(spec, theta)!;
    expect(Array.from(done.gates!.after.f)).toEqual(Array.from(gates.after.f));
    expect(Array.from(done.gates!.after.memoryLength)).toEqual(Array.from(gates.after.memoryLength));
    expect(Array.from(done.connectivity!.after)).toEqual(Array.from(trainedConnectivity(spec, theta)!.after));
  });

  it('a paused run reports nothing until resumed; an RNN sends no gates', async () => {
    const spec = runsOf(validateTrainSpec({ arch: 'rnn', hidden: 8, steps: 200, iterations: 500, evalEvery: 100 }))[0];
    onTrainRequest({ kind: 'train', id: 8, spec, maps: false });
    await until(() => posted.some((m) => 'progress' in m));
    onTrainRequest({ kind: 'train-pause', id: 8 });
    await sleep(100); // the slice under way ends
    const held = posted.length;
    await sleep(1200); // more than two progress periods
    expect(posted.length).toBe(held);
    onTrainRequest({ kind: 'train-resume', id: 8 });
    await until(() => posted.some((m) => 'done' in m), 50_000);
    const done = posted.find((m) => 'done' in m) as Extract<TrainReply, { done: unknown }>;
    expect(done.gates).toBeNull();
    expect(done.connectivity).toBeNull(); // maps: false, as the length sweep asks
  }, 60_000);
});
