// From training histories to what the Training view draws: evaluation loss (log10, with the
// mean-prediction baseline), accuracy, the gradient norm before clipping (with the clipping
// threshold), each run's status with its spectral radius and the connectivity caption (the
// gradient flow's heatmap is training-flow.ts, the length sweep's success sweep-figures.ts). Pure.
import { ARCH_LABELS } from '../model/lab-state';
import type { TrainingRun } from '../model/training-run';
import { ARCH_COLORS, type Curve } from './figure-data';
import { besideOne, listText, percentText, ratioFromLog10 } from './format';
import { progressText } from './train-progress';
import { archModule, type PathKind } from '../sim/archs/index';
import { ARCH_FIELD_DEFAULTS, isRecurrent } from '../sim/spec';
import { baselineLoss, TASK_REGISTRY } from '../sim/train/tasks';
import { SOLVED } from '../sim/train/train';
import { log10 } from '../sim/det-math';
import { networkSpec, type RunSpec } from '../sim/train/train-spec';
import { connectivityForecast, NET_CONNECTIVITY_MAX_SECONDS } from '../sim/train/net-connectivity';
import { durationText } from '../model/train-budget';

/** The first logged iteration at which a run had solved its task (live, before the run ends). */
export const solvedAtOf = (r: TrainingRun): number | undefined =>
  r.history.find((e) => e.evalAccuracy >= SOLVED)?.iteration;

/** The loss of predicting the mean, for the runs' task and length. */
export const runsBaseline = (runs: TrainingRun[]): number =>
  runs.length ? baselineLoss(runs[0].spec.task, runs[0].spec.steps) : Number.NaN;

/** The iterations of the longest history: the x positions every curve shares. */
export function iterationsOf(runs: TrainingRun[]): number[] {
  const longest = runs.reduce<TrainingRun | null>((a, r) => (!a || r.history.length > a.history.length ? r : a), null);
  return longest ? longest.history.map((e) => e.iteration) : [];
}

const curve = (r: TrainingRun, id: string, values: number[], extra: Partial<Curve> = {}): Curve => ({
  id: `${r.arch}-${id}`,
  label: ARCH_LABELS[r.arch],
  values: Float64Array.from(values),
  color: ARCH_COLORS[r.arch],
  ...extra
});

/** log10 of the evaluation loss per logged iteration, and the baseline (the same for every run). */
export function lossCurves(runs: TrainingRun[], baseline: number): Curve[] {
  const n = Math.max(1, ...runs.map((r) => r.history.length));
  return [
    ...runs.map((r) =>
      curve(
        r,
        'loss',
        r.history.map((e) => Math.log10(e.evalLoss))
      )
    ),
    {
      id: 'baseline-theory',
      label: `predicting the mean: ${ratioFromLog10(Math.log10(baseline))}`,
      values: new Float64Array(n).fill(Math.log10(baseline)),
      color: '#777777',
      dash: '6 4',
      width: 1.5
    }
  ];
}

export function accuracyCurves(runs: TrainingRun[]): Curve[] {
  return runs.map((r) =>
    curve(
      r,
      'accuracy',
      r.history.map((e) => e.evalAccuracy)
    )
  );
}

/** log10 of the clipping threshold as the trainer's norms take it (det-math): above it, clipped; none: Infinity. */
export const clipLimitLog10 = (clip: number): number => (clip > 0 ? log10(clip) : Infinity);

/** log10 ||g|| before clipping at every iteration so far (the entries carry them), index = iteration. */
export function iterationNorms(r: TrainingRun): number[] {
  return r.history.flatMap((e) => e.normsLog10);
}

/**
 * log10 ||g|| before clipping at every iteration, each clipped iteration marked with a dot
 * (unless more than a quarter are: then the count says it), and the threshold as a dashed line.
 * The legend counts the clipped iterations.
 */
export function gradNormCurves(runs: TrainingRun[], clip: number): Curve[] {
  const perRun = runs.map(iterationNorms);
  const n = Math.max(1, ...perRun.map((v) => v.length));
  const limit = clipLimitLog10(clip);
  const threshold: Curve[] =
    clip > 0
      ? [
          {
            id: 'clip-theory',
            label: `clipped above ${clip}`,
            values: new Float64Array(n).fill(limit),
            color: '#777777',
            dash: '6 4',
            width: 1.5
          }
        ]
      : [];
  return [
    ...runs.map((r, i) => {
      const values = perRun[i];
      if (clip <= 0) return curve(r, 'grad', values, { width: 1.5 });
      const marks = values.flatMap((v, k) => (v > limit ? [k] : []));
      // dots single out the clipped iterations; when most are clipped they would merge into a band
      const dotted = marks.length > 0 && marks.length <= values.length / 4;
      const label = `${ARCH_LABELS[r.arch]}: ${marks.length} of ${values.length} iterations clipped`;
      return curve(r, 'grad', values, {
        width: 1.5,
        marks: dotted ? marks : [],
        label: dotted ? `${label} (dots)` : label
      });
    }),
    ...threshold
  ];
}

