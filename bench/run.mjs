// npm run bench: bundles bench/engine.ts as plain ESM (the form the page runs, without a
// TypeScript loader's module wrappers between the calls) and runs it.
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const outfile = join(mkdtempSync(join(tmpdir(), 'gfl-bench-')), 'engine.mjs');
await build({
  entryPoints: [new URL('./engine.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile,
  logLevel: 'warning'
});
await import(outfile);
