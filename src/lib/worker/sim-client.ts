// The page's side of the simulation worker. Answers arrive in request order; each is passed
// on unless a newer one was already delivered, so during a long drag the figures step from
// one finished run to the next while the worker skips the requests it never started.
import type { HeatmapPanel } from '../figures/figure-data';
import type { SimResult, SpecInput } from '../sim/index';
import type { Halt } from '../sim/index';
import type { SimReply, SimRequest } from './sim-protocol';
import { msg } from '../i18n/index';
import { pageLocale } from './request-locale';

export type SimOutcome =
  | { results: SimResult[]; panels: HeatmapPanel[]; halted: Halt | null; error: '' }
  | { results: null; panels?: undefined; halted?: undefined; error: string };

export class SimClient {
  private worker: Worker | null = null;
  private id = 0;
  private delivered = 0;
  private handlers = new Map<number, (outcome: SimOutcome) => void>();

  /** Runs specs in the worker; onresult gets the answer unless a newer answer came first. */
  run(specs: SpecInput[], onresult: (outcome: SimOutcome) => void): void {
    if (!this.worker) {
      // started on first use: most sessions never leave the main-thread sizes
      this.worker = new Worker(new URL('./lab-worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (event: MessageEvent<SimReply>) => {
        const reply = event.data;
        const handler = this.handlers.get(reply.id);
        for (const id of this.handlers.keys()) if (id <= reply.id) this.handlers.delete(id);
        if (!handler || reply.id <= this.delivered) return;
        this.delivered = reply.id;
        handler(
          'error' in reply
            ? { results: null, error: reply.error }
            : { results: reply.results, panels: reply.panels, halted: reply.halted, error: '' }
        );
      };
      // a worker that dies (out of memory, a load failure) answers the newest request with an error
      this.worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        const newest = this.handlers.get(this.id);
        this.handlers.clear();
        this.delivered = this.id;
        this.worker?.terminate();
        this.worker = null; // the next request starts a fresh one
        newest?.({ results: null, error: msg().worker.simFailed(event.message) });
      };
    }
    this.handlers.set(++this.id, onresult);
    this.worker.postMessage({ id: this.id, specs, locale: pageLocale() } satisfies SimRequest);
  }

  terminate(): void {
    this.worker?.terminate();
  }
}
