// The cost measurement's state on the page: started by the user's button (never on page load: a
// lecturer's page must stay fast), filled in point by point as the worker times each model, and
// cancelled (the worker terminated) when asked or when the compared models or the network change.
import type { CostSeries } from '../figures/reach-cost';
import type { Arch } from '../sim/spec';
import { CostClient } from '../worker/cost-client';
import type { CostEnd, CostJob, CostReply } from '../worker/cost-protocol';

export type CostStatus = 'idle' | 'running' | CostEnd | 'cancelled' | 'error';

/** What runs the measurement: the worker on the page, a stand-in in unit tests. */
export interface CostRunner {
  start(job: CostJob, handlers: { reply(reply: CostReply): void }): void;
  cancel(): void;
}

export function createCostMeasure(runner: CostRunner = new CostClient()) {
  let series = $state.raw<CostSeries[]>([]);
  let status = $state<CostStatus>('idle');
  let error = $state('');
  /** models that stopped growing, with the length and time that stopped them */
  let slow = $state.raw<{ arch: Arch; T: number; ms: number }[]>([]);
  let measured = $state(0);
  let total = $state(0);
  let elapsedMs = $state(0);
  /** the job the results belong to ('' before any) */
  let key = '';

  function receive(reply: CostReply) {
    if ('point' in reply) {
      const { arch, T, ms } = reply.point;
      series = series.map((s) => (s.arch === arch ? { arch, points: [...s.points, { T, ms }] } : s));
      measured++;
    } else if ('slow' in reply) {
      slow = [...slow, reply.slow];
    } else if ('done' in reply) {
      status = reply.done;
      elapsedMs = reply.elapsedMs;
    } else {
      status = 'error';
      error = reply.error;
    }
  }

  return {
    get series() {
      return series;
    },
    get status() {
      return status;
    },
    get error() {
      return error;
    },
    get slow() {
      return slow;
    },
    /** sizes measured, of archs x lengths */
    get progress() {
      return { measured, total };
    },
    get elapsedMs() {
      return elapsedMs;
    },
    start(job: CostJob, archs: readonly Arch[], jobKey: string) {
      key = jobKey;
      series = archs.map((arch) => ({ arch, points: [] }));
      slow = [];
      error = '';
      measured = 0;
      total = archs.length * job.lengths.length;
      elapsedMs = 0;
      status = 'running';
      runner.start(job, { reply: receive });
    },
    cancel() {
      runner.cancel();
      if (status === 'running') status = 'cancelled';
    },
    /** The settings changed: a measurement of other models or another network is cancelled and cleared. */
    follow(jobKey: string) {
      if (jobKey === key || !key) return;
      runner.cancel();
      key = '';
      series = [];
      slow = [];
      status = 'idle';
      measured = 0;
      total = 0;
    }
  };
}

export type CostMeasure = ReturnType<typeof createCostMeasure>;
