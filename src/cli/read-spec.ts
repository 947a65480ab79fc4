// What every command line shares: one spec file (or - for stdin) as JSON, and failures as one
// line on stderr with an exit status (2: a bad spec or usage; 1: anything else). Never a stack
// trace, never partial JSON on stdout.
import { readFileSync } from 'node:fs';

export function fail(code: number, line: string): never {
  process.stderr.write(`${line.replace(/\s+/g, ' ').trim()}\n`);
  process.exit(code);
}

/** The parsed JSON of the one argument, a path or - for stdin; usage and read errors exit. */
export function readSpec(args: string[], usage: string): unknown {
  if (args.length !== 1 || args[0] === '--help' || args[0] === '-h') fail(args.length === 1 ? 0 : 2, usage);
  const source = args[0];
  let text: string;
  try {
    text = readFileSync(source === '-' ? 0 : source, 'utf8');
  } catch (e) {
    fail(
      2,
      `spec: cannot read ${source === '-' ? 'stdin' : source} (${(e as NodeJS.ErrnoException).code ?? 'read error'})`
    );
  }
  let spec: unknown;
  try {
    spec = JSON.parse(text);
  } catch (e) {
    fail(2, `spec: must be valid JSON, got a parse error (${(e as Error).message})`);
  }
  const depth = nestingDepth(spec, MAX_SPEC_DEPTH);
  if (depth > MAX_SPEC_DEPTH)
    fail(2, `spec: must be nested at most ${MAX_SPEC_DEPTH} levels deep (a spec needs 4), got more`);
  return spec;
}

/** A spec's deepest field (weights.W[i][j], recurrent.eigenvalues[k][0]) is 4 levels down. */
export const MAX_SPEC_DEPTH = 16;

/**
 * How deep objects and arrays nest, counted without recursion and given up past `limit`: every
 * later step (the checks, error messages, JSON.stringify) walks the spec recursively, and a
 * spec nested 5000 deep would overflow the stack in one of them.
 */
export function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > limit) return deepest;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return deepest;
}
