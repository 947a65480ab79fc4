// The CLI tests run the command lines built from the source as it is now, by the script npm
// install and npm run build use, into a directory of this test process's own (inside
// node_modules/.cache, where the bundles' packages resolve): never a dist-cli/ that an edit since
// the last build has left stale, and never one another test file is rewriting.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const own = `${process.pid}-${Math.random().toString(36).slice(2)}`; // test files may share a process id
export const FRESH_DIR = join(process.cwd(), 'node_modules', '.cache', 'gfl-cli-test', own);
afterAll(() => rmSync(FRESH_DIR, { recursive: true, force: true })); // registered in each importing file

let built = false;

/** The path of a freshly built CLI bundle (built once per test process). */
export function freshCli(name: 'sim' | 'train'): string {
  if (!built) {
    const r = spawnSync(process.execPath, ['scripts/build-cli.mjs', FRESH_DIR], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`scripts/build-cli.mjs failed: ${r.stderr}`);
    built = true;
  }
  return join(FRESH_DIR, `${name}.mjs`);
}

/** Runs a CLI on stdin (or the given arguments), as `npm run --silent sim -- -` would. */
export const runCli = (name: 'sim' | 'train', args: string[], input?: string) =>
  spawnSync(process.execPath, [freshCli(name), ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
    maxBuffer: 64 * 1024 * 1024
  });
