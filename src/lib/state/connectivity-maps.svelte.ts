// The explorer's connectivity maps, log10 ||dh_t/dx_s|| for each compared architecture and
// a Bi-LSTM, computed in the worker and filled in as columns arrive. They follow the settings
// on screen; a worker failure becomes a message under the maps.
import { connectivityPanel } from '../figures/figure-data';
import type { Arch } from '../sim/spec';
import { keyedWorkerRequest } from './worker-request.svelte';
import { specFor, type LabState } from '../model/lab-state';

/** Quadratic in T: beyond this the explorer says so instead of computing. */
export const CONNECTIVITY_MAX_T = 300;

export type ConnectivityKey = Arch | 'bilstm';

export interface ConnectivityMaps {
  keys: ConnectivityKey[];
  maps: Partial<Record<ConnectivityKey, { values: Float64Array; T: number; done: number }>>;
  ms: number;
  error: string;
  tooLong: boolean;
}

/** Call during component initialisation. `input()` is null while the maps are not shown. */
export function connectivityMaps(input: () => { lab: LabState; archs: readonly Arch[] } | null) {
  let state = $state.raw<ConnectivityMaps>({ keys: [], maps: {}, ms: 0, error: '', tooLong: false });

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
    return { keys, jobs, T: lab.steps, key: JSON.stringify(jobs) };
  });
  const key = $derived(request?.key ?? '');

  keyedWorkerRequest(
    () => key,
    (client, complete) => {
      const { keys, jobs, T } = request!;
      if (T > CONNECTIVITY_MAX_T) {
        client.cancel(); // a map of an earlier T must not fill in after the note
        state = { keys, maps: {}, ms: 0, error: '', tooLong: true };
        return;
      }
      const empty = () => ({ values: new Float64Array(T * T).fill(NaN), T, done: 0 });
      state = { keys, maps: Object.fromEntries(keys.map((k) => [k, empty()])), ms: 0, error: '', tooLong: false };
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
