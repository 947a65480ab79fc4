// The page's one state object: every control writes here, and nothing else feeds the
// engine. Ranges are the engine schema's (spec.ts LIMITS), narrowed where the page needs
// it (T <= 5000 so a slider drag stays live). Typed values go through clampField, which
// says what it did in a message naming the field and the allowed range.
import { ARCH_MODULES } from '../sim/archs/index';
import { LATCH_LIMITS, type LatchSpec } from '../sim/latch';
import {
  ARCH_FIELD_DEFAULTS,
  ARCH_FIELDS,
  ARCHS,
  DEFAULT_SPEC,
  FORGET_INITS,
  LIMITS,
  type Activation,
  type Arch,
  type Init,
  type SpecInput
} from '../sim/spec';
import type { Task } from '../sim/train/task-registry';
import { localNumber, msg } from '../i18n/index';

export type ForgetInit = (typeof FORGET_INITS)[number];

/** At most this many architectures side by side: four curves, four heatmap rows, four equations. */
export const MAX_COMPARED = 4;
/** The names old links used for the sets the page offered before any set could be chosen. */
export const LEGACY_COMPARE: Record<string, readonly Arch[]> = {
  'rnn-lstm': ['rnn', 'lstm'],
  'rnn-gru': ['rnn', 'gru'],
  'lstm-gru': ['lstm', 'gru'],
  'rnn-lstm-gru': ['rnn', 'lstm', 'gru']
};
/** Each architecture's visible name, read from its module when shown (so in the page's language). */
export const ARCH_LABELS: Readonly<Record<Arch, string>> = Object.defineProperties(
  {},
  Object.fromEntries(ARCHS.map((a) => [a, { get: () => ARCH_MODULES[a].label, enumerable: true }]))
) as Record<Arch, string>;

/** A number as the page's language writes it: "0.95" / "0,95". */
const num = (x: number): string => localNumber(String(x));

/** A compared set in the one order every figure uses, ARCHS order, so equal sets give equal URLs. */
export const inArchOrder = (archs: readonly Arch[]): Arch[] => ARCHS.filter((a) => archs.includes(a));

/** "RNN vs LSTM vs Attention". */
export const compareLabel = (archs: readonly Arch[]): string =>
  msg().model.compareLabel(archs.map((a) => ARCH_LABELS[a]));

/**
 * Why a list of names is not a set the page can compare (null when it is): 1 to MAX_COMPARED
 * distinct architectures. The reason names what is wrong; the caller adds the field and what it kept.
 */
export function compareProblem(names: readonly string[]): string | null {
  const unknown = names.find((a) => !(ARCHS as readonly string[]).includes(a));
  const m = msg().model.compare;
  if (unknown !== undefined) return m.unknown(JSON.stringify(unknown.slice(0, 40)));
  const twice = names.find((a, i) => names.indexOf(a) !== i);
  if (twice !== undefined) return m.twice(twice);
  if (names.length === 0) return m.none;
  if (names.length > MAX_COMPARED) return m.tooMany(num(names.length));
  return null;
}

export type Eigenvalue = [number, number];

/**
 * Chrono's T_max on a fresh page: the default sequence length (100), the dependency range the
 * lab's default figures ask about. It is one explicit number rather than "follow the length" so a
 * link reproduces the same biases in the gradient views and the training view; the control says
 * which length it matches (Tallec & Ollivier 2018 set T_max to the expected dependency range).
 */
export const CHRONO_MAX_DEFAULT = DEFAULT_SPEC.steps;

