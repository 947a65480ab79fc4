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
  try {
    return JSON.parse(text);
  } catch (e) {
    fail(2, `spec: must be valid JSON, got a parse error (${(e as Error).message})`);
  }
}
