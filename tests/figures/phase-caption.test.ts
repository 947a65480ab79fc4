// The radius diagram's caption against the engine: every claim it makes is checked with a
// separate simulate() run at the radius it names.
import { describe, expect, it } from 'vitest';
import { bignumber, exp } from 'mathjs';
import { biasCaption, radiusCaption, readPhaseMap, sweptText } from '../../src/lib/figures/phase-caption';
import { ratioFromLog10 } from '../../src/lib/figures/format';
import { simulate } from '../../src/lib/sim/index';
import { sweep } from '../../src/lib/sim/sweep';
import { parseSpec } from '../../src/lib/sim/spec';
import { DEFAULT_STATE, specFor, type LabState } from '../../src/lib/model/lab-state';
import { phasePlan } from '../../src/lib/state/phase-maps.svelte';
import type { PhaseMap } from '../../src/lib/model/phase-map';

/** The radius map the page would draw for these settings, swept in full (or `rows` rows). */
function radiusMap(lab: LabState, rows = Infinity): PhaseMap {
  const map = phasePlan(lab, ['rnn'], lab.radius)[0];
  const parsed = parseSpec(specFor(lab, 'rnn', false));
  if (!parsed.ok) throw parsed.error;
  const n = map.values.length;
  map.matrix = new Float64Array(n * map.cols).fill(NaN);
  sweep(parsed.spec, 'radius', map.values).forEach((row, i) => {
    if (i < rows) map.matrix.set(row, (n - 1 - i) * map.cols);
  });
  return map;
}

/** log10 of the gradient after T steps relative to step 0, from simulate() at radius rho. */
function afterT(lab: LabState, rho: number): number {
  const r = simulate({ ...specFor({ ...lab, radius: rho }, 'rnn', false) });
  return r.hGradLog10[0] - r.hGradLog10[lab.steps]; // indexed by time step: 0 is T steps back
}

