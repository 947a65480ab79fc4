// The worker's training role: one run at a time, iterating in slices of about 30 ms and then
// letting queued messages in, so a pause takes effect within a slice and the page receives
// each history entry as it is logged, and its progress (iterations done, seconds spent iterating,
// pauses excluded) at most every PROGRESS_MS: the page's estimate of the time left is this
// measured rate, not a forecast. Reset is the page terminating the worker.
import { trainedForgetGates } from '../sim/train/forget-gates';
import { trainedConnectivity } from '../sim/train/net-connectivity';
import { training, type TrainResult } from '../sim/train/train';
import type { TrainReply, TrainRequest } from './train-protocol';
import { yieldToMessages } from './yield';
import { speakRequestLocale } from './request-locale';

const SLICE_MS = 30;
const PROGRESS_MS = 500;
let run: {
  id: number;
  gen: ReturnType<typeof training>;
  maps: boolean;
  paused: boolean;
  looping: boolean;
  /** iterations done, milliseconds spent iterating, when progress was last posted */
  iterations: number;
  activeMs: number;
  posted: number;
} | null = null;
const post = (reply: TrainReply) => (self as unknown as Worker).postMessage(reply);

async function loop(): Promise<void> {
  const r = run;
  if (!r || r.looping) return;
  r.looping = true;
  try {
    while (!r.paused && run === r) {
      const begin = performance.now();
      const end = begin + SLICE_MS;
      while (performance.now() < end) {
        const step = r.gen.next();
        if (step.done) {
          const { history: _h, spec, theta, ...done } = step.value as TrainResult;
          // the network before and after, for the view's connectivity maps and an LSTM's forget
          // gates (a diverged one has neither)
          const shown = r.maps && done.divergedAt === null;
          // every iteration is done: say so before the maps (seconds at T = 1000) keep the worker busy
          r.activeMs += performance.now() - begin;
          post({ id: r.id, progress: { iteration: r.iterations, activeSeconds: r.activeMs / 1000 } });
          const connectivity = shown ? trainedConnectivity(spec, theta) : null;
          const gates = shown ? trainedForgetGates(spec, theta) : null;
          post({ id: r.id, done, connectivity, gates });
          run = null;
          return;
        }
        r.iterations++;
        if (step.value) post({ id: r.id, entry: step.value });
      }
      const now = performance.now();
      r.activeMs += now - begin;
      if (now - r.posted >= PROGRESS_MS) {
        r.posted = now;
        post({ id: r.id, progress: { iteration: r.iterations, activeSeconds: r.activeMs / 1000 } });
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
    speakRequestLocale(request);
    run = {
      id: request.id,
      gen: training(request.spec),
      maps: request.maps,
      paused: false,
      looping: false,
      iterations: 0,
      activeMs: 0,
      posted: performance.now()
    };
    void loop();
  } else if (run && run.id === request.id) {
    run.paused = request.kind === 'train-pause';
    if (!run.paused) void loop();
  }
}
