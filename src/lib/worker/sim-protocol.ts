// Messages between the page and the simulation worker (runs too long for the main thread).
import type { SimResult, SpecInput } from '../sim/index';

export interface SimRequest {
  id: number;
  /** one spec per compared architecture */
  specs: SpecInput[];
}

export type SimReply = { id: number; results: SimResult[]; ms: number } | { id: number; error: string };
