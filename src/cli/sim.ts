// npm run --silent sim -- SPEC.json   (or - for stdin)
// Prints exactly one JSON object, simulate()'s result, on stdout. A bad spec exits 2 with
// one line on stderr naming the field, the allowed range and the value given; any other
// failure exits 1 with one line. Never a stack trace, never partial JSON.
import { loadFormulaParser, needsFormulaParser } from '../lib/sim/formula-parser';
import { resultToJSON, simulate, SpecError } from '../lib/sim/index';
import { fail, readSpec } from './read-spec';

const USAGE = 'usage: npm run --silent sim -- SPEC.json  (or - to read the spec from stdin)';

async function main(args: string[]): Promise<void> {
  const input = readSpec(args, USAGE);
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
