// The house's layering, checked: folders of src/lib import one another in one direction only
// (no cycles), and the engine imports nothing of the page. A new import that closes a circle
// fails here with the files that make it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const LIB = resolve(__dirname, '../../src/lib');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

/** A file's folder under src/lib, its first level: 'sim/train/net.ts' belongs to 'sim'. */
const folderOf = (file: string) => relative(LIB, file).split('/')[0];

/** Relative imports (static, dynamic, type-only, workers' new URL) of a file, resolved to paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [
    ...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g),
    ...text.matchAll(/new URL\('(\.{1,2}\/[^']+)'/g)
  ];
  return found.map((m) => resolve(dirname(file), m[1]));
}

const files = sources(LIB);
const edges = new Map<string, Map<string, string>>(); // folder -> folder -> one file pair that makes the edge
for (const file of files) {
  const from = folderOf(file);
  for (const target of importsOf(file)) {
    if (!target.startsWith(LIB)) continue;
    const to = folderOf(target);
    if (to === from) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    edges.get(from)!.set(to, `${relative(LIB, file)} -> ${relative(LIB, target)}`);
  }
}

/** The folder cycles, each as the list of edges that closes it (Tarjan's strongly connected components). */
function cycles(): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) {
        const inside = new Set(component);
        out.push(
          component.flatMap((a) =>
            [...(edges.get(a) ?? [])].filter(([b]) => inside.has(b)).map(([b, why]) => `${a} -> ${b} (${why})`)
          )
        );
      }
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return out;
}

describe('folder layering of src/lib', () => {
  test('the words (i18n) are the bottom layer: they import no other folder, nor Svelte or the DOM', () => {
    expect([...(edges.get('i18n')?.values() ?? [])]).toEqual([]);
    for (const file of files.filter((f) => folderOf(f) === 'i18n')) {
      const text = readFileSync(file, 'utf8');
      expect(text, relative(LIB, file)).not.toMatch(/from 'svelte|\bdocument\.|\bwindow\./);
    }
  });

  test('reads the imports (the check itself sees the engine used by the state)', () => {
    expect(edges.get('state')?.has('sim')).toBe(true);
  });

  test('no folder imports, directly or through others, a folder that imports it', () => {
    expect(cycles()).toEqual([]);
  });

  test('the engine (sim) imports no other folder of the page but its words (i18n), nor Svelte or the DOM', () => {
    expect([...(edges.get('sim')?.keys() ?? [])].filter((f) => f !== 'i18n')).toEqual([]);
    for (const file of files.filter((f) => folderOf(f) === 'sim')) {
      const text = readFileSync(file, 'utf8');
      expect(text, relative(LIB, file)).not.toMatch(/from 'svelte|\bdocument\.|\bwindow\./);
    }
  });
});
