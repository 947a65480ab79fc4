// The length sweep's chart and caption, from its runs (live, or read from a CLI file): the
// fraction of runs that solved the task at each length, one series per architecture and the
// RNN split by clipping (Bengio et al. 1994's question; Pascanu et al. 2013's remedy). Series
// often coincide (every RNN at 0 of 3): each is drawn narrower than the one beneath it, with its
// own dash and dot size, so none hides another, and the caption says which coincide. Pure.
import { ARCH_LABELS, lengthSweepSpecs, type LabState } from '../model/lab-state';
import type { SweepFile } from '../model/sweep-file';
import type { TrainingRun } from '../model/training-run';
import { runsOf, validateTrainSpec, type RunSpec } from '../sim/train/train-spec';
import { SpecError, type Arch } from '../sim/spec';
import { ARCH_COLORS, type Curve } from './figure-data';
import { solvedAtOf } from './training-figures';
import { listText } from './format';
import { msg } from '../i18n/index';

/** The RNN trained with the other clipping: a lighter red than the RNN's (ColorBrewer RdBu), same hue family. */
export const RNN_VARIANT_COLOR = '#f4a582';

/**
 * Line styles in drawing order: the first series widest, each later one narrower and dashed
 * differently, so a series drawn over an equal one leaves it showing on both sides and in the
 * gaps of its dashes; a dot's radius follows its line's width (LineChart), so equal dots nest.
 */
export const SWEEP_STYLES: readonly { width: number; dash?: string }[] = [
  { width: 7 },
  { width: 4.5, dash: '12 6' },
  { width: 3, dash: '3 5' },
  { width: 2, dash: '14 4 3 4' },
  { width: 1.2 }
];

interface Series {
  key: string;
  label: string;
  runs: TrainingRun[];
  color: string;
}

/**
 * The sweep's series: one per architecture, and the RNN's split by clipping (the sweep trains it
 * with and without), labelled so the legend says which is which.
 */
function sweepSeries(runs: TrainingRun[]): Series[] {
  const keyOf = (r: TrainingRun) => (r.arch === 'rnn' ? `rnn-${r.spec.clip > 0 ? 'clip' : 'free'}` : r.arch);
  const rnnVariants = new Set(runs.filter((r) => r.arch === 'rnn').map(keyOf)).size;
  return [...new Set(runs.map(keyOf))].map((key) => {
    const group = runs.filter((r) => keyOf(r) === key);
    const { arch, spec } = group[0];
    const split = arch === 'rnn' && rnnVariants > 1;
    const m = msg().training.sweep;
    const label = !split ? ARCH_LABELS[arch] : spec.clip > 0 ? m.rnnClipped(spec.clip) : m.rnnFree;
    const color = split && spec.clip === 0 ? RNN_VARIANT_COLOR : ARCH_COLORS[arch];
    return { key, label, runs: group, color };
  });
}

/** The lengths a set of runs trained at, ascending: the chart's x positions. */
export const runLengths = (runs: TrainingRun[]): number[] =>
  [...new Set(runs.map((r) => r.spec.steps))].sort((a, b) => a - b);

const finishedAt = (runs: TrainingRun[], T: number) => runs.filter((r) => r.spec.steps === T && r.status === 'done');

/** Solved and finished runs of a series at one length. */
function countAt(runs: TrainingRun[], T: number): { solved: number; finished: number } {
  const done = finishedAt(runs, T);
  return { solved: done.filter((r) => solvedAtOf(r) !== undefined).length, finished: done.length };
}

/** Per series and length, the runs finished and solved: the chart's, the caption's and the CSV's counts. */
export function successCounts(
  runs: TrainingRun[],
  lengths: readonly number[]
): { key: string; label: string; color: string; solved: number[]; finished: number[] }[] {
  return sweepSeries(runs).map(({ key, label, runs: group, color }) => {
    const counts = lengths.map((T) => countAt(group, T));
    return { key, label, color, solved: counts.map((c) => c.solved), finished: counts.map((c) => c.finished) };
  });
}

/** Per series, the fraction of finished runs solved at each length (NaN where none has finished). */
export function successCurves(runs: TrainingRun[], lengths: readonly number[]): Curve[] {
  return successCounts(runs, lengths).map(({ key, label, color, solved, finished }, i) => {
    const values = solved.map((s, k) => (finished[k] ? s / finished[k] : Number.NaN));
    const style = SWEEP_STYLES[Math.min(i, SWEEP_STYLES.length - 1)];
    return {
      id: `${key}-success`,
      label,
      values: Float64Array.from(values),
      color,
      // a dot at every measured length: the line between them is no data
      marks: values.flatMap((v, k) => (Number.isFinite(v) ? [k] : [])),
      ...style
    };
  });
}

