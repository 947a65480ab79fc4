// A sweep trained overnight by the CLI (`npm run --silent train -- SWEEP.json > sweep.json`),
// read back on the page: the file is validated like a URL, field by field, so a bad file gets
// one message naming what is wrong (runs[3].history[2].evalAccuracy: ...) and changes nothing.
// The CLI prints {"spec", "runs": [...]} for a sweep and a single result for one run; both read.
import * as z from 'zod';
import { intIn, parseWith, SpecError } from '../sim/spec';
import type { HistoryEntry } from '../sim/train/train';
import { MAX_TOTAL_ENTRIES, validateTrainSpec, type RunSpec, type TrainSpec } from '../sim/train/train-spec';
import type { TrainingRun } from './training-run';
import { integer, msg, type Messages } from '../i18n/index';

/** A schema's message, read when a file is checked (so in the page's language). */
const says = (text: (m: Messages['model']['sweepFile']) => string) => ({
  error: () => text(msg().model.sweepFile)
});
const fileProblem = (problem: string) => msg().model.sweepFile.prefix(problem);

/** Larger files are refused before parsing: MAX_TOTAL_ENTRIES lean entries print well under this. */
export const MAX_SWEEP_FILE_BYTES = 20 * 2 ** 20;

// JSON has no NaN or Infinity: the CLI prints a loss that overflowed as null
const number = z.number(says((m) => m.number));
const orNull = number.nullable();
const iteration = intIn([0, 200000]);

const entrySchema = z.object(
  {
    iteration,
    loss: orNull,
    evalLoss: orNull,
    evalAccuracy: z
      .number(says((m) => m.accuracy))
      .min(0)
      .max(
        1,
        says((m) => m.accuracyMax)
      ),
    gradNormLog10: orNull,
    clipped: z.boolean(says((m) => m.boolean('true', 'false'))),
    spectralRadius: orNull.optional()
  },
  says((m) => m.entry('{"iteration", "loss", "evalLoss", "evalAccuracy", ...}'))
);

const runSchema = z.object(
  {
    spec: z.record(
      z.string(),
      z.unknown(),
      says((m) => m.runSpec)
    ),
    baselineLoss: orNull.optional(),
    history: z.array(
      entrySchema,
      says((m) => m.history)
    ),
    solvedAt: iteration.nullable(),
    divergedAt: iteration.nullable().optional(),
    seconds: z.number(says((m) => m.seconds)).min(0)
  },
  says((m) => m.run('{"spec", "history", "solvedAt", "seconds", ...}'))
);

const sweepSchema = z.object(
  {
    spec: z.record(z.string(), z.unknown()),
    runs: z.array(
      runSchema,
      says((m) => m.runs)
    )
  },
  says((m) => m.sweep('`npm run train`', '{"spec", "runs": [...]}'))
);

export interface SweepFile {
  spec: TrainSpec;
  /** every run as the page holds a finished one */
  runs: TrainingRun[];
  /** the lengths the runs were trained at, ascending */
  lengths: number[];
}

export type SweepRead = { ok: true; sweep: SweepFile } | { ok: false; error: string };

/** Reads the text of a file the CLI wrote. Never throws; the message names the file's field. */
export function readSweepFile(text: string): SweepRead {
  if (text.length > MAX_SWEEP_FILE_BYTES)
    return { ok: false, error: fileProblem(msg().model.sweepFile.tooLarge(integer(MAX_SWEEP_FILE_BYTES / 2 ** 20))) };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: fileProblem(msg().model.sweepFile.notJson((e as Error).message)) };
  }
  // one run's result is a sweep of one
  const isRun = json !== null && typeof json === 'object' && 'history' in json && !('runs' in json);
  const parsed = parseWith(sweepSchema, isRun ? { spec: (json as { spec?: unknown }).spec, runs: [json] } : json);
  if (!parsed.ok) return { ok: false, error: fileProblem(parsed.error.message) };
  const { runs } = parsed.value;
  if (runs.length === 0) return { ok: false, error: fileProblem(msg().model.sweepFile.noRuns('runs')) };
  const entries = runs.reduce((sum, r) => sum + r.history.length, 0);
  if (entries > MAX_TOTAL_ENTRIES)
    return {
      ok: false,
      error: fileProblem(msg().model.sweepFile.tooManyEntries(integer(MAX_TOTAL_ENTRIES), integer(entries)))
    };
  try {
    const spec = validateTrainSpec(parsed.value.spec);
    const held = runs.map((r, i) => {
      const checked = at(`runs[${i}].spec`, () => validateTrainSpec(r.spec));
      if (Array.isArray(checked.steps) || checked.seeds !== undefined)
        throw new SpecError(`runs[${i}].spec.steps`, msg().model.sweepFile.oneLength, JSON.stringify(checked.steps));
      const run = checked as RunSpec;
      const history: HistoryEntry[] = r.history.map((e) => ({
        ...e,
        loss: e.loss ?? Number.NaN,
        evalLoss: e.evalLoss ?? Number.NaN,
        gradNormLog10: e.gradNormLog10 ?? Number.NaN,
        spectralRadius: e.spectralRadius ?? null,
        // a sweep's file leaves out each entry's gradient flow and norms (the CLI's lean runs)
        normsLog10: [],
        flowLog10: new Float64Array(0),
        flowMarks: []
      }));
      return {
        arch: run.arch,
        spec: run,
        history,
        status: 'done',
        solvedAt: r.solvedAt,
        divergedAt: r.divergedAt ?? null,
        seconds: r.seconds,
        error: '',
        connectivity: null
      } satisfies TrainingRun;
    });
    const lengths = [...new Set(held.map((r) => r.spec.steps))].sort((a, b) => a - b);
    return { ok: true, sweep: { spec, runs: held, lengths } };
  } catch (e) {
    if (e instanceof SpecError) return { ok: false, error: fileProblem(e.message) };
    throw e;
  }
}

/** Runs a validation, prefixing its field with where in the file it sits. */
function at<T>(where: string, check: () => T): T {
  try {
    return check();
  } catch (e) {
    if (e instanceof SpecError) throw new SpecError(`${where}.${e.field}`, e.rule, e.given);
    throw e;
  }
}