export interface LabState {
  /** the compared architectures: 1 to MAX_COMPARED distinct ones, in ARCHS order */
  compare: Arch[];
  steps: number;
  radius: number;
  init: Extract<Init, 'orthogonal' | 'gaussian' | 'eigenvalues'>;
  activation: Activation;
  /** phi(x) when activation is "custom" */
  formula: string;
  /** the recurrent matrix's eigenvalues when init is "eigenvalues" (their count is the hidden size) */
  eigenvalues: Eigenvalue[];
  /** condition number of the eigenbasis: 1 = normal */
  condition: number;
  /** which page: the gradient figures, the eigenvalue and connectivity explorer, the latch, training, or reach */
  view: View;
  /** show the Bi-LSTM connectivity map in the explorer */
  bidirectional: boolean;
  forgetBias: number;
  updateBias: number;
  /** the LSTM's forget-gate biases: the constant forgetBias, or chrono (Tallec & Ollivier 2018) up to chronoMax */
  forgetInit: ForgetInit;
  chronoMax: number;
  /** attention's heads (must divide the hidden size) and the scale of its sinusoidal positions */
  heads: number;
  positionScale: number;
  /** the sliding window's length N */
  window: number;
  hidden: number;
  inputScale: number;
  seed: number;
  /** colour scale half-range, in decades (powers of ten) */
  decades: number;
  /** the single-neuron latch (Bengio et al. 1994): a_t = w tanh(a_{t-1}) + h_t */
  latchW: number;
  latchNoise: number;
  latchPulse: number;
  latchLength: number;
  latchSteps: number;
  /** training: the task, its length, the budget and the optimiser (the network is the sidebar's) */
  /** one of the task registry's (task-registry.ts) */
  trainTask: Task;
  trainSteps: number;
  trainIterations: number;
  trainRate: number;
  trainClip: number;
  trainOptimizer: 'adam' | 'sgd';
  /** the length sweep: its lengths (ascending, distinct, model/length-sweep.ts) and seeds per length */
  sweepSteps: number[];
  sweepSeeds: number;
}

export const VIEWS = ['gradients', 'explorer', 'latch', 'training', 'reach'] as const;
export type View = (typeof VIEWS)[number];

/** The engine's defaults (spec.ts) wherever the engine has the field: one source of truth. */
export const DEFAULT_STATE: LabState = {
  compare: ['rnn', 'lstm'],
  steps: DEFAULT_SPEC.steps,
  radius: DEFAULT_SPEC.recurrent.radius,
  init: DEFAULT_SPEC.recurrent.init,
  activation: DEFAULT_SPEC.activation,
  formula: 'x / (1 + abs(x))',
  eigenvalues: [],
  condition: DEFAULT_SPEC.recurrent.condition,
  view: 'gradients',
  bidirectional: true,
  forgetBias: DEFAULT_SPEC.forgetBias,
  updateBias: DEFAULT_SPEC.updateBias,
  forgetInit: 'constant',
  chronoMax: CHRONO_MAX_DEFAULT,
  ...ARCH_FIELD_DEFAULTS,
  hidden: DEFAULT_SPEC.hidden,
  inputScale: DEFAULT_SPEC.inputScale,
  seed: DEFAULT_SPEC.seed,
  decades: 10,
  latchW: 2,
  latchNoise: 0.3,
  latchPulse: 1,
  latchLength: 3,
  latchSteps: 100,
  trainTask: 'adding',
  trainSteps: 30,
  trainIterations: 1500,
  trainRate: 0.01,
  trainClip: 1,
  trainOptimizer: 'adam',
  sweepSteps: [8, 12, 20, 40],
  sweepSeeds: 3
};

type NumericField =
  | 'steps'
  | 'radius'
  | 'forgetBias'
  | 'updateBias'
  | 'hidden'
  | 'inputScale'
  | 'seed'
  | 'decades'
  | 'condition'
  | 'chronoMax'
  | ArchField
  | LatchField
  | TrainField
  | 'sweepSeeds';

/** The fields only some architectures read (spec.ts refuses them on the others), named as in the URL. */
export type ArchField = keyof typeof ARCH_FIELDS;
export const ARCH_FIELD_NAMES = Object.keys(ARCH_FIELDS) as ArchField[];

