// npm run build:cli (run by npm install and npm run build): bundles the command lines,
// src/cli/sim.ts and src/cli/train.ts, into dist-cli/sim.mjs and dist-cli/train.mjs, plain ES
// modules that node starts at once. Through a TypeScript
// loader the same spec took 2-3 s, most of it compiling. The packages (zod, ml-matrix,
// mathjs) stay in node_modules; mathjs is imported only for a spec with a custom formula.
// tests/cli/bundle.test.ts fails when the bundle and the source drift apart.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const CLIS = ['sim', 'train'];
export const cliBundle = (name) => new URL(`../dist-cli/${name}.mjs`, import.meta.url);

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

// run as a script (not imported by the test): compared as URLs, so a path with spaces matches
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const name of CLIS) {
    mkdirSync(new URL('.', cliBundle(name)), { recursive: true });
    writeFileSync(cliBundle(name), await bundleCli(name));
  }
}
