import { eigs, multiply, transpose, type Matrix } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { gatePathLog10, linearRnnLog10, powerNorms2x2 } from '../../src/lib/sim/theory';

describe('closed forms', () => {
  it('linear RNN: k log10 rho; radius 0 is an exact zero beyond k = 0', () => {
    expect(linearRnnLog10(0.5, 100)).toBeCloseTo(-30.103, 3);
    expect(linearRnnLog10(0, 0)).toBe(0);
    expect(linearRnnLog10(0, 3)).toBe(-Infinity);
  });

  it('gate path: sigma(0)^100 = 0.5^100 and sigma(5)^500 = 3.5%', () => {
    expect(10 ** gatePathLog10(0, 100)).toBeCloseTo(7.9e-31, 32);
    expect(10 ** gatePathLog10(5, 500)).toBeCloseTo(0.035, 3);
  });

  it('||W^k||_2 of [[0.9, 5], [0, 0.9]] by a symmetric eigensolver: peak ~19 at k = 9, above 1 to k = 55', () => {
    const W = [
      [0.9, 5],
      [0, 0.9]
    ] as const;
    const norms = powerNorms2x2(W, 80);
    let Wk: number[][] = [
      [1, 0],
      [0, 1]
    ];
    for (let k = 0; k <= 80; k++) {
      const values = eigs(multiply(transpose(Wk), Wk) as number[][]).values as unknown as number[] | Matrix;
      const top = Math.sqrt(Math.max(...(Array.isArray(values) ? values : (values.toArray() as number[]))));
      expect(norms[k]).toBeCloseTo(top, 9);
      Wk = multiply(Wk, W as unknown as number[][]) as number[][];
    }
    const peak = norms.indexOf(Math.max(...norms));
    expect(peak).toBe(9);
    expect(norms[peak]).toBeCloseTo(19, 0);
    expect(norms.findIndex((v, k) => k > peak && v < 1)).toBe(55); // above 1 from k = 1 through 54
  });
});
