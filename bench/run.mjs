// npm run bench: bundles bench/engine.ts as plain ESM (the form the page runs, without a
// TypeScript loader's module wrappers between the calls) and runs it.
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// BENCH_ONLY=attention: attention's training iteration and its PyTorch twin alone
const only = process.env.BENCH_ONLY;
const outfile = join(mkdtempSync(join(tmpdir(), 'gfl-bench-')), 'engine.mjs');
await build({
  entryPoints: [new URL(only === 'attention' ? './attention-main.ts' : './engine.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile,
  logLevel: 'warning'
});
await import(outfile);

// PyTorch's time for the same attention iteration, on this machine in this run, when python3 has
// torch (apt-get install python3-torch; a dev tool, not a dependency of the lab)
const { spawnSync } = await import('node:child_process');
// (the first python3 on PATH, then the system's, where apt puts torch)
const script = new URL('./attention-torch.py', import.meta.url).pathname;
const torch = ['python3', '/usr/bin/python3']
  .map((python) => spawnSync(python, [script], { encoding: 'utf8' }))
  .find((r) => r.status === 0);
console.log(torch ? torch.stdout.trimEnd() : '  PyTorch: not run (no python3 with torch found)');
if (only === 'attention') process.exit(0);

// The CLI as a user calls it (npm run --silent sim runs dist-cli/sim.mjs): wall time of a
// 3-step spec, from process start to exit, with and without a custom formula (mathjs).
const cli = (spec) => {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['dist-cli/sim.mjs', '-'], { input: JSON.stringify(spec) });
  if (r.status !== 0) throw new Error(String(r.stderr));
  return performance.now() - t0;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [name, spec] of [
  ['CLI, 3-step spec (process start to exit)', { steps: 3 }],
  ['CLI, 3-step spec with a custom formula', { steps: 3, activation: 'custom', formula: 'x / (1 + abs(x))' }]
]) {
  const times = Array.from({ length: 7 }, () => cli(spec));
  console.log(`${name.padEnd(48)} median ${median(times).toFixed(0)} ms (n = 7)`);
}
