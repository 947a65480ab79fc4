// The training spec: the simulation spec's network fields (arch, hidden, activation, recurrent,
// forgetBias, updateBias, seed) plus the task and the optimiser. Validated like a simulation
// spec: every refusal names the field, the allowed range and what was given. A list of steps
// or a number of seeds asks for a sweep (one run per length and seed).
import { msg } from '../../i18n/index';
import * as z from 'zod';
import { archModule } from '../archs/index';
import {
  ARCHS,
  DEFAULT_SPEC,
  FORGET_INITS,
  intIn,
  LIMITS,
  numIn,
  oneOf,
  parseWith,
  SpecError,
  validateSpec,
  type Spec
} from '../spec';
import { TASK_INPUTS, TASKS, type Task } from './tasks';

export const OPTIMIZERS = ['adam', 'sgd'] as const;

/** Ranges a training spec accepts: bounds on the work one request can ask for. */
export const TRAIN_LIMITS = {
  hidden: [1, 128],
  steps: [8, 1000],
  learningRate: [1e-6, 10],
  momentum: [0, 0.999],
  clip: [0, 1e6],
  batch: [1, 512],
  iterations: [0, 200000],
  evalEvery: [1, 200000],
  evalSize: [1, 5000],
  noise: [0, 10],
  pulse: [1, 100],
  seeds: [1, 50]
} as const;

const trainSchema = z.strictObject(
  {
    arch: oneOf(ARCHS).default('lstm'),
    hidden: intIn(TRAIN_LIMITS.hidden).default(16),
    activation: oneOf(['tanh', 'linear', 'relu'] as const).default('tanh'),
    recurrent: z.unknown().optional(),
    // with recurrent.init "explicit": W, U and b as in a simulation spec (inputSize is the task's)
    weights: z.unknown().optional(),
    forgetBias: numIn(LIMITS.forgetBias).default(DEFAULT_SPEC.forgetBias),
    updateBias: numIn(LIMITS.updateBias).default(DEFAULT_SPEC.updateBias),
    // attention's heads and position scale, the window's length: as in a simulation spec
    heads: intIn(LIMITS.heads).optional(),
    positionScale: numIn(LIMITS.positionScale).optional(),
    window: intIn(LIMITS.window).optional(),
    forgetInit: oneOf(FORGET_INITS).optional(),
    chronoMax: intIn(LIMITS.chronoMax).optional(),
    seed: intIn(LIMITS.seed).default(1),
    task: oneOf(TASKS).default('adding'),
    steps: z
      .union(
        [
          intIn(TRAIN_LIMITS.steps),
          z
            .array(intIn(TRAIN_LIMITS.steps))
            .min(1, { error: () => msg().sim.train.lengths(1, 20) })
            .max(20, { error: () => msg().sim.train.lengths(1, 20) })
        ],
        { error: () => msg().sim.train.steps(TRAIN_LIMITS.steps[0], TRAIN_LIMITS.steps[1]) }
      )
      .default(20),
    seeds: intIn(TRAIN_LIMITS.seeds).optional(),
    optimizer: oneOf(OPTIMIZERS).default('adam'),
    learningRate: numIn(TRAIN_LIMITS.learningRate).default(0.01),
    momentum: numIn(TRAIN_LIMITS.momentum).default(0.9),
    clip: numIn(TRAIN_LIMITS.clip).default(1),
    batch: intIn(TRAIN_LIMITS.batch).default(32),
    iterations: intIn(TRAIN_LIMITS.iterations).default(3000),
    evalEvery: intIn(TRAIN_LIMITS.evalEvery).default(100),
    evalSize: intIn(TRAIN_LIMITS.evalSize).default(500),
    noise: numIn(TRAIN_LIMITS.noise).default(0.2),
    pulse: intIn(TRAIN_LIMITS.pulse).default(3)
  },
  { error: () => msg().sim.train.object }
);

export type TrainSpec = z.output<typeof trainSchema>;

/** At most this many history entries a run, and in all: the JSON a request prints stays small. */
export const MAX_ENTRIES = 1002;
export const MAX_TOTAL_ENTRIES = 20000;
/** At most this many CPU-seconds a request, as forecast by trainSeconds: about an hour. */
export const MAX_SECONDS = 3600;

// CPU-seconds, fitted by bench/train-cost.ts (adding problem, T = 50) on the 2-core development
// machine: arch rnn, lstm, gru x n = 1, 4, 16, 64 x batch 1, 32, 512, each within a factor 1.45 of
// the forecast. With G = gates x n rows and ops = G (n + m + 1) multiply-adds per sequence step:
// a step costs STEP + STEP_OP ops whatever the batch (calls, the B-independent passes over W),
// and each sequence in the batch SEQ + SEQ_GATE G + SEQ_OP ops. Small n is dominated by the
// per-step overhead, not n^2: rnn n = 1, batch 512 costs 0.12 us a sequence step, 140 times
// what ops alone would say. A logged entry runs evalSize sequences forward (EVAL_GATE, EVAL_OP)
// and the eigenvalues of an n x n block (EIG n^3).
const COST = {
  STEP: 5.0e-6,
  STEP_OP: 8.8e-9,
  SEQ: 8.6e-8,
  SEQ_GATE: 3.6e-8,
  SEQ_OP: 8.8e-10,
  EVAL_GATE: 3.1e-8,
  EVAL_OP: 2.1e-10,
  EIG: 5.7e-8
};

