// Messages between the page and the sweep worker.
import type { SpecInput } from '../sim/spec';
import type { SweepParam } from '../sim/sweep';
import type { LatchSpec } from '../sim/latch';
import type { Localized } from './request-locale';

export interface SweepJob {
  /** which figure the rows belong to */
  key: string;
  kind?: 'sweep';
  spec: SpecInput;
  param: SweepParam;
  values: number[];
}

/** A T x T connectivity map; bidirectional turns the lstm into a Bi-LSTM. */
export interface ConnectivityJob {
  key: string;
  kind: 'connectivity';
  spec: SpecInput;
  bidirectional: boolean;
}

/** The latch's trade-off grid: a row (kept fractions, then median log10 |da_T/da_1|) per noise level. */
export interface LatchJob {
  key: string;
  kind: 'latch';
  spec: LatchSpec;
  ws: number[];
  noises: number[];
}

export type WorkerJob = SweepJob | ConnectivityJob | LatchJob;

export interface SweepRequest extends Localized {
  id: number;
  jobs: WorkerJob[];
}

export type SweepReply =
  | { id: number; key: string; row: number; values: Float64Array; ms: number }
  | { id: number; done: true; ms: number }
  | { id: number; key: string; error: string };
