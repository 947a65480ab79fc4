// The worker's training role: one run at a time, iterating in slices of about 30 ms and then
// letting queued messages in, so a pause takes effect within a slice and the page receives
// each history entry as it is logged. Reset is the page terminating the worker.
import { trainedConnectivity } from '../sim/train/net-connectivity';
import { training, type TrainResult } from '../sim/train/train';
import type { TrainReply, TrainRequest } from './train-protocol';
import { yieldToMessages } from './yield';

const SLICE_MS = 30;
let run: {
  id: number;
  gen: ReturnType<typeof training>;
  maps: boolean;
  paused: boolean;
  looping: boolean;
} | null = null;
const post = (reply: TrainReply) => (self as unknown as Worker).postMessage(reply);

async function loop(): Promise<void> {
  const r = run;
  if (!r || r.looping) return;
  r.looping = true;
  try {
    while (!r.paused && run === r) {
      const end = performance.now() + SLICE_MS;
      while (performance.now() < end) {
        const step = r.gen.next();
        if (step.done) {
          const { history: _h, spec, theta, ...done } = step.value as TrainResult;
          // the network before and after, for the view's connectivity maps (a diverged one has none)
          const maps = r.maps && done.divergedAt === null ? trainedConnectivity(spec, theta) : null;
          post({ id: r.id, done, connectivity: maps });
          run = null;
          return;
        }
        if (step.value) post({ id: r.id, entry: step.value });
      }
      await yieldToMessages();
    }
  } catch (e) {
    post({ id: r.id, error: (e as Error).message || String(e) });
    run = null;
  } finally {
    r.looping = false;
  }
}

export function onTrainRequest(request: TrainRequest): void {
  if (request.kind === 'train') {
    run = { id: request.id, gen: training(request.spec), maps: request.maps, paused: false, looping: false };
    void loop();
  } else if (run && run.id === request.id) {
    run.paused = request.kind === 'train-pause';
    if (!run.paused) void loop();
  }
}
