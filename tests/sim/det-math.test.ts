// det-math's logarithm against 64-digit arithmetic (mathjs BigNumber) and Math.log: within
// one ulp everywhere, exact at the special values, through subnormals and the range ends.
import { all, create } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { exp, log, log10, pow } from '../../src/lib/sim/det-math';

const big = create(all, { number: 'BigNumber', precision: 64 });
const ulp = (x: number) => {
  const a = Math.abs(x);
  return a === 0 ? Number.MIN_VALUE : 2 ** (Math.floor(Math.log2(a)) - 52);
};

/** x as an exact BigNumber, m 2^e with m an integer: a decimal string like 5e-324 is not the double. */
function exactly(x: number) {
  const e = Math.max(-1074, Math.floor(Math.log2(x)) - 52);
  return big.bignumber(x / 2 ** e).times(big.pow(big.bignumber(2), e) as never);
}

describe('det-math log', () => {
  it('is within one ulp of the 64-digit logarithm, from subnormals to the largest double', () => {
    const xs = [
      5e-324,
      1e-310,
      2.2250738585072014e-308,
      1e-300,
      1e-20,
      0.1,
      0.5,
      0.7071067811865476,
      0.9999999,
      1 - 2 ** -52,
      1 + 2 ** -52,
      1.0000001,
      1.4142135623730951,
      2,
      Math.E,
      10,
      1e20,
      1e300,
      Number.MAX_VALUE
    ];
    for (let i = 1; i <= 300; i++) xs.push(Math.abs(Math.sin(i * 12.9898) * 43758.5453) ** ((i % 7) - 3));
    for (const x of xs) {
      const exact = Number(big.log(exactly(x)).toString());
      expect(Math.abs(log(x) - exact), `log(${x})`).toBeLessThanOrEqual(ulp(exact));
    }
  });

  it('agrees with Math.log to an ulp on a million arguments, and gives its special values exactly', () => {
    let worst = 0;
    for (let i = 0; i < 1_000_000; i++) {
      const x = ((Math.imul(i, 2654435761) >>> 0) / 4294967296) * 2 ** ((i % 200) - 100) + 5e-324;
      worst = Math.max(worst, Math.abs(log(x) - Math.log(x)) / ulp(Math.log(x)));
    }
    expect(worst).toBeLessThanOrEqual(1);
    expect(log(1)).toBe(0);
    expect(log(2)).toBe(Math.LN2);
    expect(log(0)).toBe(-Infinity);
    expect(log(-0)).toBe(-Infinity);
    expect(log(-1)).toBeNaN();
    expect(log(NaN)).toBeNaN();
    expect(log(Infinity)).toBe(Infinity);
    expect(log10(1000)).toBeCloseTo(3, 15);
  });

  it("exp is within one ulp of 64-digit arithmetic and matches fdlibm (Node 20's Math.exp) bit for bit", () => {
    for (let i = 0; i <= 400; i++) {
      const x = -745 + (i * 1454.7) / 400 + Math.sin(i) * 1e-3;
      // the double x exactly (a decimal string of it is not): its exponential to 64 digits
      const arg = x < 0 ? big.bignumber(0).minus(exactly(-x)) : exactly(x);
      const want = Number(String(big.exp(arg)));
      expect(Math.abs(exp(x) - want), `exp(${x})`).toBeLessThanOrEqual(ulp(want) || Number.MIN_VALUE);
    }
    let same = 0;
    for (let i = 0; i < 200_000; i++) {
      const x = ((Math.imul(i, 2654435761) >>> 0) / 4294967296) * 1500 - 750;
      if (Object.is(exp(x), Math.exp(x))) same++;
    }
    expect(same).toBe(200_000);
    expect([exp(0), exp(-Infinity), exp(Infinity), exp(800), exp(-800)]).toEqual([1, 0, Infinity, Infinity, 0]);
    expect(exp(NaN)).toBeNaN();
    expect(pow(10, 0.5)).toBeCloseTo(Math.sqrt(10), 14);
    expect(pow(1, 0.3)).toBe(1);
  });
});
