// npm run --silent sim -- SPEC.json   (or - for stdin)
// Prints exactly one JSON object, simulate()'s result, on stdout. A bad spec exits 2 with
// one line on stderr naming the field, the allowed range and the value given, and so does a
// network whose custom phi leaves the doubles at its first step (at a later step the result
// holds the steps before, with `halted` saying where) or an output too big to print. Any other
// failure (a bug) exits 1 with one line. Never a stack trace, never partial JSON.
import { loadFormulaParser, needsFormulaParser } from '../lib/sim/formula-parser';
import { estimateOutputChars } from '../lib/sim/cost';
import { NetworkHaltError, resultToJSON, simulate, SpecError, validateSpec, type Spec } from '../lib/sim/index';
import { fail, readSpec } from './read-spec';

const USAGE = 'usage: npm run --silent sim -- SPEC.json  (or - to read the spec from stdin)';

/** JSON on stdout is one string: V8 caps strings near 512 MiB, and minutes of work should not end there. */
const MAX_OUTPUT_MB = 250;

/** Refuses, before any work, a spec whose JSON would pass MAX_OUTPUT_MB: only perUnit output gets there. */
function checkOutputSize(spec: Spec): void {
  const mb = estimateOutputChars(spec) / 1e6;
  if (mb <= MAX_OUTPUT_MB) return;
  const both = spec.arch === 'lstm' ? ', for h, c, f and memory' : '';
  const rows = `steps + 1 = ${spec.steps + 1} rows of hidden = ${spec.hidden}${both}`;
  throw new SpecError(
    'perUnit',
    `would print about ${Math.round(mb)} MB of JSON (${rows}), over the CLI's ${MAX_OUTPUT_MB} MB limit: ` +
      'lower steps or hidden, or set perUnit to false',
    'true'
  );
}

async function main(args: string[]): Promise<void> {
  const input = readSpec(args, USAGE);
  let out: string;
  try {
    if (needsFormulaParser(input)) await loadFormulaParser(); // mathjs only for a custom formula
    checkOutputSize(validateSpec(input));
    out = resultToJSON(simulate(input));
  } catch (e) {
    // a bad spec, or a network that leaves the doubles at its first step: the user's to change
    if (e instanceof SpecError) fail(2, e.message);
    // every bad-input line names its field: a network that halts at step 1 is its formula's doing
    if (e instanceof NetworkHaltError) fail(2, `formula: ${e.message}`);
    fail(1, `internal error: ${(e as Error)?.message ?? String(e)}`);
  }
  process.stdout.write(`${out}\n`);
}

await main(process.argv.slice(2));
