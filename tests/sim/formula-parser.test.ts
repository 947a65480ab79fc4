import { describe, expect, it, vi } from 'vitest';
import { needsFormulaParser } from '../../src/lib/sim/formula-parser';

describe('the formula parser loads on demand', () => {
  it('is asked for by links and specs with a formula, and by nothing else', () => {
    expect(needsFormulaParser('?activation=custom&formula=x')).toBe(true);
    expect(needsFormulaParser('?formula=tanh(x)')).toBe(true); // checked even without custom
    expect(needsFormulaParser('?hidden=32&activation=tanh')).toBe(false);
    expect(needsFormulaParser('?view=explorer&note=formulaic')).toBe(false);
    expect(needsFormulaParser('?activation=cust%6Fm')).toBe(true); // %-escaped, as the page decodes it
    expect(needsFormulaParser('?%66ormula=x')).toBe(true);
    expect(needsFormulaParser({ id: 1, specs: [{ arch: 'rnn', activation: 'custom', formula: 'x' }] })).toBe(true);
    expect(needsFormulaParser({ id: 1, jobs: [{ spec: { arch: 'lstm', activation: 'tanh' } }] })).toBe(false);
    expect(needsFormulaParser(null)).toBe(false);
  });

  it('before it loads, a formula is refused with a message, never judged; after, it is read', async () => {
    vi.resetModules(); // fresh modules: the setup file loaded mathjs into the old ones
    const parser = await import('../../src/lib/sim/formula-parser');
    const { formulaProblem, nonlinearity } = await import('../../src/lib/sim/nonlinearity');
    expect(parser.formulaParserLoaded()).toBe(false);
    expect(formulaProblem('tanh(x)')).toMatch(/cannot be checked: the formula parser \(mathjs\) could not be loaded/);
    expect(() => nonlinearity('tanh(x)')).toThrow(/not loaded yet/);
    await parser.loadFormulaParser();
    expect(formulaProblem('tanh(x)')).toBeNull();
    expect(nonlinearity('tanh(x)').dphi(0)).toBe(1);
  });
});
