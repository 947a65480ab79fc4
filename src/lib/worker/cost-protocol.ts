// Messages between the page and the cost worker: one measurement of time per sequence against T
// for each compared model. The page cancels by terminating the worker (cost-client.ts).
import type { Arch, SpecInput } from '../sim/spec';
import type { Localized } from './request-locale';

export interface CostJob {
  /** one spec per compared model: the page's network, its steps replaced by each length */
  specs: SpecInput[];
  /** the lengths to time, ascending */
  lengths: number[];
  /** the whole measurement stops after this many milliseconds */
  budgetMs: number;
}

export interface CostRequest extends Localized {
  kind: 'cost';
  id: number;
  job: CostJob;
}

/** Why a measurement ended: every length done, the time budget spent, or an error. */
export type CostEnd = 'complete' | 'budget';

export type CostReply =
  | { id: number; point: { arch: Arch; T: number; ms: number; reps: number } }
  /** a model dropped from the longer lengths: one sequence took longer than the slow limit */
  | { id: number; slow: { arch: Arch; T: number; ms: number } }
  | { id: number; done: CostEnd; elapsedMs: number }
  | { id: number; error: string };
