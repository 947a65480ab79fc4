// npm run bench: microseconds per step (forward + backward, per-unit output on) of the fast
// kernels and of the mathjs reference, and the radius sweep the phase diagram runs.
// A benchmark, not a test: it prints figures, it asserts nothing.
import { buildParams, gradients, simulate, validateSpec, type Arch } from '../src/lib/sim/index';
import { sweep } from '../src/lib/sim/sweep';
import { attentionBench } from './attention-bench';
import { bidirectionalConnectivity, connectivity } from '../src/lib/sim/connectivity';
import { referenceGradients } from '../src/lib/sim/reference';
import { LATCH_GRID, latchGridRows, latchRun } from '../src/lib/sim/latch';
import { lossAndGradient, netFromSpec } from '../src/lib/sim/train/net';
import { adam } from '../src/lib/sim/train/optimizers';
import { sequenceSource } from '../src/lib/sim/train/tasks';
import { networkSpec, runsOf, validateTrainSpec } from '../src/lib/sim/train/train-spec';

const ARCHS: Arch[] = ['rnn', 'lstm', 'gru'];
const SIZES = [16, 32, 64, 128];
const T = 1000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median wall time (ms) of fn over enough runs to fill ~budget ms, after a warm-up. */
function time(fn: () => void, budget = 400, maxRuns = 50): number {
  return timeStats(fn, budget, maxRuns).median;
}

/** Median and minimum: this VM's timings wander by +-40% between runs, the minimum less so. */
function timeStats(fn: () => void, budget = 400, maxRuns = 50): { median: number; min: number } {
  fn();
  const runs: number[] = [];
  const start = performance.now();
  while (runs.length < 3 || (performance.now() - start < budget && runs.length < maxRuns)) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  return { median: median(runs), min: Math.min(...runs) };
}

console.log(`Fast kernel vs mathjs reference, T = ${T}, per-unit output on (median of repeated runs)\n`);
console.log('arch  n    fast us/step  fast ms/run  mathjs us/step  ratio');
for (const arch of ARCHS) {
  for (const n of SIZES) {
    const spec = validateSpec({ arch, hidden: n, steps: T, perUnit: true });
    const p = buildParams(spec);
    const fast = time(() => gradients(p, true));
    // the reference is slow: time it on a shorter run and report per step
    const refT = n >= 64 ? 50 : 200;
    const pRef = buildParams(validateSpec({ arch, hidden: n, steps: refT, perUnit: true }));
    const ref = time(() => referenceGradients(pRef), 1500, 5) / refT;
    const fastPerStep = (fast * 1000) / T;
    console.log(
      `${arch.padEnd(5)} ${String(n).padEnd(4)} ${fastPerStep.toFixed(2).padStart(12)} ` +
        `${fast.toFixed(2).padStart(12)} ${(ref * 1000).toFixed(1).padStart(15)} ` +
        `${((ref * 1000) / fastPerStep).toFixed(0).padStart(6)}x`
    );
  }
}

// The Bengio-1994 phase diagram: 64 radii x T = 500 x n = 32 rnn, norms only.
const radii = Array.from({ length: 64 }, (_, i) => 0.5 + i / 63);
const sweepSpec = validateSpec({ arch: 'rnn', hidden: 32, steps: 500 });
const sw = timeStats(() => sweep(sweepSpec, 'radius', radii), 2000);
console.log(
  `\nsweep: 64 radii x T = 500 x n = 32 rnn: median ${sw.median.toFixed(1)} ms, min ${sw.min.toFixed(1)} ms (target ` +
    `< 100 ms)`
);
const lstmSpec = validateSpec({ arch: 'lstm', hidden: 32, steps: 1000, perUnit: true });
const on = timeStats(() => simulate(lstmSpec), 2000);
const off = timeStats(() => simulate({ ...lstmSpec, perUnit: false }), 2000);
console.log(
  `n = 32 lstm, T = 1000, simulate(): median ${on.median.toFixed(2)} ms (min ${on.min.toFixed(2)}) with per-unit ` +
    `output,`
);
console.log(`  median ${off.median.toFixed(2)} ms (min ${off.min.toFixed(2)}) without (target < 10 ms)`);
// Weight gradients (paramGrads): dL/dW, dL/dU, dL/db and dL/dW's terms by step, summed in log space.
const withParams = timeStats(() => simulate({ ...lstmSpec, perUnit: false, paramGrads: true }), 2000);
console.log(
  `  median ${withParams.median.toFixed(2)} ms (min ${withParams.min.toFixed(2)}) with paramGrads: ` +
    `${(withParams.median / off.median).toFixed(2)}x the run without (target <= 2x)`
);

// Connectivity maps (the explorer): every ||dh_t/dx_s||, n = 32, inputSize 4.
console.log('\nconnectivity maps, n = 32, T x T pairs (median):');
for (const T of [100, 300]) {
  const row = (['rnn', 'lstm', 'gru'] as const).map((arch) => {
    const p = buildParams(validateSpec({ arch, steps: T }));
    return `${arch} ${time(() => connectivity(p), 800, 5).toFixed(0)} ms`;
  });
  const bi = time(() => bidirectionalConnectivity(validateSpec({ arch: 'lstm', steps: T })), 800, 3);
  console.log(`  T = ${T}: ${row.join(', ')}, bi-lstm ${bi.toFixed(0)} ms`);
}

// The latch (Bengio et al. 1994): the view's own run per slider event, and the trade-off grid
// (31 w x 21 noise levels x 64 trajectories) the worker computes row by row.
const latchSpec = { w: 2, noise: 0.3, pulse: 1, length: 3, steps: 100, seed: 1, trajectories: 8 };
console.log('\nlatch (median):');
for (const steps of [100, 1000]) {
  const view = time(() => latchRun({ ...latchSpec, steps }), 400);
  const gridSpec = { ...latchSpec, steps, trajectories: LATCH_GRID.trajectories };
  const grid = time(() => [...latchGridRows(gridSpec, LATCH_GRID.ws, LATCH_GRID.noises)], 1500, 3);
  console.log(`  T = ${steps}: 8 trajectories ${view.toFixed(2)} ms; trade-off grid ${grid.toFixed(0)} ms in all`);
}

// Training (the Training lab): one iteration = batched forward and backward with weight
// gradients over 32 adding-problem sequences (train/batch-tape.ts), and an Adam step.
// PyTorch's torch.nn.LSTM on one CPU thread takes about 26 ms for the LSTM at T = 100 and
// 4.5 ms at T = 20 on this machine (float32).
console.log('\ntraining, n = 16, batch 32, adding problem, one iteration (median):');
for (const T of [20, 100]) {
  const row = (['rnn', 'lstm', 'gru'] as const).map((arch) => {
    const [run] = runsOf(validateTrainSpec({ arch, steps: T }));
    const net = netFromSpec(networkSpec(run));
    const next = sequenceSource({ task: 'adding', steps: T, noise: 0, pulse: 1 }, 1, 'bench');
    const batch = Array.from({ length: 32 }, next);
    const grad = new Float64Array(net.theta.length);
    const opt = adam(net.theta.length, 0.001);
    const ms = time(() => {
      lossAndGradient(net, batch, grad);
      opt.step(net.theta, grad);
    }, 1500);
    return `${arch} ${ms.toFixed(1)} ms`;
  });
  console.log(`  T = ${T}: ${row.join(', ')}`);
}

attentionBench();
