// The page's side of the cost measurement: one worker per measurement, terminated when the
// measurement is cancelled (the compared set changed, or the page asked again), so a stale
// measurement never competes for the CPU with a fresh one.
import type { CostJob, CostReply, CostRequest } from './cost-protocol';
import { msg } from '../i18n/index';
import { pageLocale } from './request-locale';

export interface CostHandlers {
  reply(reply: CostReply): void;
}

export class CostClient {
  private worker: Worker | null = null;
  private id = 0;

  start(job: CostJob, handlers: CostHandlers): void {
    this.cancel();
    const worker = new Worker(new URL('./lab-worker.ts', import.meta.url), { type: 'module' });
    const id = ++this.id;
    worker.onmessage = (event: MessageEvent<CostReply>) => {
      if (event.data.id !== id || this.worker !== worker) return;
      if ('done' in event.data || 'error' in event.data) this.release();
      handlers.reply(event.data);
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      if (this.worker !== worker) return;
      this.release();
      handlers.reply({ id, error: msg().worker.costFailed(event.message) });
    };
    this.worker = worker;
    worker.postMessage({ kind: 'cost', id, job, locale: pageLocale() } satisfies CostRequest);
  }

  private release(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  /** Stops a measurement under way; nothing it would still send arrives. */
  cancel(): void {
    this.id++;
    this.release();
  }
}
