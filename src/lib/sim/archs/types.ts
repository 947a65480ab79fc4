// One interface every architecture implements, so adding one touches its own module, its tests
// and its README section: the engine (simulate), the CLI, the trainer and the page all reach an
// architecture through the registry (index.ts), never through an if/else on its name.
import type { ConnectivityMap } from '../connectivity';
import type { Gradients } from '../gradients';
import type { Spectrum } from '../recurrent';
import type { Arch, Spec } from '../spec';
import type { Sequence } from '../train/task-registry';

/** The matrix whose spectrum the lab's eigenvalue controls set, as the page names it. */
export type SpectrumMatrix = 'W' | 'W_f' | 'W_z';

/** What one architecture's kernel reports for simulate(): the shared gradients and its own extras. */
export interface ArchResult extends Gradients {
  /** the controlled matrix's spectrum, or null for an architecture without a recurrent matrix */
  spectrum: (Spectrum & { matrix: SpectrumMatrix }) | null;
  /** attention only: H rows of the T attention weights alpha_s of the last position (head j, row j) */
  attention?: Float64Array[];
}

/**
 * How a gradient travels from the input x_{T-k} to the loss at step T: through k applications of
 * a recurrence, through one attention step whatever k is, or through one layer while k < N and
 * not at all beyond (the sliding window).
 */
export type PathKind = 'recurrence' | 'attention' | 'window';

/** A network the trainer can fit: every parameter in theta, the loss and gradient of a batch. */
export interface TrainableNet {
  readonly arch: Arch;
  /** every parameter in one vector, so the optimiser and the clipping see one vector */
  readonly theta: Float64Array;
  /**
   * The mean squared error of y = v^T h_L + c over the batch, its gradient written into `grad`
   * (laid out as theta). With `flow`, log10 of the gradient norm of the batch's first sequence at
   * each step back k = 0..L (the state for a recurrence, the position's embedding for attention,
   * the input for the window).
   */
  lossAndGradient(batch: Sequence[], grad: Float64Array, flow?: Float64Array): number;
  /** the outputs y for each sequence */
  outputs(seqs: Sequence[]): Float64Array;
  /** the controlled block's spectral radius (NaN once it holds a non-finite entry), null without one */
  spectralRadius(): number | null;
}

export interface ArchModule {
  readonly id: Arch;
  /** as the page and the README write it: 'RNN', 'Attention' */
  readonly label: string;
  readonly path: PathKind;
  /** the matrix the eigenvalue controls set, null when they do not apply */
  readonly spectrumMatrix: SpectrumMatrix | null;
  /** whether the spec's activation (and a custom phi) is used */
  readonly usesActivation: boolean;
  /**
   * Multiply-adds per sequence step divided by (n + m + 1), the unit the cost forecasts (cost.ts,
   * train-spec.ts) were fitted in: the stacked gate rows G n of a recurrent cell.
   */
  costRows(spec: Pick<Spec, 'hidden' | 'heads' | 'window' | 'inputSize'>): number;
  /**
   * The gradients of the spec's network over its first `steps` steps (default spec.steps, fewer
   * when simulate() reruns the steps before a halt). Throws NetworkHaltError when a custom phi
   * leaves the doubles.
   */
  run(spec: Spec, steps?: number): ArchResult;
  /** the trainer's network, built from a simulation spec whose inputSize is the task's */
  trainable(spec: Spec): TrainableNet;
  /**
   * The connectivity map log10 ||dh_t/dx_s|| in one call, for an architecture read directly from its
   * inputs (attention's causal layer, the window's band); absent for the recurrences, whose maps
   * connectivity.ts propagates column by column.
   */
  connectivity?(spec: Spec): ConnectivityMap;
  /**
   * What one sequence costs a model used as designed, when that is more than run(): attention's full
   * causal layer (every position attends to its prefix, O(T^2 n)), what a Transformer pays, where run()
   * reads the last position only. Absent: run() is the cost.
   */
  sequenceCost?(spec: Spec): unknown;
}
