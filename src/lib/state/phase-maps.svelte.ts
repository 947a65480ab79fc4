// The phase diagrams' data: radius x steps back (Bengio, Simard & Frasconi 1994) and forget
// or update bias x steps back (dilution), swept in the worker and filled in row by row. They
// follow the settings on screen (never the live ones ahead of a pending run), and a worker
// failure becomes a message for the figure it affects.
import { perf } from '../perf';
import type { Arch } from '../sim/spec';
import { archModule } from '../sim/archs/index';
import { keyedWorkerRequest } from './worker-request.svelte';
import { ARCH_LABELS, FIELDS, specFor, type LabState } from '../model/lab-state';
import type { PhaseMap, PhaseMaps } from '../model/phase-map';
import { msg } from '../i18n/index';

const RADIUS_ROWS = 41;
const RADIUS_MAX = FIELDS.radius.range[1];
const BIAS_ROWS = 49;
const linspace = (lo: number, hi: number, count: number) =>
  Array.from({ length: count }, (_, i) => +(lo + ((hi - lo) * i) / (count - 1)).toFixed(4));

/** A map's title, read when shown (in the page's language): the title stays a getter on every copy. */
function titled(m: Omit<PhaseMap, 'title'> & { title?: string }): PhaseMap {
  return Object.defineProperty({ ...m }, 'title', {
    get: () => {
      if (m.key === 'radius') return msg().state.phase.radius(ARCH_LABELS[m.arch]);
      return m.arch === 'lstm' ? msg().state.phase.lstmBias : msg().state.phase.gruBias;
    },
    enumerable: true,
    configurable: true
  }) as PhaseMap;
}

/** The maps to sweep for these settings: every compared architecture has one, the gated one a bias map. */
export function phasePlan(lab: LabState, archs: readonly Arch[], radius: number): PhaseMap[] {
  // the radius sets a recurrent matrix: attention and the window have none, and get no map
  const withMatrix = archs.filter((a) => archModule(a).spectrumMatrix !== null);
  const radiusArch: Arch | undefined = withMatrix.includes('rnn') ? 'rnn' : withMatrix[0];
  const biasArch: Arch | null = archs.includes('lstm') ? 'lstm' : archs.includes('gru') ? 'gru' : null;
  const cols = lab.steps + 1;
  const empty = new Float64Array(0); // allocated when the sweep starts: a plan is made on every run
  // rows a little past the radius in use, but not past the slider's maximum (a row at 2.05 is no
  // setting a student can reach); placed eigenvalues beyond it get their own radius as the top row
  const top = Math.max(1.5, Math.min(radius + 0.05, Math.max(RADIUS_MAX, radius)));
  const radiusValues = linspace(Math.max(0, Math.min(0.5, radius - 0.05)), top, RADIUS_ROWS);
  const maps: PhaseMap[] = [];
  if (radiusArch)
    maps.push(
      titled({
        key: 'radius',
        arch: radiusArch,
        param: 'radius',
        values: radiusValues,
        matrix: empty,
        cols,
        filled: 0,
        halted: [],
        error: ''
      })
    );
  if (biasArch) {
    const lstm = biasArch === 'lstm';
    // the full gradient, not the gate path alone: rows may grow through W (see phase-caption.ts)
    maps.push(
      titled({
        key: 'bias',
        arch: biasArch,
        param: lstm ? 'forgetBias' : 'updateBias',
        values: linspace(-4, 8, BIAS_ROWS),
        matrix: empty,
        cols,
        filled: 0,
        halted: [],
        error: ''
      })
    );
  }
  return maps;
}

/**
 * Call during component initialisation. `input()` gives the settings on screen, or null
 * while the phase diagrams are not shown or a newer engine run is under way: then nothing
 * is computed, and the maps of the settings on screen stay.
 */
export function phaseMaps(input: () => { lab: LabState; archs: readonly Arch[]; radius: number } | null) {
  let maps = $state.raw<PhaseMaps>({ radius: null, bias: null, ms: 0 });

  // Keyed on what the sweeps compute, so a change they do not depend on (the colour range, a
  // new object for equal settings) does not restart them.
  const request = $derived.by(() => {
    const on = input();
    if (!on) return null;
    const plan = phasePlan(on.lab, on.archs, on.radius);
    const jobs = plan.map((m) => ({
      key: m.key,
      // the bias map sweeps one bias shared by every unit: with chrono init on, the sweep would shift
      // each unit's own bias instead, and its axis "forget bias b_f" would label something else
      spec: specFor(m.key === 'bias' ? { ...on.lab, forgetInit: 'constant' } : on.lab, m.arch, false),
      param: m.param,
      values: m.values
    }));
    return { plan, jobs, key: JSON.stringify(jobs) };
  });
  const key = $derived(request?.key ?? '');

  keyedWorkerRequest(
    () => key,
    (client, complete) => {
      const { plan, jobs } = request!;
      if (jobs.length === 0) {
        // attention and the window alone: nothing to sweep, and no earlier setting's maps either
        maps = { radius: null, bias: null, ms: 0 };
        complete();
        return;
      }
      for (const m of plan) {
        m.matrix = new Float64Array(m.values.length * m.cols).fill(NaN);
        m.halted = [];
      }
      const byKey = (k: string) => plan.find((m) => m.key === k);
      maps = { radius: byKey('radius') ?? null, bias: byKey('bias') ?? null, ms: 0 };
      let frame = 0;
      // a new object per frame, not per row: the charts redraw once a frame however fast rows come
      const flush = () => {
        frame = 0;
        const radius = byKey('radius');
        const bias = byKey('bias');
        maps = { radius: radius ? titled(radius) : null, bias: bias ? titled(bias) : null, ms: maps.ms };
      };
      perf.sweepStartAt = performance.now();
      client.request(jobs, {
        row(key, i, values) {
          const m = byKey(key);
          if (!m) return;
          // highest value on top: row 0 of the drawn matrix is the last swept value
          m.matrix.set(values, (m.values.length - 1 - i) * m.cols);
          m.filled++;
          // sim/sweep.ts: a row of NaN is a network that left the doubles at that value
          if (Number.isNaN(values[values.length - 1])) m.halted = [...m.halted, m.values[i]];
          frame ||= requestAnimationFrame(flush);
        },
        done(ms) {
          perf.sweepDoneAt = performance.now();
          maps = { ...maps, ms };
          complete();
        },
        error(key, message) {
          for (const m of plan) if (key === '*' || m.key === key) m.error = message;
          flush();
        }
      });
      return () => cancelAnimationFrame(frame);
    }
  );

  return {
    get current() {
      return maps;
    }
  };
}