/** One line per run: where it is, how it does, whether it has solved the task. */
export function runStatus(r: TrainingRun): string {
  const last = r.history.at(-1);
  const name = ARCH_LABELS[r.arch];
  if (r.status === 'error') return `${name}: ${r.error}`;
  if (r.status === 'waiting') return `${name}: waiting for a free core`;
  if (r.divergedAt !== null)
    return (
      `${name}: diverged at iteration ${r.divergedAt}: the loss overflowed and training stopped ` +
      '(lower the learning rate, or clip the gradient)'
    );
  if (!last) return `${name}: starting`;
  const solvedAt = solvedAtOf(r);
  // solved once 95% of the evaluation set was right; the accuracy may have dipped since
  const solved = solvedAt === undefined ? 'not solved' : `95% first reached at iteration ${solvedAt}`;
  const where =
    r.status === 'done' ? `done, ${r.spec.iterations} iterations in ${r.seconds.toFixed(1)} s` : progressText(r);
  return (
    `${name}: ${where}; evaluation loss ${ratioFromLog10(Math.log10(last.evalLoss))}, ` +
    `accuracy ${percentText(last.evalAccuracy)}; ${solved}; ${radiusText(r)}`
  );
}

/** A spectral radius as text: on its side of 1 (1.00 is never a radius of 1.004), large ones as 2.5e+6. */
const radiusValue = (v: number): string => (v >= 1000 ? ratioFromLog10(Math.log10(v)) : besideOne(v, 2, 1e-12));

/**
 * The run's spectral radius at its first and last logged iteration, "ρ(W_f) 1.00 → 1.07": whether
 * training moved the recurrence towards explosion (> 1) or decay. Attention and the window have
 * no recurrent matrix (null in the history), and say so: never NaN on screen.
 */
export function radiusText(r: TrainingRun): string {
  const matrix = archModule(r.arch).spectrumMatrix;
  const [first, last] = [r.history[0]?.spectralRadius, r.history.at(-1)?.spectralRadius];
  if (matrix === null || last === null || last === undefined || first === null || first === undefined)
    return 'no recurrent matrix';
  // NaN: the matrix held a non-finite entry (the trainer stops at a non-finite loss first, so rarely)
  if (!Number.isFinite(last)) return `ρ(${matrix}) not finite`;
  const start = Number.isFinite(first) ? radiusValue(first) : 'not finite';
  return r.history.length > 1 ? `ρ(${matrix}) ${start} → ${radiusValue(last)}` : `ρ(${matrix}) ${radiusValue(last)}`;
}

/** log10 ||dh_T/dx_s|| - log10 ||dh_T/dx_T||: how much the last state still feels input s, against the last input. */
export function reachLog10(values: Float64Array, T: number, s: number): number {
  return values[(T - 1) * T + (s - 1)] - values[(T - 1) * T + (T - 1)];
}

/** The runs' maps before and after, and the earliest step the target depends on, for the caption. */
export function connectivityCaption(runs: TrainingRun[]): string {
  const withMaps = runs.filter((r) => r.connectivity);
  if (!withMaps.length) return '';
  const { T, marked } = withMaps[0].connectivity!;
  const s = marked.length ? Math.min(...marked) : 1;
  const what = `${TASK_REGISTRY[withMaps[0].spec.task].firstMark} (step ${s} of ${T})`;
  const parts = withMaps.map((r) => {
    const c = r.connectivity!;
    const [before, after] = [reachLog10(c.before, T, s), reachLog10(c.after, T, s)];
    return `${ARCH_LABELS[r.arch]} ${ratioFromLog10(before)} before training, ${ratioFromLog10(after)} after`;
  });
  const latch =
    withMaps[0].spec.task === 'latch'
      ? ' On the latch a falling dependence is no failure: a network that holds its bit in an attractor damps every ' +
        "perturbation of its state, the pulse's included (Bengio et al. 1994: robust memory, vanishing gradients)."
      : '';
  return (
    `How strongly the last state still depends on ${what}, relative to the last input: ${parts.join('; ')}.${latch} ` +
    "White: as strong as an input's effect on its own step (the diagonal); blue: faded; grey: the future, exactly zero."
  );
}