/** The latch's fields, named as in the URL. */
export const LATCH_FIELDS = ['latchW', 'latchNoise', 'latchPulse', 'latchLength', 'latchSteps'] as const;
export type LatchField = (typeof LATCH_FIELDS)[number];

/** The training view's numeric fields, named as in the URL. */
export const TRAIN_FIELDS = ['trainSteps', 'trainIterations', 'trainRate', 'trainClip'] as const;
export type TrainField = (typeof TRAIN_FIELDS)[number];

/** A field's rule, its visible name read from the catalogue when shown (so in the page's language). */
const fieldRule = (key: NumericField, range: readonly [number, number], integer: boolean) => ({
  get label(): string {
    return msg().model.fields[key];
  },
  range,
  integer
});

/** What the page accepts for each number: [min, max], integer or not, and the visible name. */
export const FIELDS: Record<
  NumericField,
  { readonly label: string; range: readonly [number, number]; integer: boolean }
> = {
  steps: fieldRule('steps', [1, 5000], true),
  radius: fieldRule('radius', [0, 2], false),
  forgetBias: fieldRule('forgetBias', [-4, 8], false),
  updateBias: fieldRule('updateBias', [-4, 8], false),
  hidden: fieldRule('hidden', [1, LIMITS.hidden[1]], true),
  inputScale: fieldRule('inputScale', [0, 3], false),
  seed: fieldRule('seed', [0, 99999], true),
  decades: fieldRule('decades', [1, 400], true),
  condition: fieldRule('condition', [1, 1000], false),
  // the page's sequence lengths reach 5000 (the engine's chrono takes up to LIMITS.chronoMax)
  chronoMax: fieldRule('chronoMax', [2, 5000], true),
  heads: fieldRule('heads', LIMITS.heads, true),
  positionScale: fieldRule('positionScale', LIMITS.positionScale, false),
  window: fieldRule('window', LIMITS.window, true),
  latchW: fieldRule('latchW', LATCH_LIMITS.w, false),
  latchNoise: fieldRule('latchNoise', LATCH_LIMITS.noise, false),
  latchPulse: fieldRule('latchPulse', LATCH_LIMITS.pulse, false),
  latchLength: fieldRule('latchLength', LATCH_LIMITS.length, true),
  latchSteps: fieldRule('latchSteps', LATCH_LIMITS.steps, true),
  // the page's training ranges: T reaches the 300-1000 steps where an LSTM's memory dilutes; the
  // time a run may take is bounded by its forecast (train-budget.ts), not by these ranges
  trainSteps: fieldRule('trainSteps', [8, 1000], true),
  trainIterations: fieldRule('trainIterations', [100, 20000], true),
  trainRate: fieldRule('trainRate', [0.0001, 1], false),
  trainClip: fieldRule('trainClip', [0, 10], false),
  sweepSeeds: fieldRule('sweepSeeds', [1, 10], true)
};

/** Eigenvalues the explorer lets a student place: inside this square of the complex plane. */
export const EIGEN_LIMIT = 2;

/** One part (re or im) of a placed eigenvalue: rounded to 4 decimals, clamped into the square. */
export function clampEigenPart(v: number): number {
  return Math.max(-EIGEN_LIMIT, Math.min(EIGEN_LIMIT, +v.toFixed(4)));
}

export interface Clamped {
  value: number;
  /** Set when the value was changed or refused: names the field and the allowed range. */
  message?: string;
}

/** A typed value for a numeric field: parsed, rounded if the field is an integer, clamped. */
export function clampField(
  field: NumericField,
  raw: string | number,
  previous: number,
  label = FIELDS[field].label
): Clamped {
  const { range, integer } = FIELDS[field];
  const [lo, hi] = range;
  const m = msg().model.clamp;
  const allowed = m.allowed(integer, num(lo), num(hi));
  const text = String(raw).trim();
  const parsed = text === '' ? NaN : Number(text);
  const shown = text.length > 40 ? `${text.slice(0, 37)}...` : text; // a 400-digit link stays one line
  if (!Number.isFinite(parsed)) {
    // a number box reports malformed text ("1e", "--") as empty
    const what = text === '' ? m.empty : m.notNumber(shown);
    return { value: previous, message: m.kept(label, allowed, what, num(previous)) };
  }
  let value = integer ? Math.round(parsed) : parsed;
  value = Math.min(hi, Math.max(lo, value));
  if (value === parsed) return { value };
  return { value, message: m.set(label, allowed, localNumber(shown), num(value)) };
}

