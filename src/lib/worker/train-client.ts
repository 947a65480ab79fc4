// The page's side of a training worker: start, pause, resume, and stop (which terminates the
// worker: a run cannot be cut short any other way, and a fresh worker costs nothing here).
import type { HistoryEntry, TrainResult } from '../sim/train/train';
import type { RunSpec } from '../sim/train/train-spec';
import type { TrainedConnectivity } from '../sim/train/net-connectivity';
import type { TrainedForgetGates } from '../sim/train/forget-gates';
import type { TrainProgress, TrainReply, TrainRequest } from './train-protocol';
import { msg } from '../i18n/index';
import { pageLocale } from './request-locale';

export interface TrainHandlers {
  entry(e: HistoryEntry): void;
  progress?(p: TrainProgress): void;
  done(
    result: Omit<TrainResult, 'history' | 'spec' | 'theta'>,
    connectivity: TrainedConnectivity | null,
    gates: TrainedForgetGates | null
  ): void;
  error(message: string): void;
}

export class TrainClient {
  private worker: Worker | null = null;
  private id = 0;

  /** `maps`: compute the connectivity maps before and after once the run is done. */
  start(spec: RunSpec, maps: boolean, handlers: TrainHandlers): void {
    this.stop();
    const worker = new Worker(new URL('./lab-worker.ts', import.meta.url), { type: 'module' });
    const id = ++this.id;
    worker.onmessage = (event: MessageEvent<TrainReply>) => {
      const reply = event.data;
      if (reply.id !== id || this.worker !== worker) return;
      if ('entry' in reply) return handlers.entry(reply.entry);
      if ('progress' in reply) return handlers.progress?.(reply.progress);
      this.stop(); // done or failed: the worker is released at once
      if ('done' in reply) handlers.done(reply.done, reply.connectivity, reply.gates);
      else handlers.error(reply.error);
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      if (this.worker !== worker) return;
      this.stop();
      handlers.error(msg().worker.trainFailed(event.message));
    };
    this.worker = worker;
    worker.postMessage({ kind: 'train', id, spec, maps, locale: pageLocale() } satisfies TrainRequest);
  }

  pause(): void {
    this.worker?.postMessage({ kind: 'train-pause', id: this.id });
  }

  resume(): void {
    this.worker?.postMessage({ kind: 'train-resume', id: this.id });
  }

  stop(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
