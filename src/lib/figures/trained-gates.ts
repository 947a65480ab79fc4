// The forget gates a trained LSTM learns, as the page draws and reads them: f_t,i by unit (rows)
// and step (columns), before and after training, and each unit's effective memory length
// 1 / (1 - mean_t f_t,i) (forget-gates.ts; Tallec & Ollivier 2018, sec. 3): the number of steps
// over which a constant gate f keeps 1/e of a stored value. Dilution is this product of gates:
// along the cell highway a unit whose memory length is shorter than the task length T fades the
// first mark before the end. The paths through h (W h into the gates and the cell input) are not
// in it, so a network can still reach a mark its gates alone would lose: the caption says so.
import type { ForgetGates, TrainedForgetGates } from '../sim/train/forget-gates';
import type { TrainingRun } from '../model/training-run';
import { fixed, integer, localNumber, msg } from '../i18n/index';

/** f as rows of units, columns of steps (the record is step-major: row t - 1 holds the n units). */
export function gateMatrix(g: ForgetGates, T: number, n: number): Float64Array {
  const out = new Float64Array(n * T);
  for (let t = 0; t < T; t++) for (let i = 0; i < n; i++) out[i * T + t] = g.f[t * n + i];
  return out;
}

/** "3.7 steps", "1100 steps", "2.4e+5 steps", "unbounded (every f rounds to 1)". */
export function memoryText(steps: number): string {
  const m = msg().training.gates;
  if (!Number.isFinite(steps)) return m.unbounded;
  if (steps < 10) return m.steps(fixed(steps, 1), steps);
  if (steps < 1e5) return m.steps(integer(steps), Math.round(steps));
  return m.steps(localNumber(steps.toExponential(1)), steps);
}

export interface MemorySummary {
  /** units whose memory length exceeds the task length T */
  longer: number;
  n: number;
  /** the longest memory and its unit (1-based) */
  longest: number;
  unit: number;
  /** the mean gate over every unit and step */
  meanF: number;
}

/** How many units remember longer than T, the longest, and the mean gate, from one set of gates. */
export function memorySummary(g: ForgetGates, T: number): MemorySummary {
  const lengths = Array.from(g.memoryLength);
  let unit = 0;
  lengths.forEach((v, i) => {
    if (!(v <= lengths[unit])) unit = i; // Infinity beats any finite length
  });
  const meanF = g.f.reduce((a, b) => a + b, 0) / g.f.length;
  return {
    longer: lengths.filter((v) => v > T).length,
    n: lengths.length,
    longest: lengths[unit],
    unit: unit + 1,
    meanF
  };
}

/**
 * The caption: after training, how many units hold memory longer than the task length T and the
 * longest; before, the same; read against T, the distance the first mark must travel.
 */
export function gatesCaption(gates: TrainedForgetGates, T: number): string {
  const after = memorySummary(gates.after, T);
  const before = memorySummary(gates.before, T);
  const m = msg().training.gates;
  const read = (s: MemorySummary) =>
    m.read(m.units(s.longer, after.n), s.longer, T, s.unit, memoryText(s.longest), s.meanF);
  return m.caption(read(after), read(before), gates.T);
}

/** The finished LSTM runs with their gates (only an LSTM has forget gates). */
export const gatedRuns = (runs: TrainingRun[]): (TrainingRun & { gates: TrainedForgetGates })[] =>
  runs.filter((r): r is TrainingRun & { gates: TrainedForgetGates } => !!r.gates);

/** Memory lengths for the dot chart: per unit, before and after, the log10 of the length (Infinity kept). */
export function memoryPoints(gates: TrainedForgetGates): { unit: number; before: number; after: number }[] {
  return Array.from({ length: gates.n }, (_, i) => ({
    unit: i + 1,
    before: Math.log10(gates.before.memoryLength[i]),
    after: Math.log10(gates.after.memoryLength[i])
  }));
}
