// `npm run sim` runs dist-cli/sim.mjs, built from src/cli/sim.ts by npm install and npm run
// build: it must be what the source builds to today.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script, without type declarations
import { bundleCli, CLI_BUNDLE } from '../../scripts/build-cli.mjs';

describe('the CLI bundle', () => {
  it('is what the source builds to now (else: npm run build:cli)', async () => {
    const fresh: string = await bundleCli();
    const onDisk = readFileSync(CLI_BUNDLE, 'utf8');
    expect(onDisk === fresh, 'dist-cli/sim.mjs is stale: run npm run build:cli').toBe(true);
  });
});
