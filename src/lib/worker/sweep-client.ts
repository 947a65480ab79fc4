// The page's side of the sweep worker: one request at a time; rows of a superseded
// request are dropped here as well as stopped in the worker.
import type { ConnectivityJob, SweepJob, SweepReply } from './sweep-protocol';

export interface SweepHandlers {
  row(key: string, row: number, values: Float64Array): void;
  done?(ms: number): void;
  error?(key: string, message: string): void;
}

export class SweepClient {
  private worker: Worker;
  private id = 0;
  private handlers: SweepHandlers | undefined;

  constructor() {
    this.worker = new Worker(new URL('./sweep-worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<SweepReply>) => {
      const reply = event.data;
      if (reply.id !== this.id || !this.handlers) return;
      if ('done' in reply) this.handlers.done?.(reply.ms);
      else if ('error' in reply) this.handlers.error?.(reply.key, reply.error);
      else this.handlers.row(reply.key, reply.row, reply.values);
    };
  }

  request(jobs: (SweepJob | ConnectivityJob)[], handlers: SweepHandlers): void {
    this.handlers = handlers;
    this.worker.postMessage({ id: ++this.id, jobs });
  }

  terminate(): void {
    this.worker.terminate();
  }
}
