// npm run --silent train -- SPEC.json   (or - for stdin)
// Trains as the spec says and prints exactly one JSON object on stdout: the run's result
// (spec, baselineLoss, history, solvedAt, final, seconds), or for a sweep (a list of steps, or
// seeds) {"spec", "runs": [one result per length and seed]}. A bad spec exits 2 with one line
// naming the field, the allowed range and the value given, as `sim` does.
import { resultToJSON } from '../lib/sim/index';
import { SpecError } from '../lib/sim/spec';
import { train } from '../lib/sim/train/train';
import { runsOf, validateTrainSpec } from '../lib/sim/train/train-spec';
import { fail, readSpec } from './read-spec';

const USAGE = 'usage: npm run --silent train -- SPEC.json  (or - to read the spec from stdin)';

function main(args: string[]): void {
  const input = readSpec(args, USAGE);
  let out: string;
  try {
    const spec = validateTrainSpec(input);
    // the page's extras stay out: the final parameters (its connectivity maps) and every iteration's
    // norm (its clipping dots; 200000 iterations would print megabytes): the entries keep gradNormLog10
    const runs = runsOf(spec).map((run) => {
      const { theta: _theta, history, ...result } = train(run);
      return { ...result, history: history.map(({ normsLog10: _n, ...e }) => e) };
    });
    const sweep = Array.isArray(spec.steps) || spec.seeds !== undefined;
    // a sweep is about solved or not: its runs leave out the per-entry gradient flow too
    const lean = runs.map((r) => ({ ...r, history: r.history.map(({ flowLog10: _f, flowMarks: _m, ...e }) => e) }));
    out = resultToJSON(sweep ? { spec, runs: lean } : runs[0]);
  } catch (e) {
    if (e instanceof SpecError) fail(2, e.message);
    fail(1, `internal error: ${(e as Error)?.message ?? String(e)}`);
  }
  process.stdout.write(`${out}\n`);
}

main(process.argv.slice(2));
