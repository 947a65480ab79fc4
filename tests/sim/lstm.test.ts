// LSTM closed forms: with no recurrent or input weights the cell gradient rides only the
// highway, dL/dc_t = sigmoid(b_f)^(T-t) dL/dc_T elementwise: dilution, not a matrix power.
import { all, create } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/lib/sim/index';

const big = create(all, { number: 'BigNumber', precision: 64 });
const log10Sigmoid = (b: number) => Number(big.evaluate(`log10(1 / (1 + exp(-(${b}))))`));

function zeroWeightLstm(n: number, T: number, forgetBias: number, extra: object = {}) {
  const zeros = (r: number, c: number) => Array.from({ length: r }, () => new Array(c).fill(0));
  return simulate({
    arch: 'lstm',
    hidden: n,
    inputSize: 1,
    steps: T,
    forgetBias,
    recurrent: { init: 'explicit' },
    weights: { W: zeros(4 * n, n), U: zeros(4 * n, 1), b: new Array(4 * n).fill(0) },
    ...extra
  });
}

describe('LSTM cell path with zero recurrent and input weights', () => {
  it.each([
    [0, 100],
    [1, 100],
    [5, 500],
    [-4, 5000],
    [8, 5000]
  ])('forget bias %f over T = %i: (T - t) log10 sigmoid(b)', (b, T) => {
    const r = zeroWeightLstm(4, T, b);
    const step = log10Sigmoid(b);
    for (let t = 0; t <= T; t++) {
      expect(Math.abs(r.cellPathLog10![t] - r.cellPathLog10![T] - (T - t) * step)).toBeLessThan(1e-9);
      // no other path exists here, so the full cell gradient is the highway alone
      expect(r.cGradLog10![t]).toBeCloseTo(r.cellPathLog10![t], 9);
    }
    expect(r.cellPathLog10!.every(Number.isFinite)).toBe(true);
  });

  it('quotes the numbers the lecture uses: 0.5^100 = 7.9e-31 and 0.9933^500 keeps 3.5%', () => {
    const r0 = zeroWeightLstm(2, 100, 0);
    expect(10 ** (r0.cellPathLog10![0] - r0.cellPathLog10![100])).toBeCloseTo(7.9e-31, 32);
    const r5 = zeroWeightLstm(2, 500, 5);
    expect(10 ** (r5.cellPathLog10![0] - r5.cellPathLog10![500])).toBeCloseTo(0.035, 3);
  });
});

describe("LSTM with a saturated cell (tanh'(c_T) far below 1e-308)", () => {
  it("dL/dc_T = r o_T tanh'(c_T) stays finite and exact", () => {
    // i, g, f saturated near 1 (biases 30): c_t = f c_{t-1} + i g grows to c_T ~ T.
    const T = 2000;
    const n = 1;
    const zeros = (r: number, c: number) => Array.from({ length: r }, () => new Array(c).fill(0));
    const r = simulate({
      arch: 'lstm',
      hidden: n,
      inputSize: 1,
      steps: T,
      forgetBias: 0,
      recurrent: { init: 'explicit' },
      weights: { W: zeros(4, 1), U: zeros(4, 1), b: [30, 30, 30, 0] },
      readout: [1]
    });
    // c_T by the same recurrence in 64-digit arithmetic, then log10(o_T sech^2(c_T)), o_T = sigmoid(0)
    const s30 = big.evaluate('1 / (1 + exp(-30))');
    const ig = big.multiply(s30, big.tanh(big.bignumber(30)));
    let c = big.bignumber(0);
    for (let t = 1; t <= T; t++) c = big.add(big.multiply(s30, c), ig) as unknown as typeof c;
    const expected = Number(big.evaluate('log10(0.5 * sech(c)^2)', { c }));
    expect(r.cGradLog10![T]).toBeCloseTo(expected, 8);
    expect(r.cGradLog10![T]).toBeLessThan(-1700);
    expect(r.cellPathLog10![0] - r.cellPathLog10![T]).toBeCloseTo(T * log10Sigmoid(30), 9);
  });
});
