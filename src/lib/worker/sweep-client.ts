// The page's side of the sweep worker: one request at a time; rows of a superseded
// request are dropped here as well as stopped in the worker. A failure anywhere in the
// worker (a job that throws, a worker that cannot start) reaches the error handler: key
// '*' when it cannot be pinned on one job.
import type { SweepReply, SweepRequest, WorkerJob } from './sweep-protocol';
import { msg } from '../i18n/index';
import { pageLocale } from './request-locale';

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
    this.worker = new Worker(new URL('./lab-worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<SweepReply>) => {
      const reply = event.data;
      if (reply.id !== this.id || !this.handlers) return;
      if ('done' in reply) this.handlers.done?.(reply.ms);
      else if ('error' in reply) this.handlers.error?.(reply.key, reply.error);
      else this.handlers.row(reply.key, reply.row, reply.values);
    };
    this.worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.handlers?.error?.('*', msg().worker.sweepFailed(event.message));
    };
  }

  request(jobs: WorkerJob[], handlers: SweepHandlers): void {
    this.handlers = handlers;
    this.worker.postMessage({ id: ++this.id, jobs, locale: pageLocale() } satisfies SweepRequest);
  }

  /** Stops the current request at its next row boundary and drops anything it still sends. */
  cancel(): void {
    if (!this.handlers) return;
    this.handlers = undefined;
    this.worker.postMessage({ id: ++this.id, jobs: [] });
  }

  terminate(): void {
    this.worker.terminate();
  }
}