/** The most heads, at most `heads`, that divide n: every head gets n / heads units (issue 18). */
export function fitHeads(heads: number, n: number): number {
  let h = Math.max(1, Math.min(heads, n));
  while (n % h !== 0) h--;
  return h;
}

/**
 * A typed number of heads: clamped to 1..8 as any field, then down to a divisor of the hidden
 * size n, the message naming both rules.
 */
export function clampHeads(raw: string | number, previous: number, n: number, label = FIELDS.heads.label): Clamped {
  const r = clampField('heads', raw, previous, label);
  const value = fitHeads(r.value, n);
  if (value === r.value) return r;
  const [lo, hi] = FIELDS.heads.range;
  const text = String(raw).trim();
  // the number as typed, else the kept value, which moved
  const shown = text !== '' && Number.isFinite(Number(text)) ? localNumber(text) : num(r.value);
  return { value, message: msg().model.clamp.heads(label, num(lo), num(hi), num(n), shown, num(value)) };
}

/** W is built from the placed eigenvalues (and the hidden-size control is not used). */
const byEigenvalues = (state: LabState): boolean => state.init === 'eigenvalues' && state.eigenvalues.length > 0;

/** The spectral radius of the recurrent matrix these settings build: the slider's, or the placed eigenvalues'. */
export function effectiveRadius(state: LabState): number {
  if (!byEigenvalues(state)) return state.radius;
  return Math.max(...state.eigenvalues.map(([re, im]) => Math.hypot(re, im)));
}

/** Units in the network: with placed eigenvalues, one per eigenvalue. */
export const hiddenUnits = (state: LabState): number =>
  byEigenvalues(state) ? state.eigenvalues.length : state.hidden;

/** "1 step", "100 steps". */
export const stepsText = (T: number): string => msg().model.steps(T, num(T));

/**
 * The same where Russian needs the genitive ("после 1 шага", "после 2 шагов", "за 100 шагов" is
 * stepsText's): after "after", "from", "over" and the like. English: exactly stepsText.
 */
export const stepsTextGenitive = (T: number): string => msg().model.stepsGenitive(T, num(T));

/** The fields this arch reads (heads, positionScale, window), the others absent: spec.ts refuses them. */
export function archFields(state: LabState, arch: Arch): Partial<Record<ArchField, number>> {
  const out: Partial<Record<ArchField, number>> = {};
  for (const f of ARCH_FIELD_NAMES) if ((ARCH_FIELDS[f] as readonly Arch[]).includes(arch)) out[f] = state[f];
  // a safety net: the controls and the URL already keep heads a divisor of n, with a message
  if (out.heads !== undefined) out.heads = fitHeads(out.heads, hiddenUnits(state));
  return out;
}

/** Whether any compared architecture reads this field: its control shows only then. */
export const fieldInUse = (state: Pick<LabState, 'compare'>, field: ArchField): boolean =>
  state.compare.some((a) => (ARCH_FIELDS[field] as readonly Arch[]).includes(a));

/**
 * The chrono fields for the engine: only for an LSTM with chrono on (spec.ts refuses forgetInit on
 * other archs, and chronoMax without chrono); a constant init sends nothing, as before chrono existed.
 */
export function forgetInitFields(
  state: Pick<LabState, 'forgetInit' | 'chronoMax'>,
  arch: Arch
): { forgetInit?: 'chrono'; chronoMax?: number } {
  return arch === 'lstm' && state.forgetInit === 'chrono' ? { forgetInit: 'chrono', chronoMax: state.chronoMax } : {};
}

