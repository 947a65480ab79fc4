// A forecast of simulate()'s run time, so the page can choose where to run it: on the main
// thread, where the usual sizes take a few milliseconds and every slider event redraws at
// once, or in a worker, so that a student who types n = 256 and T = 5000 (a second or more)
// can still move a slider while the engine works.
import { DEFAULT_SPEC, GATES, type SpecInput } from './spec';

// Microseconds per step ~ A * G (n + m) + B * G, G = GATES * n the stacked gate rows: the
// mat-vecs and the elementwise work. Fitted to `npm run bench` (n = 32 and 128 lstm, per-unit
// output on) on the 2-core development machine; every size it prints falls within a factor
// 1.6 of the forecast, enough to tell 5 ms from 500 ms.
const A = 3.5e-4;
const B = 0.039;

/** Forecast milliseconds of simulate(spec), per-unit output included. */
export function estimateMs(spec: Pick<SpecInput, 'arch' | 'hidden' | 'inputSize' | 'steps'>): number {
  const arch = spec.arch ?? DEFAULT_SPEC.arch;
  const n = spec.hidden ?? DEFAULT_SPEC.hidden;
  const m = spec.inputSize ?? DEFAULT_SPEC.inputSize;
  const T = spec.steps ?? DEFAULT_SPEC.steps;
  const G = GATES[arch] * n;
  return (T * (A * G * (n + m) + B * G)) / 1000;
}

/** Runs forecast above this many milliseconds go to a worker: a slider keeps ~25 events a second. */
export const MAIN_THREAD_MS = 40;

/** Whether the page should hand these runs (one per compared architecture) to a worker. */
export function runsOffThread(specs: Pick<SpecInput, 'arch' | 'hidden' | 'inputSize' | 'steps'>[]): boolean {
  return specs.reduce((sum, spec) => sum + estimateMs(spec), 0) > MAIN_THREAD_MS;
}
