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
import { localizeNumbers, localNumber, msg } from '../i18n/index';

/** A ratio as the page's language writes it ("0,31", "2,7e-5" in Russian; English unchanged). */
const ratio = (l: number): string => localNumber(ratioFromLog10(l));

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
      label: msg().training.runs.baseline(ratio(Math.log10(baseline))),
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
            label: msg().training.runs.clippedAbove(clip),
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
      const label = msg().training.runs.clippedCount(ARCH_LABELS[r.arch], marks.length, values.length);
      return curve(r, 'grad', values, {
        width: 1.5,
        marks: dotted ? marks : [],
        label: dotted ? msg().training.runs.dots(label) : label
      });
    }),
    ...threshold
  ];
}

/** One line per run: where it is, how it does, whether it has solved the task. */
export function runStatus(r: TrainingRun): string {
  const m = msg().training.runs;
  const last = r.history.at(-1);
  const name = ARCH_LABELS[r.arch];
  if (r.status === 'error') return `${name}: ${r.error}`;
  if (r.status === 'waiting') return m.waiting(name);
  if (r.divergedAt !== null) return m.diverged(name, r.divergedAt);
  if (!last) return m.starting(name);
  const solvedAt = solvedAtOf(r);
  // solved once 95% of the evaluation set was right; the accuracy may have dipped since
  const solved = solvedAt === undefined ? m.notSolved : m.solvedAt(solvedAt);
  const where = r.status === 'done' ? m.doneIn(r.spec.iterations, r.seconds) : progressText(r);
  return m.status(
    name,
    where,
    ratio(Math.log10(last.evalLoss)),
    localizeNumbers(percentText(last.evalAccuracy)),
    solved,
    radiusText(r)
  );
}

/** A spectral radius as text: on its side of 1 (1.00 is never a radius of 1.004), large ones as 2.5e+6. */
const radiusValue = (v: number): string =>
  localNumber(v >= 1000 ? ratioFromLog10(Math.log10(v)) : besideOne(v, 2, 1e-12));

/**
 * The run's spectral radius at its first and last logged iteration, "ρ(W_f) 1.00 → 1.07": whether
 * training moved the recurrence towards explosion (> 1) or decay. Attention and the window have
 * no recurrent matrix (null in the history), and say so: never NaN on screen.
 */
export function radiusText(r: TrainingRun): string {
  const matrix = archModule(r.arch).spectrumMatrix;
  const [first, last] = [r.history[0]?.spectralRadius, r.history.at(-1)?.spectralRadius];
  if (matrix === null || last === null || last === undefined || first === null || first === undefined)
    return msg().training.runs.noMatrix;
  // NaN: the matrix held a non-finite entry (the trainer stops at a non-finite loss first, so rarely)
  if (!Number.isFinite(last)) return `ρ(${matrix}) ${msg().training.runs.notFinite}`;
  const start = Number.isFinite(first) ? radiusValue(first) : msg().training.runs.notFinite;
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
  const m = msg().training.runs;
  const task = withMaps[0].spec.task;
  const what = m.connectivityWhat(task, TASK_REGISTRY[task].firstMark, s, T);
  const parts = withMaps.map((r) => {
    const c = r.connectivity!;
    const [before, after] = [reachLog10(c.before, T, s), reachLog10(c.after, T, s)];
    return m.connectivityPart(ARCH_LABELS[r.arch], ratio(before), ratio(after));
  });
  return m.connectivity(what, parts, task === 'latch' ? m.connectivityLatch : '');
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
  const m = msg().training.runs;
  const parts: string[] = [];
  if (recurrent.spec) {
    const net = networkSpec(recurrent.spec);
    // an LSTM trained with chrono init had no constant forget bias: say what it had instead
    const lstm = specs.find((s) => s.arch === 'lstm');
    const chrono = lstm?.forgetInit === 'chrono' ? m.chronoOverride(lstm.chronoMax ?? lstm.steps) : '';
    parts.push(m.recurrentSettings(recurrent.names, net.recurrent.radius, net.forgetBias, chrono));
  }
  if (attention.spec) {
    const heads = attention.spec.heads ?? ARCH_FIELD_DEFAULTS.heads;
    const scale = attention.spec.positionScale ?? ARCH_FIELD_DEFAULTS.positionScale;
    parts.push(m.attentionSettings(attention.names, heads, scale));
  }
  if (window.spec) parts.push(m.windowSettings(window.names, window.spec.window ?? ARCH_FIELD_DEFAULTS.window));
  return parts;
}

/** The settings of the runs on screen, for the note under Start (the controls may have moved since). */
export function runSettings(specs: RunSpec[]): string {
  const m = msg().training.runs;
  const spec = specs[0];
  const optimiser = spec.optimizer === 'adam' ? 'Adam' : m.sgd(spec.momentum);
  return m.settings(
    spec.hidden,
    modelSettings(specs),
    spec.task,
    spec.steps,
    optimiser,
    spec.learningRate,
    spec.clip,
    spec.batch
  );
}

/** Why a model without a recurrent state has no map of ‖∂h_t/∂x_s‖, by its path to the past. */
function noMap(path: PathKind): string {
  const m = msg().training.runs;
  return path === 'attention' ? m.noMapAttention : path === 'window' ? m.noMapWindow : m.noState;
}

/**
 * Which finished runs have no connectivity map and why: the map is ‖∂h_t/∂x_s‖ of a recurrent
 * state (net-connectivity.ts), which attention and the window do not carry; '' when every run
 * has its map (or none has finished).
 */
export function mapsMissingNote(runs: TrainingRun[]): string {
  const without = runs.filter((r) => r.status === 'done' && !isRecurrent(r.arch));
  if (!without.length) return '';
  const m = msg().training.runs;
  const reasons = without.map((r) => m.noMapReason(ARCH_LABELS[r.arch], noMap(archModule(r.arch).path)));
  return m.mapsMissing(listText(without.map((r) => ARCH_LABELS[r.arch])), reasons);
}

/**
 * Which finished recurrent runs have no map, and why: a diverged network has nothing to map,
 * and maps forecast over the page's bound were not computed (net-connectivity.ts), with the
 * forecast; '' when every finished recurrent run has its map.
 */
export function mapsSkippedNote(runs: TrainingRun[]): string {
  const m = msg().training.runs;
  const skipped = runs.filter((r) => r.status === 'done' && isRecurrent(r.arch) && !r.connectivity);
  const reasons = skipped.map((r) => {
    if (r.divergedAt !== null) return m.skippedDiverged(ARCH_LABELS[r.arch]);
    const f = connectivityForecast(r.spec);
    return m.skippedSlow(ARCH_LABELS[r.arch], f.length, durationText(f.seconds), NET_CONNECTIVITY_MAX_SECONDS);
  });
  return reasons.length ? m.mapsSkipped(reasons) : '';
}
