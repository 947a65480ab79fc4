// The compared architectures as one set of figures: every result covers the same steps, so a
// chart's shared axis and a caption's T mean one thing. When a custom phi leaves doubles at
// step t in one network (a property of that network, not an error: x^2 from a state of 2
// squares its way past 1e308 in ten steps), every network is run again for the t - 1 steps
// before it, and the set says where and why it stopped.
import { simulate, type Halt, type SimResult, type SpecInput } from './index';

export interface SimSet {
  /** one result per spec, all over the same number of steps */
  results: SimResult[];
  /** the earliest halt among the networks (null when every one ran to the end) */
  halted: Halt | null;
}

/** Simulates each spec; throws what simulate() throws (SpecError, NetworkHaltError). */
export function simulateSet(specs: readonly SpecInput[]): SimSet {
  const first = specs.map((spec) => simulate(spec));
  let halted: Halt | null = null;
  for (const r of first) if (r.halted && (!halted || r.halted.step < halted.step)) halted = r.halted;
  if (!halted) return { results: first, halted: null };
  const steps = halted.step - 1;
  return { results: specs.map((spec) => simulate({ ...spec, steps })), halted };
}
