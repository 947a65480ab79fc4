// How the Training view's defaults were chosen (README, "Training"): the page's own specs
// (trainSpecFor: the sidebar's default network, batches of 32, 200 evaluation sequences) for
// the RNN and the LSTM on the adding problem, at several lengths and seeds. For each it prints
// the iteration the run was solved at (evalAccuracy >= 0.95), its final evaluation loss and its
// time in Node, which the page's workers match (one worker a run, one core each).
// Run: npx tsx bench/training-defaults.ts [T ...]
import { DEFAULT_STATE, trainSpecFor } from '../src/lib/model/lab-state';
import { train } from '../src/lib/sim/train/train';
import { runsOf, validateTrainSpec } from '../src/lib/sim/train/train-spec';

const lengths = process.argv.slice(2).map(Number);
const iterations = 2000;
console.log(`adding problem, the page's network (n = ${DEFAULT_STATE.hidden}), ${iterations} iterations, seeds 1..3`);
for (const T of lengths.length ? lengths : [20, 30, 40, 50]) {
  for (const arch of ['rnn', 'lstm'] as const) {
    const cells = [0, 1, 2].map((s) => {
      const state = { ...DEFAULT_STATE, trainSteps: T, trainIterations: iterations, seed: DEFAULT_STATE.seed + s };
      const [run] = runsOf(validateTrainSpec(trainSpecFor(state, arch)));
      const r = train(run);
      const verdict = r.solvedAt === null ? 'unsolved' : `solved at ${r.solvedAt}`;
      return `${verdict} (loss ${r.final.evalLoss.toPrecision(2)}, ${r.seconds.toFixed(1)} s)`;
    });
    console.log(`T = ${T} ${arch.padEnd(4)} ${cells.join('; ')}`);
  }
}
