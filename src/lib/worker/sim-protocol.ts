// Messages between the page and the simulation worker (runs too long for the main thread).
import type { HeatmapPanel } from '../figures/figure-data';
import type { SimResult, SpecInput } from '../sim/index';
import type { Halt } from '../sim/index';
import type { Localized } from './request-locale';

export interface SimRequest extends Localized {
  id: number;
  /** one spec per compared architecture */
  specs: SpecInput[];
}

/**
 * panels: the heatmaps' matrices, built here so the page does not (averaged to SCREEN_COLUMNS);
 * halted: where a custom phi left doubles, the results then stopping before it (sim/simulate-set.ts)
 */
export type SimReply =
  | { id: number; results: SimResult[]; panels: HeatmapPanel[]; halted: Halt | null; ms: number }
  | { id: number; error: string };
