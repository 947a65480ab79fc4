// Numbers as the captions print them: a base raised to T printed with the digits the power needs,
// a slope never rounded onto 1, and a γ that has no finite value never printed as one.
import { describe, expect, it } from 'vitest';
import { besideOne, gammaClause, gammaText, powerBaseText, ratioFromLog10 } from '../../src/lib/figures/format';
import { sigmoidOf } from '../../src/lib/sim/theory';

/** base^T to two significant digits, by exact rational arithmetic on the printed decimal (BigInt). */
function exactPower(text: string, T: number): string {
  const [whole, frac = ''] = text.split('.');
  const num = BigInt(whole + frac) ** BigInt(T);
  const den = 10n ** BigInt(frac.length * T);
  // log10 of num/den from the digits: exact enough for two significant figures
  const digits = (n: bigint) => n.toString().length;
  const lead = (n: bigint) => Number(`0.${n.toString().slice(0, 17)}`);
  const log10 = digits(num) - digits(den) + Math.log10(lead(num)) - Math.log10(lead(den));
  return ratioFromLog10(log10);
}

describe('powers printed with enough digits', () => {
  it.each([
    [8, 100],
    [8, 5000],
    [8, 1],
    [-4, 100],
    [-4, 5000],
    [1, 100],
    [5, 500]
  ])('σ(%s)^%s: the printed base, raised to T exactly, gives the printed power', (b, T) => {
    const sigma = sigmoidOf(b);
    const text = powerBaseText(sigma, T, 3);
    expect(text, text).not.toBe('1.000'); // the issue: "σ(b) = 1.000" and "1.000¹⁰⁰ = 0.97" at b = 8
    expect(exactPower(text, T)).toBe(ratioFromLog10(T * Math.log10(sigma)));
  });

  it('keeps the usual digits where they suffice', () => {
    expect(powerBaseText(sigmoidOf(1), 100, 3)).toBe('0.731');
    expect(powerBaseText(2, 100)).toBe('2.00');
    expect(powerBaseText(1, 5000)).toBe('1.00');
    expect(powerBaseText(0, 100)).toBe('0.00');
  });

  it('a number beside 1 stays on its side of 1; rounding noise within the tolerance is 1', () => {
    expect(besideOne(0.9999999999999996, 3)).toBe('0.9999999999999996');
    expect(besideOne(1.0000000000000002, 4)).toBe('1.0000000000000002');
    expect(besideOne(0.9997, 2)).toBe('0.9997');
    expect(besideOne(1 + 2e-16, 2, 1e-9)).toBe('1.00');
    expect(besideOne(0.5)).toBe('0.50');
  });

  it('γ: a number when finite, "unbounded" or "not finite" otherwise (never "0.000")', () => {
    expect(gammaText(1)).toBe('1.000');
    expect(gammaText(Infinity)).toBe('unbounded');
    expect(gammaText(NaN)).toBe('not finite');
    expect(gammaText(-Infinity)).toBe('not finite');
    expect(gammaClause(0.5)).toBe('≈ 0.500');
    expect(gammaClause(Infinity)).toBe('is unbounded');
  });
});
