// npm run build:cli (run by npm install and npm run build): bundles the CLI, src/cli/sim.ts,
// into dist-cli/sim.mjs, one plain ES module that node starts at once. Through a TypeScript
// loader the same spec took 2-3 s, most of it compiling. The packages (zod, ml-matrix,
// mathjs) stay in node_modules; mathjs is imported only for a spec with a custom formula.
// tests/cli/bundle.test.ts fails when the bundle and the source drift apart.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const CLI_BUNDLE = new URL('../dist-cli/sim.mjs', import.meta.url);

/** The bundle's text, built from the current source. */
export async function bundleCli() {
  const out = await build({
    entryPoints: [fileURLToPath(new URL('../src/cli/sim.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    legalComments: 'none',
    banner: { js: '// Built from src/cli/sim.ts by scripts/build-cli.mjs: do not edit.' }
  });
  return out.outputFiles[0].text;
}

// run as a script (not imported by the test): compared as URLs, so a path with spaces matches
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  mkdirSync(new URL('.', CLI_BUNDLE), { recursive: true });
  writeFileSync(CLI_BUNDLE, await bundleCli());
}
