// npm run build:wasm run from a checkout whose path has a space in it (a URL spells it %20,
// which the script once compared against the plain path, and so silently did nothing).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(__dirname, '../../..');
const KERNELS = 'src/lib/sim/wasm/kernels.ts';

describe('npm run build:wasm', () => {
  it('writes kernels.ts in a checkout whose path has a space, the same binary as committed', () => {
    const root = join(mkdtempSync(join(tmpdir(), 'gfl wasm ')), 'a checkout');
    try {
      mkdirSync(join(root, 'scripts'), { recursive: true });
      cpSync(join(repo, 'scripts/build-wasm.mjs'), join(root, 'scripts/build-wasm.mjs'));
      cpSync(join(repo, 'src/lib/sim/wasm'), join(root, 'src/lib/sim/wasm'), { recursive: true });
      symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
      writeFileSync(join(root, KERNELS), 'stale'); // the script must replace it
      const out = execFileSync(process.execPath, [join(root, 'scripts/build-wasm.mjs')], { encoding: 'utf8' });
      expect(out).toMatch(/kernels\.wasm: \d+ bytes/);
      expect(readFileSync(join(root, KERNELS), 'utf8')).toBe(readFileSync(join(repo, KERNELS), 'utf8'));
    } finally {
      rmSync(join(root, '..'), { recursive: true, force: true });
    }
  });
});
