// Runs phase-diagram sweeps off the main thread, one row at a time, posting each row as
// it finishes. A newer request supersedes an older one at the next row boundary: the
// worker yields to its message queue between rows, so the page never waits for a stale sweep.
import { parseSpec } from '../sim/spec';
import { sweepRows } from '../sim/sweep';
import { backwardParams, combineBidirectional, connectivitySteps } from '../sim/connectivity';
import { buildParams } from '../sim/params';
import type { SweepReply, SweepRequest } from './sweep-protocol';
import { yieldToMessages } from './yield';

let latest = 0;
const post = (reply: SweepReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(reply, transfer);

self.onmessage = async (event: MessageEvent<SweepRequest>) => {
  const { id, jobs } = event.data;
  latest = id;
  const start = performance.now();
  for (const job of jobs) {
    const parsed = parseSpec(job.spec);
    if (!parsed.ok) {
      post({ id, key: job.key, error: parsed.error.message });
      continue;
    }
    if (job.kind === 'connectivity') {
      // columns s arrive one at a time; post the map every ~40 ms so it fills in visibly
      const T = parsed.spec.steps;
      const fwd = buildParams(parsed.spec);
      const runs = job.bidirectional ? [fwd, backwardParams(parsed.spec, fwd)] : [fwd];
      const maps = runs.map(() => new Float64Array(T * T).fill(NaN));
      let lastPost = performance.now();
      for (let r = 0; r < runs.length; r++) {
        for (const s of connectivitySteps(runs[r], maps[r])) {
          if (performance.now() - lastPost > 40 || (s === T && r === runs.length - 1)) {
            const values = job.bidirectional ? combineBidirectional(maps[0], maps[1], T) : Float64Array.from(maps[0]);
            post({ id, key: job.key, row: s, values, ms: performance.now() - start }, [values.buffer]);
            lastPost = performance.now();
            await yieldToMessages();
            if (latest !== id) return;
          }
        }
      }
      continue;
    }
    let row = 0;
    for (const values of sweepRows(parsed.spec, job.param, job.values)) {
      post({ id, key: job.key, row: row++, values, ms: performance.now() - start }, [values.buffer]);
      await yieldToMessages();
      if (latest !== id) return;
    }
  }
  post({ id, done: true, ms: performance.now() - start });
};
