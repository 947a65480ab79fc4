// The worker's sweep role: phase-diagram sweeps and connectivity maps off the main thread, posting each row (or
// a snapshot of a filling map) as it finishes. A newer request supersedes an older one at the
// next row boundary: the worker yields to its message queue between rows, so the page never
// waits for a stale sweep. A job that throws is reported with its key and the next job runs.
import { parseSpec } from '../sim/spec';
import { sweepRows } from '../sim/sweep';
import { connectivityColumns } from '../sim/connectivity';
import type { ConnectivityJob, SweepJob, SweepReply } from './sweep-protocol';
import type { SweepRequest } from './sweep-protocol';
import { yieldToMessages } from './yield';

let latest = 0;
const post = (reply: SweepReply, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(reply, transfer);
/** Connectivity maps post a snapshot at most this often (ms), so they fill in visibly. */
const POST_EVERY_MS = 40;

/** Runs one job; false when a newer request superseded it. */
async function runJob(id: number, job: SweepJob | ConnectivityJob, start: number): Promise<boolean> {
  const parsed = parseSpec(job.spec);
  if (!parsed.ok) {
    post({ id, key: job.key, error: parsed.error.message });
    return true;
  }
  if (job.kind === 'connectivity') {
    let lastPost = performance.now();
    for (const column of connectivityColumns(parsed.spec, job.bidirectional)) {
      if (performance.now() - lastPost < POST_EVERY_MS && !column.last) continue;
      const values = column.snapshot();
      post({ id, key: job.key, row: column.s, values, ms: performance.now() - start }, [values.buffer]);
      lastPost = performance.now();
      await yieldToMessages();
      if (latest !== id) return false;
    }
    return true;
  }
  let row = 0;
  for (const values of sweepRows(parsed.spec, job.param, job.values)) {
    post({ id, key: job.key, row: row++, values, ms: performance.now() - start }, [values.buffer]);
    await yieldToMessages();
    if (latest !== id) return false;
  }
  return true;
}

export async function onSweepRequest(request: SweepRequest): Promise<void> {
  const { id, jobs } = request;
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
