// A forecast of simulate()'s run time, so the page can choose where to run it: on the main
// thread, where the usual sizes take a few milliseconds and every slider event redraws at
// once, or in a worker, so that a student who types n = 256 and T = 5000 (a second or more)
// can still move a slider while the engine works.
import { paramsCached } from './params';
import { archModule } from './archs/index';
import { DEFAULT_SPEC, GATES, isRecurrent, parseSpec, type Spec, type SpecInput } from './spec';

// Microseconds per step ~ A * G (n + m) + B * G, G = GATES * n the stacked gate rows: the
// mat-vecs and the elementwise work. Fitted to `npm run bench` (n = 32 and 128 lstm, per-unit
// output on) on the 2-core development machine; every size it prints falls within a factor
// 1.6 of the forecast, enough to tell 5 ms from 500 ms.
const A = 3.5e-4;
const B = 0.039;

/** Forecast milliseconds of simulate(spec), per-unit output included. */
export function estimateMs(
  spec: Pick<SpecInput, 'arch' | 'hidden' | 'inputSize' | 'steps' | 'heads' | 'window'>
): number {
  const arch = spec.arch ?? DEFAULT_SPEC.arch;
  const n = spec.hidden ?? DEFAULT_SPEC.hidden;
  const m = spec.inputSize ?? DEFAULT_SPEC.inputSize;
  const T = spec.steps ?? DEFAULT_SPEC.steps;
  const G = archModule(arch).costRows({ hidden: n, inputSize: m, heads: spec.heads, window: spec.window });
  return (T * (A * G * (n + m) + B * G)) / 1000;
}

// Building W from a spectrum and decomposing it (ml-matrix's QR, eigendecomposition and SVD)
// costs ~ C_SPECTRUM n^3 for the spectrum plus C_BLOCK n^3 per recurrent gate block, measured
// cold at n = 32..256 on the development machine (n = 256 lstm: 3.4 s build + 0.7 s spectrum).
const C_SPECTRUM = 5.5e-5;
const C_BLOCK = 5e-5;

/** Forecast milliseconds to build the parameters, 0 when they are cached in this thread. */
export function setupMs(spec: SpecInput): number {
  const parsed = parseSpec(spec);
  if (!parsed.ok || paramsCached(parsed.spec)) return 0;
  const n = parsed.spec.hidden;
  const arch = parsed.spec.arch;
  return isRecurrent(arch) ? n ** 3 * (C_SPECTRUM + C_BLOCK * GATES[arch]) : 0;
}

/** Runs forecast above this many milliseconds go to a worker: a slider keeps ~25 events a second. */
export const MAIN_THREAD_MS = 40;

/** Whether the page should hand these runs (one per compared architecture) to a worker. */
export function runsOffThread(specs: SpecInput[]): boolean {
  return specs.reduce((sum, spec) => sum + estimateMs(spec) + setupMs(spec), 0) > MAIN_THREAD_MS;
}

/** JSON spends about this many characters on a log10 value: "-12.345678901234567," */
const JSON_CHARS_PER_NUMBER = 20;

/**
 * Forecast characters of simulate(spec)'s JSON, from the spec alone (no run): the curves (a few
 * of T + 1 numbers), perUnit's (T + 1) x n per state (h; for the LSTM c, f and memory too), and paramGrads'
 * G (n + m + 1) sums. Only perUnit can grow large: 100000 steps x 256 units is 25.6 million.
 */
export function estimateOutputChars(spec: Spec): number {
  const { arch, hidden: n, inputSize: m, steps: T } = spec;
  const states = arch === 'lstm' ? 4 : 1; // lstm: h, c, the forget gates and the memory
  // h; h, z path; h, c, cell path; attention's weights (heads x T); and x
  const curves = (T + 1) * ({ gru: 2, lstm: 3 }[arch as string] ?? 1) + T * (1 + (spec.heads ?? 0));
  // per unit: the state's n units, or the window's m input units (it has no state)
  const units = spec.perUnit ? (T + 1) * (arch === 'window' ? m : n) * states : 0;
  const rows = archModule(arch).costRows(spec);
  const params = spec.paramGrads === false ? 0 : T + (spec.paramGrads === true ? rows * (n + m + 1) : 0);
  return (curves + units + params) * JSON_CHARS_PER_NUMBER;
}
