// When a large worker result lands, every heatmap redraws at once: at n = 256, T = 5000 each
// one bins ~260k cells and colours its canvas, and drawn together they blocked the page for one
// task of 60-140 ms. A heavy draw therefore waits in this queue and runs in a task of its own,
// one per task, so a click or a key can get in between; a small draw (every slider move at the
// usual sizes) still runs at once, inside the input event that caused it.

/** Cells above which a draw is queued rather than run at once (~3-5 ms of binning and colouring). */
export const HEAVY_CELLS = 65_536;

const queue = new Map<object, () => void>();
let pending = false;
const channel = new MessageChannel();
channel.port1.onmessage = runNext;

function runNext(): void {
  pending = false;
  const next = queue.entries().next();
  if (next.done) return;
  const [owner, job] = next.value;
  queue.delete(owner);
  if (queue.size > 0) schedule(); // before the job, so a job that throws does not stall the rest
  job();
}

function schedule(): void {
  if (pending) return;
  pending = true;
  channel.port2.postMessage(null);
}

/**
 * Draws for `owner` now when `cells` is small, otherwise in a task of its own. A newer draw for
 * the same owner replaces a queued one. Returns a cancel function (for an effect's teardown).
 */
export function scheduleDraw(owner: object, cells: number, job: () => void): () => void {
  queue.delete(owner);
  if (cells < HEAVY_CELLS) job();
  else {
    queue.set(owner, job);
    schedule();
  }
  return () => {
    if (queue.get(owner) === job) queue.delete(owner);
  };
}

/** Draws still waiting (for tests). */
export const queuedDraws = (): number => queue.size;
