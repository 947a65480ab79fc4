// Where the engine runs, and what the figures show. The usual sizes run on the main thread
// and redraw within the input event; runs forecast to be long (sim/cost.ts: n = 256, T = 5000
// takes over a second) go to the simulation worker, so sliders stay live. Until a worker run
// arrives the figures keep the last finished one, and read the settings it was made with.
import { untrack } from 'svelte';
import { simulate, type SimResult } from '../sim/index';
import { runsOffThread } from '../sim/cost';
import type { Arch } from '../sim/spec';
import { SimClient, type SimOutcome } from '../worker/sim-client';
import type { HeatmapPanel } from '../figures/figure-data';
import { COMPARISONS, specFor, type LabState } from './lab-state';

export interface EngineOutcome {
  results: SimResult[];
  /** the engine's message when the newest run failed ('' otherwise); the results are then the last good ones */
  error: string;
  /** a worker run for the current settings is under way */
  pending: boolean;
  /** the sequence number of the run on screen: it increases with every finished run */
  run: number;
  /** the heatmap panels of a worker run, built there; null for a main-thread run */
  panels: HeatmapPanel[] | null;
}

/** Call during a component's initialisation: it sets up effects and a worker. */
export function engineRuns(lab: LabState) {
  const archs: readonly Arch[] = $derived(COMPARISONS[lab.compare]);
  const specs = $derived(archs.map((arch) => specFor(lab, arch)));
  const offThread = $derived(runsOffThread(specs));
  const specsKey = $derived(offThread ? JSON.stringify(specs) : '');
  const simClient = new SimClient();
  let answer = $state.raw<{ key: string; seq: number; outcome: SimOutcome; lab: LabState } | null>(null);
  // What is on screen: the last good results (kept if a run ever fails, and while a worker run
  // is under way), the state they were computed for, their specs (shownKey: '' for
  // main-thread sizes) and the sequence number of the run that made them.
  let lastGood: SimResult[] = [];
  let lastPanels: HeatmapPanel[] | null = null;
  let lastLab: LabState = untrack(() => $state.snapshot(lab));
  let shownKey = '';
  let shownSeq = 0;
  let seq = 0;
  /** answers to requests up to this one are stale (the settings came back to what is shown) */
  let staleUpTo = 0;

  $effect(() => {
    const key = specsKey;
    if (!key) return;
    if (key === shownKey) {
      staleUpTo = seq; // a drag back to the figure on screen: runs still under way are moot
      return;
    }
    const mine = ++seq;
    const asked = untrack(() => $state.snapshot(lab));
    simClient.run(JSON.parse(key), (outcome) => (answer = { key, seq: mine, outcome, lab: asked }));
  });
  $effect(() => () => simClient.terminate());

  const outcome = $derived.by((): EngineOutcome => {
    // the first view runs here however long it takes: there is nothing on screen to keep live yet
    if (offThread && lastGood.length > 0) {
      const a = answer;
      if (a && a.seq > shownSeq && a.seq > staleUpTo && a.outcome.results) {
        lastGood = a.outcome.results;
        lastPanels = a.outcome.panels;
        lastLab = a.lab;
        shownKey = a.key;
        shownSeq = a.seq;
      }
      const error = a?.key === specsKey ? a.outcome.error : '';
      return { results: lastGood, error, pending: shownKey !== specsKey && !error, run: shownSeq, panels: lastPanels };
    }
    try {
      lastGood = specs.map((spec) => simulate(spec));
      lastPanels = null;
      lastLab = untrack(() => $state.snapshot(lab));
      shownKey = specsKey;
      shownSeq = ++seq;
      return { results: lastGood, error: '', pending: false, run: shownSeq, panels: null };
    } catch (e) {
      return { results: lastGood, error: (e as Error).message, pending: false, run: shownSeq, panels: lastPanels };
    }
  });

  // What the figures read: the live state, except that while a worker run is under way the
  // engine's fields are those of the results on screen, so no caption pairs new settings with
  // old numbers; display-only fields (view, colour range) stay live. While pending it is the
  // same object for as long as nothing it holds changes: a new one would redraw every figure
  // (3.8 million heatmap cells at n = 256, T = 5000) on each slider event.
  let pendingLab: { from: LabState; lab: LabState } | null = null;
  const shownLab: LabState = $derived.by(() => {
    // after a failed run the figures keep the last good results, and so the settings they had
    if (!outcome.pending && !outcome.error) return lab;
    const { view, bidirectional, decades } = lab;
    const p = pendingLab;
    if (
      p &&
      p.from === lastLab &&
      p.lab.view === view &&
      p.lab.bidirectional === bidirectional &&
      p.lab.decades === decades
    )
      return p.lab;
    pendingLab = { from: lastLab, lab: { ...lastLab, view, bidirectional, decades } };
    return pendingLab.lab;
  });
  const shownArchs: readonly Arch[] = $derived(COMPARISONS[shownLab.compare]);

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
