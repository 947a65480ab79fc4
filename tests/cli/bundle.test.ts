// `npm run sim` and `npm run train` run dist-cli/sim.mjs and train.mjs, which npm install (the
// prepare script) and npm run build write with scripts/build-cli.mjs. The CLI tests run what
// that script builds from the source now (fresh-cli.ts); this file holds the chain together, so
// the bundle npm runs cannot silently stop being rebuilt from the source.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script, without type declarations
import { bundleCli, cliBundle, CLI_DIR, CLIS } from '../../scripts/build-cli.mjs';
import { freshCli } from './fresh-cli';

const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;

describe('the CLI bundle', () => {
  it.each(CLIS as string[])('build-cli.mjs writes %s as the source builds to now', async (name) => {
    const written = readFileSync(freshCli(name as 'sim' | 'train'), 'utf8');
    expect(written === (await bundleCli(name)), 'the build script and bundleCli disagree').toBe(true);
    expect(written).toContain(`// Built from src/cli/${name}.ts`);
  });

  it('npm install and npm run build rebuild the bundles that npm run sim and train run', () => {
    expect(scripts.prepare).toBe('node scripts/build-cli.mjs');
    expect(scripts.build).toMatch(/&& node scripts\/build-cli\.mjs$/);
    for (const name of CLIS as string[]) {
      expect(scripts[name]).toBe(`node ${cliBundle(name).slice(process.cwd().length + 1)}`);
      expect(cliBundle(name).startsWith(CLI_DIR)).toBe(true);
    }
  });
});
