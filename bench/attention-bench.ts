// npm run bench, attention's figure (issue 18): one training iteration of the attention model,
// n = 16, one head, batch 32 adding sequences of T = 200 (lengths 200..220, mean 210), forward,
// backward, clipping at 1 and an Adam step, as train.ts runs it. bench/run.mjs then runs the
// PyTorch twin (bench/attention-torch.py: the same equations, T = 200 exactly, float32, one
// thread) when python3 has torch, so both figures come from one command on the same machine.
import { attentionTrainable } from '../src/lib/sim/archs/attention-train';
import { adam, clipGradient } from '../src/lib/sim/train/optimizers';
import { sequenceSource } from '../src/lib/sim/train/tasks';
import { networkSpec, runsOf, validateTrainSpec } from '../src/lib/sim/train/train-spec';

export function attentionBench(): void {
  const T = 200;
  const [run] = runsOf(validateTrainSpec({ arch: 'attention', hidden: 16, heads: 1, steps: T }));
  const net = attentionTrainable(networkSpec(run));
  const next = sequenceSource({ task: 'adding', steps: T, noise: 0, pulse: 1 }, 1, 'bench');
  const batch = Array.from({ length: 32 }, next);
  const grad = new Float64Array(net.theta.length);
  const opt = adam(net.theta.length, 0.01);
  const iteration = () => {
    net.lossAndGradient(batch, grad);
    clipGradient(grad, 1);
    opt.step(net.theta, grad);
  };
  for (let i = 0; i < 20; i++) iteration();
  const runs: number[] = [];
  const start = performance.now();
  while (runs.length < 30 || (performance.now() - start < 3000 && runs.length < 500)) {
    const t0 = performance.now();
    iteration();
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  console.log('\nattention training, n = 16, one head, batch 32, adding T = 200, one iteration (fwd + bwd + Adam):');
  console.log(
    `  lab (float64, TypeScript): median ${runs[runs.length >> 1].toFixed(2)} ms, min ${runs[0].toFixed(2)} ms ` +
      `(n = ${runs.length})`
  );
}
