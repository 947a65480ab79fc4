import { describe, expect, it } from 'vitest';
import { argMax, finiteExtent } from '../../src/lib/charts/extent';

const f = (...v: number[]) => ({ values: Float64Array.from(v) });

describe('finiteExtent and argMax', () => {
  it('spans the finite values of every curve, skipping NaN and infinities', () => {
    expect(finiteExtent([f(1, NaN, -3), f(-Infinity, 7, Infinity)])).toEqual([-3, 7]);
    expect(finiteExtent([f(NaN, -Infinity)])).toEqual([0, 0]);
    expect(finiteExtent([])).toEqual([0, 0]);
  });

  it('agrees with the spread-and-filter it replaces on 20k values', () => {
    const values = Float64Array.from({ length: 20_001 }, (_, i) => Math.sin(i) * i - (i % 97 === 0 ? Infinity : 0));
    const finite = Array.from(values).filter(Number.isFinite);
    expect(finiteExtent([{ values }])).toEqual([Math.min(...finite), Math.max(...finite)]);
  });

  it('argMax: the first largest value; NaN never wins', () => {
    expect(argMax(Float64Array.from([0, 3, 1, 3]))).toBe(1);
    expect(argMax(Float64Array.from([NaN, 5]))).toBe(0); // as the reduce it replaces
    expect(argMax(Float64Array.from([2, NaN, 5]))).toBe(2);
  });
});
