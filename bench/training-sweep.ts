// The Training view's length sweep, from Node: the page's specs (lengthSweepSpecs: every
// compared architecture, and the RNN once more with the other clipping setting, at each
// length and seed) trained to the end; prints the fraction solved per series and length.
// Run: npx tsx bench/training-sweep.ts [hidden] [iterations]
import { successCaption } from '../src/lib/figures/sweep-figures';
import { train } from '../src/lib/sim/train/train';
import { runsOf, validateTrainSpec } from '../src/lib/sim/train/train-spec';
import { DEFAULT_STATE, lengthSweepSpecs } from '../src/lib/model/lab-state';
import type { TrainingRun } from '../src/lib/model/training-run';

const [hidden = 16, iterations = 800] = process.argv.slice(2).map(Number);
const state = { ...DEFAULT_STATE, hidden, trainIterations: iterations };
const start = performance.now();
const runs: TrainingRun[] = lengthSweepSpecs(state, ['rnn', 'lstm']).map((input) => {
  const spec = runsOf(validateTrainSpec(input))[0];
  const r = train(spec);
  return { ...r, arch: spec.arch, status: 'done', error: '', connectivity: null };
});
console.log(`n = ${hidden}, ${iterations} iterations, ${((performance.now() - start) / 1000).toFixed(0)} s in all`);
console.log(successCaption(runs, state.sweepSteps, iterations));
