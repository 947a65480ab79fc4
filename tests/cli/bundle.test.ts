// `npm run sim` and `npm run train` run dist-cli/sim.mjs and train.mjs, built from src/cli/ by
// npm install and npm run build: they must be what the source builds to today.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script, without type declarations
import { bundleCli, cliBundle, CLIS } from '../../scripts/build-cli.mjs';

describe('the CLI bundle', () => {
  it.each(CLIS as string[])('%s is what the source builds to now (else: npm run build:cli)', async (name) => {
    const fresh: string = await bundleCli(name);
    const onDisk = readFileSync(cliBundle(name), 'utf8');
    expect(onDisk === fresh, `dist-cli/${name}.mjs is stale: run npm run build:cli`).toBe(true);
  });
});