describe('the radius phase diagram caption', () => {
  it('tanh, input scale 1, T = 200: says the gradient shrinks at every radius, and simulate agrees', () => {
    const lab = { ...DEFAULT_STATE, steps: 200, radius: 1.1, inputScale: 1, activation: 'tanh' as const };
    const map = radiusMap(lab);
    const read = readPhaseMap(map)!;
    const caption = radiusCaption(map, true);
    // the case: rho = 1.1 vanishes here, so "above 1 it explodes" would be false
    expect(afterT(lab, 1.1)).toBeLessThan(-10);
    if (read.growFrom === null) {
      expect(caption).toMatch(/has shrunk at every radius swept/);
      for (const rho of map.values) expect(afterT(lab, rho), `rho = ${rho}`).toBeLessThan(0);
    } else {
      expect(afterT(lab, read.growFrom)).toBeGreaterThan(0);
    }
    expect(caption).not.toMatch(/explodes/);
  });

  it('linear, T = 100: shrinks up to the radius it names and grows from the one it names, as rho^T says', () => {
    const lab = { ...DEFAULT_STATE, steps: 100, radius: 0.9, activation: 'linear' as const };
    const map = radiusMap(lab);
    const read = readPhaseMap(map)!;
    expect(read.shrinkUpTo).not.toBeNull();
    expect(read.growFrom).not.toBeNull();
    // orthogonal W, linear: the gradient is exactly rho^T, so the boundary is rho = 1
    expect(read.shrinkUpTo!).toBeLessThan(1);
    expect(read.growFrom!).toBeGreaterThan(1);
    expect(read.lowest.log10).toBeCloseTo(lab.steps * Math.log10(read.lowest.value), 6);
    expect(read.highest.log10).toBeCloseTo(lab.steps * Math.log10(read.highest.value), 6);
    const caption = radiusCaption(map);
    expect(caption).toContain(`has shrunk for ρ ≤ ${sweptText(read.shrinkUpTo!)} `);
    expect(caption).toContain(`grown for ρ ≥ ${sweptText(read.growFrom!)} `);
    expect(afterT(lab, read.shrinkUpTo!)).toBeLessThan(0);
    expect(afterT(lab, read.growFrom!)).toBeGreaterThan(0);
  });

  it.each([
    ['linear', 2],
    ['tanh', 2],
    ['linear', 0.5],
    ['tanh', 0.5]
  ] as const)('%s at radius %s: quotes only radii the slider can set, each as swept', (activation, radius) => {
    const lab = { ...DEFAULT_STATE, steps: 100, radius, activation };
    const map = radiusMap(lab);
    const caption = radiusCaption(map, activation === 'tanh');
    const quoted = [...caption.matchAll(/ρ [≤≥=] (\d+(?:\.\d+)?)/g)].map((m) => m[1]);
    expect(quoted.length).toBeGreaterThanOrEqual(2);
    for (const text of quoted) {
      expect(+text, caption).toBeLessThanOrEqual(2); // the slider's maximum: 2.05 is not a setting
      expect(map.values, `${text} is a swept radius`).toContain(+text); // 1.0038, not "1.00"
    }
    // each value quoted with its gradient agrees with a run of its own at that radius
    for (const m of caption.matchAll(/([^\s(]+) at ρ = (\d+(?:\.\d+)?)/g)) {
      expect(m[1]).toBe(ratioFromLog10(afterT(lab, +m[2])));
    }
    if (activation === 'linear' && radius === 2) {
      // the grid runs 0.5 to 2 (the slider's maximum) in steps of 0.0375: the first point past 1
      // is 1.025, quoted as swept (the "grown for ρ ≥ 1.00" named a grid point of 1.00375)
      const grid = phasePlan(lab, ['rnn'], radius)[0].values;
      const firstAbove = grid.find((v) => v > 1)!;
      expect(caption).toContain(`grown for ρ ≥ ${sweptText(firstAbove)}`);
      expect(caption).not.toContain('2.05');
    }
  });

  it('while the sweep fills in, it says how many radii it has read; before any, that it is sweeping', () => {
    const lab = { ...DEFAULT_STATE, steps: 50, activation: 'linear' as const };
    expect(radiusCaption(radiusMap(lab, 10))).toMatch(/\(10 of 41 radii so far\)/);
    expect(radiusCaption(radiusMap(lab, 0))).toBe('Sweeping the spectral radius…');
    expect(radiusCaption(null)).toBe('Sweeping the spectral radius…');
  });
});

/** The bias map the page would draw for these settings and this gated architecture, swept in full. */
function biasMap(lab: LabState, arch: 'lstm' | 'gru' = 'lstm'): PhaseMap {
  const map = phasePlan(lab, ['rnn', arch], lab.radius)[1];
  const parsed = parseSpec(specFor(lab, arch, false));
  if (!parsed.ok) throw parsed.error;
  const n = map.values.length;
  map.matrix = new Float64Array(n * map.cols).fill(NaN);
  sweep(parsed.spec, map.param as 'forgetBias' | 'updateBias', map.values).forEach((row, i) =>
    map.matrix.set(row, (n - 1 - i) * map.cols)
  );
  return map;
}

/** What the full cell gradient and the highway keep after T steps at forget bias b, from simulate(). */
function lstmAt(lab: LabState, b: number): { cell: number; highway: number } {
  const r = simulate(specFor({ ...lab, forgetBias: b }, 'lstm', false));
  const T = lab.steps;
  return { cell: r.cGradLog10![0] - r.cGradLog10![T], highway: r.cellPathLog10![0] - r.cellPathLog10![T] };
}

describe('the bias phase diagram caption', () => {
  it('names what the LSTM cell keeps at the lowest and highest bias, as the engine computes it', () => {
    const lab = { ...DEFAULT_STATE, steps: 100 };
    const map = biasMap(lab);
    const n = map.values.length;
    const caption = biasCaption(map);
    // the lowest bias, and where the gradient grows most (4.75 at T = 100), as simulate() finds there
    for (const b of [map.values[0], readPhaseMap(map)!.largest.value]) {
      const r = simulate(specFor({ ...lab, forgetBias: b }, 'lstm', false));
      const kept = r.cGradLog10![0] - r.cGradLog10![lab.steps];
      expect(caption).toContain(`${ratioFromLog10(kept)} at b = ${b.toFixed(2)}`);
    }
    expect(n).toBe(49);
    expect(caption).toMatch(/^After 100 steps, the full cell gradient has shrunk for b ≤ /);
  });

  // issue 19: at forget bias 4, T = 500 the caption said "even σ = 0.99 fades over hundreds of steps"
  // beside rows that grew by 10^0.89 and 10^2.94 at b = 4.5 and 4.75
  it('T = 500: says which biases shrink and which grow, as simulate() finds at those biases', () => {
    const lab = { ...DEFAULT_STATE, steps: 500, forgetBias: 4 };
    const map = biasMap(lab);
    const read = readPhaseMap(map)!;
    const caption = biasCaption(map);
    expect(caption).not.toMatch(/fades over hundreds/);
    // the sign of every claim against a separate run at the bias it names
    expect(lstmAt(lab, read.shrinkUpTo!).cell).toBeLessThan(0);
    expect(lstmAt(lab, read.growFrom!).cell).toBeGreaterThan(0);
    expect(caption).toContain(`has shrunk for b ≤ ${sweptText(read.shrinkUpTo!)}`);
    expect(caption).toContain(`grown for b ≥ ${sweptText(read.growFrom!)}`);
    for (const b of [4.5, 4.75]) {
      const { cell, highway } = lstmAt(lab, b);
      expect(cell, `cell at b = ${b}`).toBeGreaterThan(0.5); // grows: +0.89 and +2.94 decades
      expect(highway, `highway at b = ${b}`).toBeLessThan(-1); // while the highway fades
      expect(b).toBeGreaterThanOrEqual(read.growFrom!);
    }
    // the rows between (3.75 to 4.25, the marker's b = 4 among them) stay within a factor 3 of 1, and
    // the caption says so rather than nothing: the line caption beside it reads b = 4's own growth
    for (const b of [3.75, 4, 4.25]) expect(Math.abs(lstmAt(lab, b).cell), `cell at b = ${b}`).toBeLessThan(0.5);
    expect(read.mixed).toBe('near 1');
    expect(caption).toContain('; between, within 3× of 1.');
    // the largest growth, named with its bias, is the engine's
    expect(caption).toContain(`grown for b ≥ 4.50 (most: ${ratioFromLog10(lstmAt(lab, 4.75).cell)} at b = 4.75)`);
    // the highway's words: it only shrinks; sigma(8)^500 checked in 64 digits
    const exact = bignumber(1)
      .div(bignumber(1).add(exp(bignumber(-8))))
      .pow(500);
    expect(caption).toContain(`The highway Πf only dilutes (σ(8.00)ᵀ = ${Number(exact.toString()).toPrecision(2)})`);
    expect(caption).toMatch(/; growth comes via h and W\.$/);
  });

  it('b = 8 at T = 100 and 500: the full cell gradient grows (2.7, 83) while the highway fades', () => {
    for (const [T, cellText] of [
      [100, '2.7'],
      [500, '83']
    ] as const) {
      const lab = { ...DEFAULT_STATE, steps: T, forgetBias: 8 };
      const { cell, highway } = lstmAt(lab, 8);
      expect(ratioFromLog10(cell)).toBe(cellText);
      expect(highway).toBeLessThan(0);
      const map = biasMap(lab);
      const caption = biasCaption(map);
      // the top row grows as simulate() says; the caption quotes the row that grows most
      const top = map.matrix[T]; // matrix row 0 is the highest bias, its last column T steps back
      expect(ratioFromLog10(top)).toBe(cellText);
      const largest = readPhaseMap(map)!.largest;
      expect(largest.log10).toBeGreaterThanOrEqual(top);
      expect(caption).toContain(`(most: ${ratioFromLog10(largest.log10)} at b = ${sweptText(largest.value)})`);
      expect(caption).toMatch(/grown for b ≥/);
      expect(caption).toMatch(/growth comes via h and W/);
    }
  });

  it('GRU: the state gradient shrinks at every bias swept, and the caption claims no growth', () => {
    const lab = { ...DEFAULT_STATE, steps: 500 };
    const map = biasMap(lab, 'gru');
    const caption = biasCaption(map);
    for (const b of [map.values[0], map.values[map.values.length - 1]]) {
      const r = simulate(specFor({ ...lab, updateBias: b }, 'gru', false));
      expect(r.hGradLog10[0] - r.hGradLog10[500], `b = ${b}`).toBeLessThan(0);
    }
    expect(caption).toMatch(/^After 500 steps, the full state gradient has shrunk at every bias/);
    expect(caption).toMatch(/update path Πz only dilutes \(σ/);
    expect(caption).not.toMatch(/grow|explod/);
  });
});

describe('the captions never claim more than the rows show', () => {
  /** A map whose last column holds `last` (smallest radius first), the rest NaN-free zeros. */
  function fake(last: number[]): PhaseMap {
    const values = last.map((_, i) => 0.5 + i * 0.5);
    const cols = 3;
    const matrix = new Float64Array(values.length * cols);
    last.forEach((v, i) => (matrix[(values.length - 1 - i) * cols + cols - 1] = v));
    return {
      key: 'radius',
      title: '',
      arch: 'rnn',
      param: 'radius',
      values,
      matrix,
      cols,
      filled: values.length,
      halted: [],
      error: ''
    };
  }

  it.each([
    [[2, 1, -1], 'is 100 at ρ = 0.50 and 0.1 at ρ = 1.50.'], // falls with rho: neither "every" claim
    [[-3, -1, 0], 'is 1.0e-3 at ρ = 0.50 and 1 at ρ = 1.50.'], // kept at the top: not "shrunk at every"
    [[-3, -2, -1], 'has shrunk at every radius swept'],
    [[1, 2, 3], 'has grown at every radius swept'],
    [[-3, 0, 3], 'has shrunk for ρ ≤ 0.50 (1.0e-3 at ρ = 0.50) and grown for ρ ≥ 1.50 (1.0e3 at ρ = 1.50)']
  ])('%j -> "%s"', (last, text) => expect(radiusCaption(fake(last))).toContain(text));

  it('explains a shrinking gradient above rho = 1 by tanh only when the nonlinearity is tanh', () => {
    const map = fake([-3, -2, -1]);
    expect(radiusCaption(map, true)).toContain('tanh’s slope');
    expect(radiusCaption(map, false)).not.toContain('slope');
  });

  it('says "1 step", not "1 steps"', () => {
    const map = fake([-1, -1, -1]);
    map.cols = 2;
    map.matrix = new Float64Array(6).fill(-1);
    expect(radiusCaption(map)).toMatch(/^After 1 step,/);
  });
});

it('the radius sweep stops at the slider maximum, and reaches placed eigenvalues beyond it', () => {
  const top = (radius: number) => phasePlan({ ...DEFAULT_STATE, radius }, ['rnn'], radius)[0].values.at(-1);
  expect(top(1)).toBe(1.5);
  expect(top(1.9)).toBeCloseTo(1.95, 12);
  expect(top(2)).toBe(2);
  expect(top(2.5)).toBe(2.5); // a placed eigenvalue of modulus 2.5: its row is swept
});

it('phi = x^2: the radii whose network leaves the doubles are named as such, not as rows still to come', () => {
  // x^2 overflows past a radius of about 0.3 within 100 steps (sim/sweep.ts: those rows are NaN)
  const lab: LabState = { ...DEFAULT_STATE, activation: 'custom', formula: 'x^2', radius: 0.1 };
  const map = phasePlan(lab, ['rnn'], lab.radius)[0];
  const spec = parseSpec(specFor(lab, 'rnn', false));
  if (!spec.ok) throw new Error('spec');
  const rows = sweep(spec.spec, 'radius', map.values);
  const n = map.values.length;
  map.matrix = new Float64Array(n * map.cols);
  rows.forEach((row, i) => map.matrix.set(row, (n - 1 - i) * map.cols));
  map.filled = n;
  map.halted = map.values.filter((_, i) => Number.isNaN(rows[i][map.cols - 1]));
  expect(map.halted.length).toBeGreaterThan(0);
  expect(map.halted.length).toBeLessThan(n);
  const caption = radiusCaption(map);
  expect(caption).not.toMatch(/so far/);
  expect(caption).toContain(`From ρ = ${sweptText(Math.min(...map.halted))} on this φ takes the network out of double`);
  // every radius the caption quotes has a finite row
  for (const m of caption.matchAll(/ρ = ([\d.]+) \(/g)) expect(map.halted).not.toContain(+m[1]);
});
