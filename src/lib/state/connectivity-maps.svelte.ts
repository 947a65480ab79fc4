// The explorer's connectivity maps, log10 ||dh_t/dx_s|| for each compared architecture and
// a Bi-LSTM, computed in the worker and filled in as columns arrive. They follow the settings
// on screen; a worker failure becomes a message under the maps. Their cost is quadratic in T:
// up to CONNECTIVITY_MAX_T they are computed when the forecast (sim/connectivity-cost.ts,
// scaled by how this device did on the last maps) is within CONNECTIVITY_AUTO_MS; beyond it the
// explorer states the forecast and waits for "compute anyway" (or a shorter sequence).
import { connectivityPanel } from '../figures/figure-data';
import type { Arch } from '../sim/spec';
import { keyedWorkerRequest } from './worker-request.svelte';
import { specFor, type LabState } from '../model/lab-state';
import { connectivityMs } from '../sim/connectivity-cost';
import { parseSpec } from '../sim/spec';

/** Quadratic in T: beyond this the explorer says so instead of computing (maps of 10^6 cells at most). */
export const CONNECTIVITY_MAX_T = 1000;
/** Maps forecast within this many milliseconds are computed unasked; longer ones wait for the student. */
export const CONNECTIVITY_AUTO_MS = 15000;
/** The length the explorer offers when the maps are forecast too slow: the old bound, about 7 s on 2 cores. */
export const CONNECTIVITY_SAFE_T = 300;

/**
 * This device's speed against the forecast's machine: measured time over forecast time of the
 * last maps that took long enough to time (the first maps of a visit use 1).
 */
let deviceFactor = 1;

export type ConnectivityKey = Arch | 'bilstm';

export interface ConnectivityMaps {
  keys: ConnectivityKey[];
  maps: Partial<Record<ConnectivityKey, { values: Float64Array; T: number; done: number }>>;
  ms: number;
  error: string;
  tooLong: boolean;
  /** the maps' forecast milliseconds on this device, and whether they wait for the student's go-ahead */
  forecastMs: number;
  waiting: boolean;
  /** computes the waiting maps anyway */
  computeAnyway: () => void;
}

const none = () => {};

/** Call during component initialisation. `input()` is null while the maps are not shown. */
export function connectivityMaps(input: () => { lab: LabState; archs: readonly Arch[] } | null) {
  let state = $state.raw<ConnectivityMaps>({
    keys: [],
    maps: {},
    ms: 0,
    error: '',
    tooLong: false,
    forecastMs: 0,
    waiting: false,
    computeAnyway: none
  });
  /** the request the student asked to compute anyway: only that one, a new setting asks again */
  let confirmed = $state('');

  // Keyed on what the maps compute: a change they do not depend on does not restart them.
  const request = $derived.by(() => {
    const on = input();
    if (!on) return null;
    const { lab } = on;
    const keys: ConnectivityKey[] = [...on.archs, ...(lab.bidirectional ? (['bilstm'] as const) : [])];
    const jobs = keys.map((key) => ({
      key,
      kind: 'connectivity' as const,
      spec: specFor(lab, key === 'bilstm' ? 'lstm' : key, false),
      bidirectional: key === 'bilstm'
    }));
    const forecast = jobs.reduce((sum, j) => {
      const parsed = parseSpec(j.spec);
      return sum + (parsed.ok ? connectivityMs(parsed.spec, j.bidirectional) : 0);
    }, 0);
    return { keys, jobs, T: lab.steps, key: JSON.stringify(jobs), forecast };
  });
  const requestKey = $derived(request?.key ?? '');
  // the worker restarts on the key: a go-ahead for these maps is part of it
  const key = $derived(requestKey && confirmed === requestKey ? `${requestKey}|anyway` : requestKey);

  keyedWorkerRequest(
    () => key,
    (client, complete) => {
      const { keys, jobs, T, forecast, key: asked } = request!;
      const forecastMs = forecast * deviceFactor;
      const base = { keys, ms: 0, error: '', forecastMs, computeAnyway: none };
      if (T > CONNECTIVITY_MAX_T) {
        client.cancel(); // a map of an earlier T must not fill in after the note
        state = { ...base, maps: {}, tooLong: true, waiting: false };
        return;
      }
      if (forecastMs > CONNECTIVITY_AUTO_MS && confirmed !== asked) {
        client.cancel();
        state = { ...base, maps: {}, tooLong: false, waiting: true, computeAnyway: () => (confirmed = asked) };
        return;
      }
      const empty = () => ({ values: new Float64Array(T * T).fill(NaN), T, done: 0 });
      const maps = Object.fromEntries(keys.map((k) => [k, empty()]));
      state = { ...base, maps, tooLong: false, waiting: false };
      let frame = 0;
      const pending: Partial<Record<ConnectivityKey, { values: Float64Array; done: number }>> = {};
      client.request(jobs, {
        row(key, done, values) {
          pending[key as ConnectivityKey] = { values, done };
          frame ||= requestAnimationFrame(() => {
            frame = 0;
            const maps = { ...state.maps };
            for (const [k, v] of Object.entries(pending)) {
              maps[k as ConnectivityKey] = { values: connectivityPanel(v.values, T), T, done: v.done };
            }
            state = { ...state, maps };
          });
        },
        done(ms) {
          state = { ...state, ms };
          // maps that took a second or more time this device well enough to scale the next forecast
          if (ms >= 1000 && forecast > 0) deviceFactor = Math.min(20, Math.max(0.05, ms / forecast));
          complete();
        },
        error(key, message) {
          state = { ...state, error: key === '*' ? message : `${key}: ${message}` };
        }
      });
      return () => cancelAnimationFrame(frame);
    }
  );

  return {
    get current() {
      return state;
    }
  };
}
