// No source line over 120 characters (code points, not bytes): the house rule Prettier does
// not enforce inside strings, comments and markup text. Lists every offender, exits 1 if any.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const MAX = 120;
const SOURCE = /\.(ts|js|mjs|svelte|css|wat|html)$/;
const SKIP = new Set(['src/lib/sim/wasm/kernels.ts']); // generated: the wasm binary as base64
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => SOURCE.test(f) && !SKIP.has(f));
const long = [];
for (const file of files) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const length = [...line].length;
      if (length > MAX) long.push(`${file}:${i + 1}: ${length} characters`);
    });
}
if (long.length) {
  console.error(`Lines over ${MAX} characters:\n${long.join('\n')}`);
  process.exit(1);
}
console.log(`line length: ${files.length} files, none over ${MAX} characters`);