/** The engine spec for one compared architecture. */
export function specFor(state: LabState, arch: Arch, perUnit = true): SpecInput {
  return {
    arch,
    hidden: hiddenUnits(state),
    steps: state.steps,
    activation: state.activation,
    ...(state.activation === 'custom' ? { formula: state.formula } : {}),
    recurrent: byEigenvalues(state)
      ? {
          init: 'eigenvalues',
          eigenvalues: state.eigenvalues.map(([re, im]): [number, number] => [re, im]),
          condition: state.condition
        } // plain copies: a spec crosses to the worker
      : { init: state.init === 'eigenvalues' ? 'orthogonal' : state.init, radius: state.radius },
    forgetBias: state.forgetBias,
    updateBias: state.updateBias,
    ...forgetInitFields(state, arch),
    inputScale: state.inputScale,
    seed: state.seed,
    ...archFields(state, arch),
    perUnit,
    paramGrads: 'byStep' // the size of each step's term in dL/dW, for "where dL/dW comes from"
  };
}

/** Noisy trajectories the latch view draws. */
export const LATCH_TRAJECTORIES = 8;

/** The latch engine's spec for these settings. */
export function latchSpecFor(state: LabState, trajectories = LATCH_TRAJECTORIES): LatchSpec {
  return {
    w: state.latchW,
    noise: state.latchNoise,
    pulse: state.latchPulse,
    length: state.latchLength,
    steps: state.latchSteps,
    seed: state.seed,
    trajectories
  };
}

/** Sequences per batch and evaluation set size on the page: the CLI's defaults are larger. */
export const PAGE_TRAINING = { batch: 32, evalSize: 200, entries: 30 } as const;

/** The training spec for one architecture: the sidebar's network, the training view's task and budget. */
export function trainSpecFor(state: LabState, arch: Arch): Record<string, unknown> {
  const net = specFor(state, arch, false);
  const every = Math.max(1, Math.round(state.trainIterations / PAGE_TRAINING.entries));
  return {
    arch,
    hidden: net.hidden,
    activation: net.activation,
    recurrent: net.recurrent,
    forgetBias: net.forgetBias,
    updateBias: net.updateBias,
    ...forgetInitFields(state, arch),
    seed: net.seed,
    ...archFields(state, arch),
    task: state.trainTask,
    steps: state.trainSteps,
    optimizer: state.trainOptimizer,
    learningRate: state.trainRate,
    clip: state.trainClip,
    batch: PAGE_TRAINING.batch,
    iterations: state.trainIterations,
    evalEvery: every,
    evalSize: PAGE_TRAINING.evalSize
  };
}

/** The sweep's second RNN's clipping: none when the view clips, a threshold of 1 when it does not. */
export const otherClip = (clip: number): number => (clip > 0 ? 0 : 1);

/**
 * One spec per architecture, length and seed of the length sweep (the lengths and seeds chosen on
 * the page: Bengio et al.'s experiment, fraction solved against T), with the training view's budget;
 * and the RNN once more with the other clipping setting (no clipping when the view clips, a
 * threshold of 1 when it does not): Pascanu et al. 2013's question, does clipping rescue it?
 */
export function lengthSweepSpecs(state: LabState, archs: readonly Arch[]): Record<string, unknown>[] {
  const variants = archs.flatMap((arch) => [
    { arch, clip: state.trainClip },
    ...(arch === 'rnn' ? [{ arch, clip: otherClip(state.trainClip) }] : [])
  ]);
  return variants.flatMap(({ arch, clip }) =>
    state.sweepSteps.flatMap((trainSteps) =>
      Array.from({ length: state.sweepSeeds }, (_, s) => ({
        ...trainSpecFor({ ...state, trainSteps, trainClip: clip }, arch),
        seed: state.seed + s
      }))
    )
  );
}
