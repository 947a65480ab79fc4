// Calibrates train-spec.ts's work model: CPU time per training iteration across architectures,
// hidden sizes and batches, and per logged entry (evaluation set forward + spectrum of W).
// Each point is timed over a few hundred iterations at most (about half a CPU-second), with
// process.cpuUsage, so a machine shared with other work still measures its own time.
// Run: npx tsx bench/train-cost.ts [T]   (prints one JSON line per point, then a table)
import { training } from '../src/lib/sim/train/train';
import { runsOf, validateTrainSpec } from '../src/lib/sim/train/train-spec';

const T = Number(process.argv[2] ?? 50);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** CPU seconds per un-logged training iteration (the logged first and last ones left out). */
function perIteration(arch: string, hidden: number, batch: number, steps: number): number {
  let iterations = 4;
  for (;;) {
    const spec = { arch, hidden, batch, steps, iterations, evalEvery: iterations, evalSize: 1 };
    const run = training(runsOf(validateTrainSpec(spec))[0]);
    run.next(); // iteration 0, logged
    const start = cpu();
    for (let i = 1; i < iterations; i++) run.next();
    const per = (cpu() - start) / (iterations - 1);
    if (per * (iterations - 1) > 0.25 || iterations >= 400) return per;
    iterations = Math.min(400, Math.ceil(0.5 / Math.max(per, 1e-6)) + 1);
  }
}

/** CPU seconds per logged entry with evalSize sequences (one iteration's training subtracted). */
function perEntry(arch: string, hidden: number, evalSize: number, steps: number): number {
  const spec = { arch, hidden, batch: 1, steps, iterations: 6, evalEvery: 1, evalSize };
  const run = training(runsOf(validateTrainSpec(spec))[0]);
  run.next();
  const start = cpu();
  for (let i = 1; i <= 6; i++) run.next();
  return (cpu() - start) / 6 - perIteration(arch, hidden, 1, steps);
}

const rows: string[] = [];
for (const arch of ['rnn', 'lstm', 'gru'])
  for (const hidden of [1, 4, 16, 64])
    for (const batch of [1, 32, 512]) {
      const s = perIteration(arch, hidden, batch, T);
      console.log(JSON.stringify({ kind: 'iteration', arch, hidden, batch, T, s }));
      const perSequenceStep = ((s / (T * batch)) * 1e6).toFixed(2);
      rows.push(`| ${arch} | ${hidden} | ${batch} | ${(s * 1e3).toFixed(3)} | ${perSequenceStep} |`);
    }
for (const arch of ['rnn', 'lstm', 'gru'])
  for (const hidden of [1, 16, 64, 128]) {
    const s = perEntry(arch, hidden, 200, T);
    console.log(JSON.stringify({ kind: 'entry', arch, hidden, evalSize: 200, T, s }));
  }
console.log(`T = ${T}\n| arch | n | B | ms / iteration | us / sequence step |\n| --- | --- | --- | --- | --- |`);
console.log(rows.join('\n'));
