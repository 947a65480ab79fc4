// Chrono initialisation (Tallec & Ollivier 2018): the forget biases spread as log U[1, T_max - 1],
// the input biases their negatives, from their own seeded stream.
import { describe, expect, it } from 'vitest';
import { buildParams, parseSpec, validateSpec } from '../../src/lib/sim/index';
import { netFromSpec } from '../../src/lib/sim/train/net';
import { networkSpec, runsOf, validateTrainSpec } from '../../src/lib/sim/train/train-spec';

const biases = (input: Record<string, unknown>) => {
  const p = buildParams(validateSpec({ arch: 'lstm', hidden: 256, ...input }));
  const n = p.n;
  return { bi: p.b.slice(0, n), bf: p.b.slice(n, 2 * n), bg: p.b.slice(2 * n, 3 * n) };
};

describe('chrono initialisation', () => {
  it('draws b_f = log(u), u uniform on [1, T_max - 1], and b_i = -b_f', () => {
    const tMax = 500;
    const { bi, bf, bg } = biases({ forgetInit: 'chrono', chronoMax: tMax });
    const u = Array.from(bf, Math.exp);
    expect(Math.min(...u)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...u)).toBeLessThanOrEqual(tMax - 1);
    // a uniform sample of 256: its mean within 4 standard errors of (1 + T_max - 1) / 2
    const mean = u.reduce((a, b) => a + b, 0) / u.length;
    const se = (tMax - 2) / Math.sqrt(12 * u.length);
    expect(Math.abs(mean - tMax / 2)).toBeLessThan(4 * se);
    // each quarter of [1, T_max - 1] holds about a quarter of the units
    for (let q = 0; q < 4; q++) {
      const lo = 1 + (q * (tMax - 2)) / 4;
      const share = u.filter((x) => x >= lo && x < lo + (tMax - 2) / 4).length / u.length;
      expect(Math.abs(share - 0.25)).toBeLessThan(0.1);
    }
    bi.forEach((b, i) => expect(b).toBe(-bf[i]));
    expect(bg.every((b) => b === 0)).toBe(true); // the other gates keep their bias
  });

  it('defaults T_max to the sequence length, ignores forgetBias, and is seeded', () => {
    const a = biases({ forgetInit: 'chrono', steps: 50, forgetBias: 7 });
    expect(Math.max(...Array.from(a.bf, Math.exp))).toBeLessThanOrEqual(49);
    expect(Array.from(biases({ forgetInit: 'chrono', chronoMax: 50 }).bf)).toEqual(Array.from(a.bf));
    expect(Array.from(biases({ forgetInit: 'chrono', chronoMax: 50, seed: 2 }).bf)).not.toEqual(Array.from(a.bf));
  });

  it("reaches the trainer: T_max is the task's length unless given", () => {
    const run = runsOf(validateTrainSpec({ arch: 'lstm', hidden: 64, forgetInit: 'chrono', steps: 200 }))[0];
    const net = netFromSpec(networkSpec(run));
    const sim = buildParams(validateSpec({ arch: 'lstm', hidden: 64, inputSize: 2, steps: 200, forgetInit: 'chrono' }));
    expect(Array.from(net.b)).toEqual(Array.from(sim.b));
    expect(Math.max(...Array.from(net.b.subarray(64, 128), Math.exp))).toBeGreaterThan(100); // not T_max = 2
  });

  it('the constant init is the forget bias, as before', () => {
    const { bi, bf } = biases({ forgetInit: 'constant', forgetBias: 3 });
    expect(bf.every((b) => b === 3)).toBe(true);
    expect(bi.every((b) => b === 0)).toBe(true);
  });

  it.each([
    [{ arch: 'gru', forgetInit: 'chrono' }, 'forgetInit: is only used when arch is lstm, got "chrono"'],
    [{ arch: 'lstm', chronoMax: 100 }, 'chronoMax: is only used when forgetInit is "chrono", got 100'],
    [{ arch: 'lstm', forgetInit: 'chrono', chronoMax: 1 }, 'chronoMax: must be an integer from 2 to 100000, got 1'],
    [{ arch: 'lstm', forgetInit: 'slow' }, 'forgetInit: must be one of constant, chrono, got "slow"']
  ])('%j -> %s', (input, message) => {
    const r = parseSpec(input);
    expect(r.ok ? 'accepted' : r.error.message).toBe(message);
  });
});
