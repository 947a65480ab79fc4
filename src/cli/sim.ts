// npm run --silent sim -- SPEC.json   (or - for stdin)
// Prints exactly one JSON object, simulate()'s result, on stdout. A bad spec exits 2 with
// one line on stderr naming the field, the allowed range and the value given; any other
// failure exits 1 with one line. Never a stack trace, never partial JSON.
import { readFileSync } from 'node:fs';
import { loadFormulaParser, needsFormulaParser } from '../lib/sim/formula-parser';
import { resultToJSON, simulate, SpecError } from '../lib/sim/index';

const USAGE = 'usage: npm run --silent sim -- SPEC.json  (or - to read the spec from stdin)';

function fail(code: number, line: string): never {
  process.stderr.write(`${line.replace(/\s+/g, ' ').trim()}\n`);
  process.exit(code);
}

async function main(args: string[]): Promise<void> {
  if (args.length !== 1 || args[0] === '--help' || args[0] === '-h') fail(args.length === 1 ? 0 : 2, USAGE);
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
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    fail(2, `spec: must be valid JSON, got a parse error (${(e as Error).message})`);
  }
  let out: string;
  try {
    if (needsFormulaParser(input)) await loadFormulaParser(); // mathjs only for a custom formula
    out = resultToJSON(simulate(input));
  } catch (e) {
    if (e instanceof SpecError) fail(2, e.message);
    fail(1, `internal error: ${(e as Error)?.message ?? String(e)}`);
  }
  process.stdout.write(`${out}\n`);
}

await main(process.argv.slice(2));
