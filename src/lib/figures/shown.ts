// What the network views show: the settings on screen with the results that belong to them,
// what the figures draw from those results, and the closed forms the captions quote. The
// store (state/lab-store.svelte.ts) makes one such snapshot; the views only render it.
import { gatePathLog10, linearRnnLog10, sigmoidOf } from '../sim/theory';
import { nonlinearity } from '../sim/nonlinearity';
import type { SimResult } from '../sim/index';
import type { Arch } from '../sim/spec';
import { effectiveRadius, type LabState } from '../model/lab-state';
import type { Curve, HeatmapPanel } from './figure-data';
import type { WeightShares } from './weight-shares';

/** The closed-form numbers the captions and equations quote, for the settings on screen. */
export interface Theory {
  /** spectral radius of the recurrent matrix in use: the slider's, or the placed eigenvalues' */
  radius: number;
  /** log10 rho^T, the linear RNN's closed form */
  radiusPowLog10: number;
  sigmaForget: number;
  sigmaUpdate: number;
  /**
   * T_max of chrono init (Tallec & Ollivier 2018) when it sets the LSTM's forget biases, each unit
   * its own: then no single sigma(b_f)^T describes the highway; null for the constant forgetBias
   */
  chronoMax: number | null;
  /** log10 sigma(b_f)^T and sigma(b_z)^T: the gate paths with constant gates */
  forgetPowLog10: number;
  updatePowLog10: number;
  /** sup |phi'|, Pascanu et al. (2013)'s gamma */
  gamma: number;
}

export interface Shown {
  lab: LabState;
  archs: readonly Arch[];
  results: SimResult[];
  panels: HeatmapPanel[];
  curves: Curve[];
  /** each compared architecture's share of dL/dW by steps back */
  shares: WeightShares[];
  theory: Theory;
  /** increases with every finished run: the e2e tests wait on it (data-run) */
  run: number;
}

export function theoryFor(lab: LabState): Theory {
  const radius = effectiveRadius(lab);
  const T = lab.steps;
  return {
    radius,
    radiusPowLog10: linearRnnLog10(radius, T),
    sigmaForget: sigmoidOf(lab.forgetBias),
    sigmaUpdate: sigmoidOf(lab.updateBias),
    chronoMax: lab.forgetInit === 'chrono' ? lab.chronoMax : null,
    forgetPowLog10: gatePathLog10(lab.forgetBias, T),
    updatePowLog10: gatePathLog10(lab.updateBias, T),
    gamma: lab.activation === 'custom' ? nonlinearity(lab.formula).gamma : 1
  };
}