/** Forecast CPU-seconds of the spec's runs: training and evaluation apart. */
export function trainSeconds(spec: TrainSpec): { training: number; evaluation: number } {
  const n = spec.hidden;
  const G = archModule(spec.arch).costRows({ ...spec, inputSize: TASK_INPUTS[spec.task] });
  const ops = G * (n + TASK_INPUTS[spec.task] + 1);
  const entries = Math.floor(spec.iterations / spec.evalEvery) + 2;
  const steps = [spec.steps].flat().reduce((sum, T) => sum + T, 0) * (spec.seeds ?? 1);
  const perStep = COST.STEP + COST.STEP_OP * ops + spec.batch * (COST.SEQ + COST.SEQ_GATE * G + COST.SEQ_OP * ops);
  const runs = [spec.steps].flat().length * (spec.seeds ?? 1);
  return {
    training: steps * spec.iterations * perStep,
    evaluation: entries * (steps * spec.evalSize * (COST.EVAL_GATE * G + COST.EVAL_OP * ops) + runs * COST.EIG * n ** 3)
  };
}

/** One run's spec: a single length and seed. */
export type RunSpec = Omit<TrainSpec, 'steps' | 'seeds'> & { steps: number };

/** Validates a training spec; throws a SpecError naming the field. */
export function validateTrainSpec(input: unknown): TrainSpec {
  const r = parseWith(trainSchema, input);
  if (!r.ok) throw r.error;
  const spec = r.value;
  for (const T of [spec.steps].flat())
    if (spec.task === 'latch' && spec.pulse >= T)
      throw new SpecError('pulse', msg().sim.train.pulse(T), String(spec.pulse));
  networkSpec({ ...spec, steps: [spec.steps].flat()[0] }); // the network fields, by the simulator's own schema
  // bounds on what one request writes: history entries per run, and in all
  const entries = Math.floor(spec.iterations / spec.evalEvery) + 2;
  const runs = [spec.steps].flat().length * (spec.seeds ?? 1);
  if (entries > MAX_ENTRIES)
    throw new SpecError(
      'evalEvery',
      msg().sim.train.evalEvery(MAX_ENTRIES - 2, Math.ceil(spec.iterations / (MAX_ENTRIES - 2))),
      String(spec.evalEvery)
    );
  if (spec.seed + (spec.seeds ?? 1) - 1 > LIMITS.seed[1])
    throw new SpecError('seeds', msg().sim.train.seeds(LIMITS.seed[1]), String(spec.seeds));
  const { training, evaluation } = trainSeconds(spec);
  const seconds = training + evaluation;
  if (seconds > MAX_SECONDS) {
    const field = evaluation > training ? 'evalSize' : 'iterations';
    const hours = seconds / 3600;
    throw new SpecError(
      field,
      msg().sim.train.forecast(
        MAX_SECONDS,
        hours < 10 ? hours.toFixed(1) : String(Math.round(hours)),
        field === 'evalSize'
      ),
      String(spec[field])
    );
  }
  if (runs * entries > MAX_TOTAL_ENTRIES)
    throw new SpecError('seeds', msg().sim.train.entries(MAX_TOTAL_ENTRIES, runs, entries), String(spec.seeds ?? 1));
  return spec;
}

/** The simulator's spec for a run's network: its builders make the initial W, U and b. */
export function networkSpec(run: RunSpec): Spec {
  const task: Task = run.task;
  return validateSpec({
    arch: run.arch,
    hidden: run.hidden,
    inputSize: TASK_INPUTS[task],
    steps: run.steps,
    activation: run.activation,
    ...(run.recurrent === undefined ? {} : { recurrent: run.recurrent }),
    ...(run.weights === undefined ? {} : { weights: run.weights }),
    forgetBias: run.forgetBias,
    updateBias: run.updateBias,
    ...(run.heads === undefined ? {} : { heads: run.heads }),
    ...(run.positionScale === undefined ? {} : { positionScale: run.positionScale }),
    ...(run.window === undefined ? {} : { window: run.window }),
    ...(run.forgetInit === undefined ? {} : { forgetInit: run.forgetInit }),
    // chrono's T_max defaults to the task's length, as a simulation's defaults to its steps
    ...(run.chronoMax === undefined ? {} : { chronoMax: run.chronoMax }),
    seed: run.seed
  });
}

/** The runs a spec asks for: every length, and seeds seed..seed + seeds - 1 (one seed unless `seeds`). */
export function runsOf(spec: TrainSpec): RunSpec[] {
  const lengths = [spec.steps].flat();
  const seeds = Array.from({ length: spec.seeds ?? 1 }, (_, i) => spec.seed + i);
  const { seeds: _s, ...rest } = spec;
  return lengths.flatMap((steps) => seeds.map((seed) => ({ ...rest, steps, seed })));
}