/**
 * What each kind of model on screen was built with: the recurrences' radius and forget bias,
 * attention's heads and position scale, the window's length; only for the models present.
 */
function modelSettings(specs: RunSpec[]): string[] {
  const named = (test: (s: RunSpec) => boolean) => {
    const found = specs.filter(test);
    return { spec: found[0], names: listText([...new Set(found.map((s) => ARCH_LABELS[s.arch]))]) };
  };
  const recurrent = named((s) => isRecurrent(s.arch));
  const attention = named((s) => s.arch === 'attention');
  const window = named((s) => s.arch === 'window');
  const parts: string[] = [];
  if (recurrent.spec) {
    const net = networkSpec(recurrent.spec);
    // an LSTM trained with chrono init had no constant forget bias: say what it had instead
    const lstm = specs.find((s) => s.arch === 'lstm');
    const chrono =
      lstm?.forgetInit === 'chrono' ? ` (overridden: chrono init up to ${lstm.chronoMax ?? lstm.steps} steps)` : '';
    parts.push(`${recurrent.names} at radius ${net.recurrent.radius}, forget bias ${net.forgetBias}${chrono}`);
  }
  if (attention.spec) {
    const heads = attention.spec.heads ?? ARCH_FIELD_DEFAULTS.heads;
    const scale = attention.spec.positionScale ?? ARCH_FIELD_DEFAULTS.positionScale;
    parts.push(`${attention.names} with ${heads} head${heads === 1 ? '' : 's'}, position scale ${scale}`);
  }
  if (window.spec) parts.push(`${window.names} of ${window.spec.window ?? ARCH_FIELD_DEFAULTS.window} inputs`);
  return parts;
}

/** The settings of the runs on screen, for the note under Start (the controls may have moved since). */
export function runSettings(specs: RunSpec[]): string {
  const spec = specs[0];
  const optimiser = spec.optimizer === 'adam' ? 'Adam' : `SGD (momentum ${spec.momentum})`;
  const models = modelSettings(specs);
  return (
    `On screen: ${spec.hidden} units${models.length ? `; ${models.join('; ')}` : ''}; ` +
    `${spec.task} at T = ${spec.steps}; ${optimiser} at rate ${spec.learningRate}, ` +
    `clip ${spec.clip || 'off'}, batches of ${spec.batch}. Restart trains the settings above.`
  );
}

/** Why a model without a recurrent state has no map of ‖∂h_t/∂x_s‖, by its path to the past. */
const NO_MAP: Record<PathKind, string> = {
  recurrence: '',
  attention: 'reads every input in one attention step',
  window: 'reads only its last N inputs, through one layer'
};

/**
 * Which finished runs have no connectivity map and why: the map is ‖∂h_t/∂x_s‖ of a recurrent
 * state (net-connectivity.ts), which attention and the window do not carry; '' when every run
 * has its map (or none has finished).
 */
export function mapsMissingNote(runs: TrainingRun[]): string {
  const without = runs.filter((r) => r.status === 'done' && !isRecurrent(r.arch));
  if (!without.length) return '';
  const reasons = without.map((r) => `${ARCH_LABELS[r.arch]} ${NO_MAP[archModule(r.arch).path] || 'has no state'}`);
  return (
    `No map for ${listText(without.map((r) => ARCH_LABELS[r.arch]))}: there is no recurrent state h_t, ` +
    `so no ‖∂h_t/∂x_s‖ (${reasons.join('; ')}).`
  );
}

/**
 * Which finished recurrent runs have no map, and why: a diverged network has nothing to map,
 * and maps forecast over the page's bound were not computed (net-connectivity.ts), with the
 * forecast; '' when every finished recurrent run has its map.
 */
export function mapsSkippedNote(runs: TrainingRun[]): string {
  const skipped = runs.filter((r) => r.status === 'done' && isRecurrent(r.arch) && !r.connectivity);
  const reasons = skipped.map((r) => {
    if (r.divergedAt !== null) return `${ARCH_LABELS[r.arch]}: it diverged, there is no trained network to map`;
    const f = connectivityForecast(r.spec);
    return (
      `${ARCH_LABELS[r.arch]}: on its ${f.length}-step sequence the two maps are forecast at about ` +
      `${durationText(f.seconds)}, over the page's ${NET_CONNECTIVITY_MAX_SECONDS} s (the work grows with T²; ` +
      'fewer units or a shorter T draw them)'
    );
  });
  return reasons.length ? `No connectivity map for ${reasons.join('; ')}.` : '';
}
