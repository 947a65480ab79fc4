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

/** Loads mathjs once; every later call returns the same promise. */
export function loadFormulaParser(): Promise<FormulaParser> {
  loading ??= import('mathjs').then(({ parse, derivative, simplify }) => (parser = { parse, derivative, simplify }));
  return loading;
}

/** The loaded parser; throws when loadFormulaParser() has not finished. */
export function formulaParser(): FormulaParser {
  if (!parser) throw new Error('the formula parser (mathjs) is not loaded yet: await loadFormulaParser() first');
  return parser;
}

export const formulaParserLoaded = (): boolean => parser !== null;

/** Whether a URL query, or a spec-like value (or a request holding specs), carries a formula to check. */
export function needsFormulaParser(value: unknown): boolean {
  if (typeof value === 'string') return /(^|[?&])(formula=|activation=custom)/.test(value);
  return JSON.stringify(value ?? null).includes('"custom"');
}