/** Groups of series whose fractions are equal at every length (NaN where neither has finished). */
export function coinciding(curves: Curve[]): { labels: string[]; everyLength: boolean }[] {
  const same = (a: Curve, b: Curve) =>
    a.values.every((v, k) => Object.is(v, b.values[k])) && a.values.some((v) => Number.isFinite(v));
  const groups: Curve[][] = [];
  for (const c of curves) {
    const group = groups.find((g) => same(g[0], c));
    if (group) group.push(c);
    else groups.push([c]);
  }
  return groups
    .filter((g) => g.length > 1)
    .map((g) => ({ labels: g.map((c) => c.label), everyLength: g[0].values.every((v) => Number.isFinite(v)) }));
}

/**
 * "Solved (95% accuracy) within 100 iterations: RNN, clipped at 1: 1 of 3 at T = 8, ...; LSTM: ...",
 * which series coincide, and how many runs are left. Counts are "1 of 3", never a fraction.
 */
export function successCaption(runs: TrainingRun[], lengths: readonly number[], budget: number): string {
  const m = msg().training.sweep;
  const done = runs.filter((r) => r.status === 'done').length;
  const parts = sweepSeries(runs).map(({ label, runs: group }) => {
    const cells = lengths.flatMap((T) => {
      const { solved, finished } = countAt(group, T);
      return finished ? [m.cell(solved, finished, T)] : [];
    });
    return m.series(label, cells);
  });
  const same = coinciding(successCurves(runs, lengths)).map(({ labels, everyLength }) =>
    m.coincide(listText(labels), everyLength)
  );
  return m.caption(budget, parts, same.join(''), done, runs.length);
}

/** The settings a set of sweep runs trained with: "LSTM and GRU, 16 units, adding at T = 8, 12, 2 seeds each, ...". */
export function sweepSettingsText(specs: RunSpec[]): string {
  if (!specs.length) return '';
  const s = specs[0];
  const lengths = [...new Set(specs.map((r) => r.steps))].sort((a, b) => a - b); // as runLengths, from specs
  const perGroup = new Map<string, number>();
  for (const r of specs) {
    const key = `${r.arch}|${r.clip}|${r.steps}`;
    perGroup.set(key, (perGroup.get(key) ?? 0) + 1);
  }
  const seeds = Math.max(...perGroup.values());
  const archs = listText([...new Set(specs.map((r) => ARCH_LABELS[r.arch]))]);
  const m = msg().training.sweep;
  const optimiser = s.optimizer === 'adam' ? 'Adam' : msg().training.runs.sgd(s.momentum);
  // the gates' start decides how far a gated model reaches (README: memory against distance): name it
  const lstm = specs.find((r) => r.arch === 'lstm');
  const gru = specs.find((r) => r.arch === 'gru');
  const gates = [
    ...(lstm
      ? [lstm.forgetInit === 'chrono' ? m.chrono(lstm.chronoMax ?? lstm.steps) : m.forgetBias(lstm.forgetBias)]
      : []),
    ...(gru ? [m.updateBias(gru.updateBias)] : [])
  ];
  return m.settings(
    archs,
    s.hidden,
    gates,
    s.task,
    lengths,
    seeds,
    s.iterations,
    optimiser,
    s.learningRate,
    s.clip,
    s.batch
  );
}

/** Says that the chart shows a file's runs, with their settings, and not the controls'. */
export function sweepFileNote(name: string, sweep: SweepFile): string {
  return msg().training.sweep.fileNote(name, sweep.runs.length, sweepSettingsText(sweep.runs.map((r) => r.spec)));
}

/**
 * When the controls have moved since the page's sweep started (its lengths, seeds, budget, task or
 * network), says what the chart shows; '' while they agree or before any sweep.
 */
export function sweepStaleNote(runs: TrainingRun[], lab: LabState, archs: readonly Arch[] = lab.compare): string {
  if (!runs.length) return '';
  // the runs' specs against those the controls would train now, field by field (any setting: the
  // compared models, the clip, the gates' biases, the radius, not only the sweep's own controls)
  let now: RunSpec[] | null;
  try {
    // a group's seeds differ in `seed` alone: validate one spec a group (as sweepPlan does), not
    // every run, so a control moved beside 400 finished runs costs 40 validations, not 400
    const inputs = lengthSweepSpecs(lab, archs);
    const seeds = lab.sweepSeeds;
    now = [];
    for (let g = 0; g < inputs.length; g += seeds) {
      const spec = runsOf(validateTrainSpec(inputs[g]))[0];
      for (const input of inputs.slice(g, g + seeds)) now.push({ ...spec, seed: input.seed as number });
    }
  } catch (e) {
    if (!(e instanceof SpecError)) throw e;
    now = null; // the controls ask for a sweep the trainer refuses: not the one on screen
  }
  const same = now !== null && JSON.stringify(now) === JSON.stringify(runs.map((r) => r.spec));
  if (same) return '';
  return msg().training.sweep.staleNote(sweepSettingsText(runs.map((r) => r.spec)));
}
