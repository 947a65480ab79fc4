// Where the engine runs, and what the figures show. The usual sizes run on the main thread
// and redraw within the input event; runs forecast to be long (sim/cost.ts: n = 256, T = 5000
// takes over a second), the page's first one included, go to the simulation worker, so the
// page and its sliders stay live. Until a worker run arrives the figures keep the last
// finished run and read the settings it was made with.
//
// The derivations here are pure: the main thread's run is a function of the specs, and what
// is on screen is a function of that and of the last finished worker run. The only writes
// happen in actions: the worker's answer arriving, and the effect that records a finished run.
import { untrack } from 'svelte';
import type { SimResult, SpecInput } from '../sim/index';
import { runsOffThread } from '../sim/cost';
import type { Halt } from '../sim/index';
import { simulateSet } from '../sim/simulate-set';
import type { Arch } from '../sim/spec';
import { SimClient, type SimOutcome } from '../worker/sim-client';
import type { HeatmapPanel } from '../figures/figure-data';
import { specFor, type LabState } from '../model/lab-state';

export interface EngineOutcome {
  results: SimResult[];
  /** the engine's message when the run for the current settings failed ('' otherwise) */
  error: string;
  /** a custom phi left doubles: the results stop before that step (null otherwise) */
  halted: Halt | null;
  /** a worker run for the current settings is under way */
  pending: boolean;
  /** the sequence number of the run on screen: it increases with every finished run */
  run: number;
  /** the heatmap panels of a worker run, built there; null for a main-thread run */
  panels: HeatmapPanel[] | null;
}

/** A finished run: its results and the settings it was made for. */
export interface FinishedRun {
  /** the worker request's specs as JSON ('' for a main-thread run) */
  key: string;
  results: SimResult[];
  panels: HeatmapPanel[] | null;
  halted: Halt | null;
  /** the settings the results belong to (steps cut to where a halted network stopped) */
  lab: LabState;
  /** when its settings were asked for, among all runs and requests */
  order: number;
  /** the finished run's sequence number */
  run: number;
}

/** What runs simulations off the main thread (a worker; a stand-in in unit tests). */
export interface SimRunner {
  run(specs: SpecInput[], onresult: (outcome: SimOutcome) => void): void;
  terminate(): void;
}

type HereRun = { results: SimResult[]; halted: Halt | null; error: '' } | { results: []; halted: null; error: string };

/** Runs the specs on this thread: a pure function of them (the engine throws only on bad input). */
function runHere(specs: ReturnType<typeof specFor>[]): HereRun {
  try {
    return { ...simulateSet(specs), error: '' };
  } catch (e) {
    return { results: [], halted: null, error: (e as Error).message };
  }
}

/** The settings a set of results belongs to: a halted set covers only the steps before the halt. */
const labFor = (lab: LabState, halted: Halt | null): LabState => (halted ? { ...lab, steps: halted.step - 1 } : lab);

/** Call during a component's initialisation: it sets up effects and a worker. */
export function engineRuns(lab: LabState, worker: SimRunner = new SimClient()) {
  const archs: readonly Arch[] = $derived(lab.compare);
  const specs = $derived(archs.map((arch) => specFor(lab, arch)));
  const offThread = $derived(runsOffThread(specs));
  const specsKey = $derived(offThread ? JSON.stringify(specs) : '');
  // the main thread's run: nothing when the worker has this one
  const here = $derived(offThread ? null : runHere(specs));

  // the last finished run from either thread, and the worker's latest failure
  let finished = $state.raw<FinishedRun | null>(null);
  let workerError = $state.raw<{ key: string; error: string } | null>(null);
  // plain counters, read and written only by the effects and actions below
  let runs = 0;
  /** settings asked for, in order: a main-thread run or a worker request each take the next */
  let asked = 0;
  /** answers to requests up to this one are stale (the settings came back to what is shown) */
  let staleUpTo = 0;

  function finish(run: Omit<FinishedRun, 'run'>) {
    finished = { ...run, run: ++runs };
  }
  const liveLab = () => $state.snapshot(lab) as LabState;

  // a main-thread run is on screen as soon as it is computed (before the DOM is updated)
  $effect.pre(() => {
    const h = here;
    if (!h || h.error) return;
    untrack(() =>
      finish({
        key: '',
        order: ++asked,
        results: h.results,
        panels: null,
        halted: h.halted,
        lab: labFor(liveLab(), h.halted)
      })
    );
  });

  $effect(() => {
    const key = specsKey;
    if (!key) return;
    if (key === untrack(() => finished?.key)) {
      staleUpTo = asked; // a drag back to the figure on screen: runs still under way are moot
      return;
    }
    const mine = ++asked;
    const settings = untrack(liveLab);
    worker.run(JSON.parse(key), (outcome) => receive(key, mine, settings, outcome));
  });
  $effect(() => () => worker.terminate());

  /** The worker answered: the one place its results enter the page's state. */
  function receive(key: string, mine: number, settings: LabState, outcome: SimOutcome) {
    if (!outcome.results) {
      workerError = { key, error: outcome.error };
      return;
    }
    // an answer to settings older than those on screen, or moot, is dropped
    if (mine <= staleUpTo || mine <= (finished?.order ?? 0)) return;
    const halted = outcome.halted;
    finish({
      key,
      order: mine,
      results: outcome.results,
      panels: outcome.panels,
      halted,
      lab: labFor(settings, halted)
    });
  }

  const outcome = $derived.by((): EngineOutcome => {
    const f = finished;
    if (here?.error)
      return { results: [], error: here.error, halted: null, pending: false, run: f?.run ?? 0, panels: null };
    const error = offThread && workerError?.key === specsKey ? workerError.error : '';
    const pending = offThread && f?.key !== specsKey && !error;
    return {
      results: f?.results ?? [],
      error,
      halted: f?.halted ?? null,
      pending,
      run: f?.run ?? 0,
      panels: f?.panels ?? null
    };
  });

  // What the figures read: the settings of the run on screen, except the display-only fields
  // (view, colour range, bidirectional maps), which stay live. It is a new object only when one
  // of those or the run changes: while a worker run is pending, slider events change nothing
  // here, so nothing is redrawn (the heatmaps of n = 256, T = 5000 hold 3.8 million cells).
  const shownLab: LabState = $derived.by(() => {
    const base = finished?.lab ?? untrack(liveLab);
    return { ...base, view: lab.view, bidirectional: lab.bidirectional, decades: lab.decades };
  });
  const shownArchs: readonly Arch[] = $derived(shownLab.compare);

  return {
    /** the compared architectures and their specs, for the current settings */
    get archs() {
      return archs;
    },
    get specs() {
      return specs;
    },
    get outcome() {
      return outcome;
    },
    /** the state and architectures the results on screen belong to */
    get shownLab() {
      return shownLab;
    },
    get shownArchs() {
      return shownArchs;
    },
    get run() {
      return outcome.run;
    }
  };
}
