// The worker's sweep role: phase-diagram sweeps, connectivity maps and the latch's trade-off
// grid off the main thread, posting each row (or a snapshot of a filling map) as it finishes.
// A newer request supersedes an older one at the next row boundary: the worker yields to its
// message queue between rows, so the page never waits for a stale sweep. A job that throws is
// reported with its key and the next job runs.
import { parseSpec } from '../sim/spec';
import { sweepRows } from '../sim/sweep';
import { archModule } from '../sim/archs/index';
import { connectivityColumns } from '../sim/connectivity';
import { latchGridRows } from '../sim/latch';
import type { LatchJob, SweepReply, SweepRequest, WorkerJob } from './sweep-protocol';
import { yieldToMessages } from './yield';
import { speakRequestLocale } from './request-locale';

let latest = 0;
const post = (reply: SweepReply, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(reply, transfer);
/**
 * Connectivity maps post a snapshot at most this often (ms), so they fill in visibly; a long map's
 * snapshot is T^2 numbers that the page copies and re-centres, so it posts less often (200 ms at T = 1000).
 */
const postEveryMs = (T: number) => Math.max(40, (T * T) / 5000);

/** Posts each row of a generator's output, yielding between rows; false when superseded. */
async function postRows(id: number, key: string, rows: Iterable<Float64Array>, start: number): Promise<boolean> {
  let row = 0;
  for (const values of rows) {
    post({ id, key, row: row++, values, ms: performance.now() - start }, [values.buffer]);
    await yieldToMessages();
    if (latest !== id) return false;
  }
  return true;
}

/** Runs one job; false when a newer request superseded it. */
async function runJob(id: number, job: WorkerJob, start: number): Promise<boolean> {
  if (job.kind === 'latch') {
    const { spec, ws, noises } = job as LatchJob;
    return postRows(id, job.key, latchGridRows(spec, ws, noises), start);
  }
  const parsed = parseSpec(job.spec);
  if (!parsed.ok) {
    post({ id, key: job.key, error: parsed.error.message });
    return true;
  }
  if (job.kind === 'connectivity') {
    // attention and the window: their whole map in one call (their work is O(T^2 n) and O(T N n m))
    const whole = job.bidirectional ? undefined : archModule(parsed.spec.arch).connectivity;
    if (whole) {
      const { values } = whole(parsed.spec);
      post({ id, key: job.key, row: parsed.spec.steps, values, ms: performance.now() - start }, [values.buffer]);
      return true;
    }
    let lastPost = performance.now();
    const every = postEveryMs(parsed.spec.steps);
    for (const column of connectivityColumns(parsed.spec, job.bidirectional)) {
      if (performance.now() - lastPost < every && !column.last) continue;
      const values = column.snapshot();
      post({ id, key: job.key, row: column.s, values, ms: performance.now() - start }, [values.buffer]);
      lastPost = performance.now();
      await yieldToMessages();
      if (latest !== id) return false;
    }
    return true;
  }
  return postRows(id, job.key, sweepRows(parsed.spec, job.param, job.values), start);
}

export async function onSweepRequest(request: SweepRequest): Promise<void> {
  const { id, jobs } = request;
  speakRequestLocale(request);
  latest = id;
  const start = performance.now();
  for (const job of jobs) {
    try {
      if (!(await runJob(id, job, start))) return;
    } catch (e) {
      post({ id, key: job.key, error: (e as Error).message || String(e) });
    }
  }
  post({ id, done: true, ms: performance.now() - start });
}
