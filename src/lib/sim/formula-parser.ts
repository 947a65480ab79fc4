// mathjs reads custom formulas. With its dependencies it is ~180 KiB of gzipped JavaScript, more
// than the rest of the page, and only a custom formula needs it, so it loads on demand: the
// page before a custom formula is first used, the workers before a request that has one, the
// CLI before a spec that has one. Until then nonlinearity() refuses to run (a programming
// error, not the user's), rather than silently calling a formula wrong.
import type { derivative, parse, simplify } from 'mathjs';

export interface FormulaParser {
  parse: typeof parse;
  derivative: typeof derivative;
  simplify: typeof simplify;
}

let parser: FormulaParser | null = null;
let loading: Promise<FormulaParser> | null = null;

/** Loads mathjs once; every later call returns the same promise. A failed load is tried again next time. */
export function loadFormulaParser(): Promise<FormulaParser> {
  loading ??= import('mathjs').then(
    ({ parse, derivative, simplify }) => (parser = { parse, derivative, simplify }),
    (e) => {
      loading = null; // offline for a moment: the next custom formula tries again
      throw e;
    }
  );
  return loading;
}

/** The loaded parser; throws when loadFormulaParser() has not finished. */
export function formulaParser(): FormulaParser {
  if (!parser) throw new Error('the formula parser (mathjs) is not loaded yet: await loadFormulaParser() first');
  return parser;
}

export const formulaParserLoaded = (): boolean => parser !== null;

/**
 * What a formula check says while mathjs is not loaded: about the loading, never about the formula.
 * In English; the page's language has it as msg().sim.formula.parserMissing (formulaProblem says that).
 */
export const PARSER_MISSING = 'cannot be checked: the formula parser (mathjs) could not be loaded (offline?)';

/** Whether a URL query, or a spec-like value (or a request holding specs), carries a formula to check. */
export function needsFormulaParser(value: unknown): boolean {
  if (typeof value === 'string') {
    const query = new URLSearchParams(value); // decodes %-escapes, as the page's reading does
    return query.has('formula') || query.getAll('activation').includes('custom');
  }
  return JSON.stringify(value ?? null).includes('"custom"');
}
