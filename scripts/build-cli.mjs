// npm run build:cli (run by npm install and npm run build): bundles the command lines,
// src/cli/sim.ts and src/cli/train.ts, into dist-cli/sim.mjs and dist-cli/train.mjs, plain ES
// modules that node starts at once. Through a TypeScript
// loader the same spec took 2-3 s, most of it compiling. The packages (zod, ml-matrix,
// mathjs) stay in node_modules; mathjs is imported only for a spec with a custom formula.
// `node scripts/build-cli.mjs DIR` writes them to DIR instead: the CLI tests build the source
// as it is into a directory of their own and run that (tests/cli/fresh-cli.ts), so they never
// test a stale dist-cli/, and tests/cli/bundle.test.ts holds this script to that build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const CLIS = ['sim', 'train'];
/** Where npm's scripts (sim, train) run the bundles from. */
export const CLI_DIR = fileURLToPath(new URL('../dist-cli/', import.meta.url));
export const cliBundle = (name, dir = CLI_DIR) => resolve(dir, `${name}.mjs`);

/** A bundle's text, built from the current source. */
export async function bundleCli(name = 'sim') {
  const out = await build({
    entryPoints: [fileURLToPath(new URL(`../src/cli/${name}.ts`, import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    legalComments: 'none',
    banner: { js: `// Built from src/cli/${name}.ts by scripts/build-cli.mjs: do not edit.` }
  });
  return out.outputFiles[0].text;
}

/** Builds every CLI into `dir`; a directory inside the project, so the packages resolve. */
export async function writeClis(dir = CLI_DIR) {
  mkdirSync(dir, { recursive: true });
  for (const name of CLIS) writeFileSync(cliBundle(name, dir), await bundleCli(name));
}

// run as a script (not imported by the test): compared as URLs, so a path with spaces matches
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await writeClis(process.argv[2] ? resolve(process.argv[2]) : CLI_DIR);
}
