// The adding problem against the paper's definition (Hochreiter & Schmidhuber 1997, experiment 4),
// computed here independently: the law of the two marks by enumerating the paper's procedure
// step by step, the generator's sample against it (chi-square and total variation), and the exact
// baseline against both.
import { describe, expect, it } from 'vitest';
import { addingBaseline, sequenceSource, TASK_REGISTRY, TASKS } from '../../../src/lib/sim/train/tasks';

/**
 * What a sequence shows of its marks: the two marked steps (ascending) and which marked value was
 * set to zero (X1, when the first pair is marked), -1 for none; with its exact probability.
 */
function paperLaw(T: number): Map<string, number> {
  const tenth = Math.min(10, T - 1); // the first ten pairs (fewer when T is below 11: never the last)
  const half = Math.max(1, Math.floor(T / 2) - 1); // T/2 - 1
  const law = new Map<string, number>();
  for (let first = 0; first < tenth; first++) {
    // "one of the first T/2 - 1 still unmarked pairs": walk the pairs, skipping X1's
    const unmarked: number[] = [];
    for (let p = 0; unmarked.length < half; p++) if (p !== first) unmarked.push(p);
    for (const second of unmarked) {
      const zeroed = first === 0 || second === 0 ? first : -1; // "we set X1 to zero"
      const key = `${Math.min(first, second)},${Math.max(first, second)},${zeroed}`;
      law.set(key, (law.get(key) ?? 0) + 1 / tenth / half);
    }
  }
  return law;
}

function observe(x: Float64Array, length: number): string {
  const marked = Array.from({ length }, (_, t) => t).filter((t) => x[2 * t + 1] === 1);
  const zeroed = marked.find((t) => x[2 * t] === 0) ?? -1; // a uniform value is exactly 0 only when set so
  return `${marked[0]},${marked[1]},${zeroed}`;
}

describe('the adding problem, as the paper defines it', () => {
  it.each([8, 20, 30])('T = %i: the marks and the zeroed X1 follow the exact law', (T) => {
    const law = paperLaw(T);
    expect([...law.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
    const next = sequenceSource({ task: 'adding', steps: T, noise: 0, pulse: 1 }, 7, 'law');
    const N = 60_000;
    const counts = new Map<string, number>();
    for (let k = 0; k < N; k++) {
      const s = next();
      const key = observe(s.x, s.length);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const outside = [...counts.keys()].filter((key) => !law.has(key));
    expect(outside).toEqual([]); // nothing the paper's procedure cannot produce
    let chi2 = 0;
    let tv = 0;
    for (const [key, p] of law) {
      const n = counts.get(key) ?? 0;
      chi2 += (n - N * p) ** 2 / (N * p);
      tv += Math.abs(n / N - p) / 2;
    }
    // chi-square with law.size - 1 degrees of freedom: mean dof, sd sqrt(2 dof); 6 sd is a
    // false alarm less than once in 1e6. The generator that shifted X1 on a collision and zeroed
    // whichever mark sat on the first pair is 0.09 or more away in total variation here.
    const dof = law.size - 1;
    expect(chi2).toBeLessThan(dof + 6 * Math.sqrt(2 * dof));
    expect(tv).toBeLessThan(0.02);
  });

  it.each([8, 10, 20, 21, 22, 30, 100, 200])('T = %i: the exact baseline is the variance the law gives', (T) => {
    // Var(target) = (Var X1 + Var X2) / 16: each 1/3, X1's 0 when it was set to zero
    let variance = 0;
    for (const [key, p] of paperLaw(T)) variance += (p * ((key.endsWith(',-1') ? 1 / 3 : 0) + 1 / 3)) / 16;
    expect(addingBaseline(T)).toBeCloseTo(variance, 15);
  });

  it('the baseline is the mean-prediction loss of the generated sequences', () => {
    const T = 30;
    const next = sequenceSource({ task: 'adding', steps: T, noise: 0, pulse: 1 }, 3, 'baseline');
    const N = 100_000;
    let sq = 0;
    let sq2 = 0;
    let wrong = 0;
    for (let k = 0; k < N; k++) {
      const s = next();
      const marked = Array.from({ length: s.length }, (_, t) => t).filter((t) => s.x[2 * t + 1] === 1);
      if (s.target !== 0.5 + (s.x[2 * marked[0]] + s.x[2 * marked[1]]) / 4) wrong++;
      const e2 = (s.target - 0.5) ** 2;
      sq += e2;
      sq2 += e2 * e2;
    }
    expect(wrong).toBe(0); // the target is what the inputs show
    const mean = sq / N;
    const se = Math.sqrt((sq2 / N - mean * mean) / N);
    expect(Math.abs(mean - addingBaseline(T))).toBeLessThan(4 * se);
    expect(TASK_REGISTRY.adding.baseline(T)).toBe(addingBaseline(T));
  });
});

describe('the task registry', () => {
  it('every task is complete: inputs, a sequence of that width, a baseline, a rule and marks', () => {
    expect(TASKS).toEqual(['adding', 'latch']);
    for (const task of TASKS) {
      const def = TASK_REGISTRY[task];
      const s = sequenceSource({ task, steps: 20, noise: 0.5, pulse: 3 }, 1, 'registry')();
      expect(s.x.length).toBe(def.inputs * s.length);
      expect(def.baseline(20)).toBeGreaterThan(0);
      expect(def.correct(s.target, s.target)).toBe(true);
      expect(def.marks(s, 3).length).toBeGreaterThan(0);
      expect(def.name).toContain(def.label);
    }
  });

  it('the lengths the page states are the lengths drawn: adding [T, T + T/10], the latch exactly T', () => {
    expect(TASK_REGISTRY.adding.lengths(200)).toEqual([200, 220]);
    expect(TASK_REGISTRY.adding.lengths(1000)).toEqual([1000, 1100]);
    expect(TASK_REGISTRY.latch.lengths(1000)).toEqual([1000, 1000]);
    for (const task of TASKS)
      for (const T of [8, 19, 200]) {
        const next = sequenceSource({ task, steps: T, noise: 0.5, pulse: 3 }, 2, 'lengths');
        const seen = new Set(Array.from({ length: 400 }, () => next().length));
        const [lo, hi] = TASK_REGISTRY[task].lengths(T);
        // every length drawn lies in the stated range, and 400 draws reach both of its ends
        expect(Math.min(...seen)).toBe(lo);
        expect(Math.max(...seen)).toBe(hi);
      }
  });
});
