// The shape of a phase diagram as the page holds it: a sweep of one parameter (rows) by steps
// back (columns), filled in row by row by the worker (state/phase-maps.svelte.ts).
import type { Arch } from '../sim/spec';

export interface PhaseMap {
  key: 'radius' | 'bias';
  title: string;
  arch: Arch;
  param: 'radius' | 'forgetBias' | 'updateBias';
  values: number[];
  matrix: Float64Array;
  cols: number;
  filled: number;
  /**
   * the swept values at which the network left double precision (a custom phi such as x^2):
   * their rows stay blank, which is the network's doing, not a row still being computed
   */
  halted: number[];
  /** the worker's message when this sweep failed, '' otherwise */
  error: string;
}

export interface PhaseMaps {
  radius: PhaseMap | null;
  bias: PhaseMap | null;
  /** milliseconds the last complete sweep took, 0 while one is under way */
  ms: number;
}
