// Messages between the page and the sweep worker.
import type { SpecInput } from '../sim/spec';
import type { SweepParam } from '../sim/sweep';

export interface SweepJob {
  /** which figure the rows belong to */
  key: string;
  spec: SpecInput;
  param: SweepParam;
  values: number[];
}

export interface SweepRequest {
  id: number;
  jobs: SweepJob[];
}

export type SweepReply =
  | { id: number; key: string; row: number; values: Float64Array; ms: number }
  | { id: number; done: true; ms: number }
  | { id: number; key: string; error: string };
