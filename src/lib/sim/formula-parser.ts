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
  loading ??= importMathjs().then(
    ({ parse, derivative, simplify }) => (parser = { parse, derivative, simplify }),
    (e) => {
      loading = null; // offline for a moment: the next custom formula tries again
      failedChunk = chunkOf(e) ?? failedChunk;
      throw e;
    }
  );
  return loading;
}

/** The address of the mathjs chunk whose last fetch failed, if the browser's error named it. */
let failedChunk: string | null = null;
let retries = 0;

/**
 * A browser keeps a module whose fetch failed as failed for the page's life (Chromium 150 does),
 * so importing the same address again fails at once without a request. A retry asks for the
 * chunk at a new address (the same file, a new query), which the browser fetches afresh.
 */
function importMathjs(): Promise<typeof import('mathjs')> {
  if (!failedChunk) return import('mathjs');
  return import(/* @vite-ignore */ `${failedChunk}?retry=${++retries}`).then((m: typeof import('mathjs')) => {
    if (typeof m.parse !== 'function') throw new Error(`${failedChunk} is not the formula parser`);
    return m;
  });
}

/** "Failed to fetch dynamically imported module: https://host/assets/esm-1a2b.js" -> that address. */
const chunkOf = (e: unknown): string | null =>
  /(https?:\/\/\S+?\.m?js)\b/.exec(String((e as Error)?.message ?? ''))?.[1] ?? null;

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
