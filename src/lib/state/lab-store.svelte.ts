// The page's one owner of state. Controls write through set(); the store keeps the URL in
// step, runs the engine (main thread or worker), the phase sweeps and the connectivity maps,
// and exposes `shown`: the settings and the results that belong to them, one snapshot.
// Views render `shown` and call set(); they hold no worker clients and compute no physics.
import { markInput, perf } from '../perf';
import { nonlinearity } from '../sim/nonlinearity';
import { formulaParserLoaded, loadFormulaParser, needsFormulaParser } from '../sim/formula-parser';
import { heatmapPanels, lineCurves, relabelPanels, SCREEN_COLUMNS } from '../figures/figure-data';
import { theoryFor, type Shown } from '../figures/shown';
import { resultShares } from '../figures/weight-shares';
import { TOUR } from '../tour/tour';
import { circle } from '../model/eigen-presets';
import { engineRuns } from './engine-runs.svelte';
import { clampHeads, DEFAULT_STATE, fieldInUse, hiddenUnits, type LabState } from '../model/lab-state';
import { phaseMaps } from './phase-maps.svelte';
import { connectivityMaps } from './connectivity-maps.svelte';
import { latchGrid, latchShown } from './latch-view.svelte';
import type { LatchShown } from '../model/latch-figures';
import { trainingRuns } from './training.svelte';
import { lengthSweep } from './length-sweep.svelte';
import { stateToQuery } from '../model/url-state';
import { readUrl, syncUrl } from './url-sync.svelte';
import {
  getLocale,
  integer,
  isLocale,
  localNumber,
  LOCALE_STORAGE_KEY,
  msg,
  setLocale,
  type Locale
} from '../i18n/index';

/** What the page is: the whole lab, or one figure embedded in another page's frame (src/lib/embed/). */
export interface StoreOptions {
  /** an embedded figure: no history writes and no back/forward handling (the host page owns its history) */
  embedded?: boolean;
  /**
   * The background maps computed for the view on screen (all by default); an embedded figure
   * computes only its own, so that six frames on one page do not run six phase sweeps.
   */
  background?: { phases?: boolean; connectivity?: boolean; latchGrid?: boolean };
}

/** Call during the root component's initialisation: it sets up effects, workers and listeners. */
export function createLabStore(search: string, options: StoreOptions = {}) {
  const initial = readUrl(search);
  const lab = $state<LabState>(initial.state);
  let notices = $state<string[]>(initial.notices);
  /** the address the notices were read from: a new language says them again, in it */
  let noticesFrom = search;
  let tourIndex = $state(initial.tour);
  // the language is set before the page mounts (main.ts); the switch changes it here, and the
  // page re-renders under it ({#key} in App.svelte): every caption is rebuilt in the new language
  let lang = $state<Locale>(getLocale());
  function setLang(next: Locale) {
    setLocale(next);
    lang = next;
    if (notices.length) notices = readUrl(noticesFrom).notices;
    document.documentElement.lang = next;
    try {
      localStorage.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // storage refused (private mode, a sandboxed frame): the link still carries the language
    }
  }

  // ---- writing ----
  let continuous = false;
  let pushNext = false;
  /** counts choices of the nonlinearity: a formula parser that loads late applies only the latest */
  let activationRequest = 0;
  /** why the last choice of a control could not be carried out (mathjs did not load), '' if none */
  let controlProblem = $state('');
  /** the heads moved to divide a new hidden size: said until the next change */
  let headsNote = $state('');
  /** A control changed; continuous: a slider or a drag (many events a second). */
  function set<K extends keyof LabState>(key: K, value: LabState[K], isContinuous = false) {
    if (key === 'activation') {
      activationRequest++;
      controlProblem = '';
    }
    if (key === 'activation' && value === 'custom' && !formulaParserLoaded()) {
      // mathjs loads on the first custom formula (sim/formula-parser.ts); a choice made while
      // it loads wins over this one
      const request = activationRequest;
      loadFormulaParser().then(
        () => {
          perf.parserLoadedAt = performance.now();
          if (request === activationRequest) set(key, value, isContinuous);
        },
        () => {
          if (request !== activationRequest) return;
          controlProblem = msg().state.parserUnloaded(msg().controls.activations[lab.activation]);
        }
      );
      return;
    }
    markInput();
    headsNote = '';
    continuous = isContinuous;
    // choosing "my eigenvalues" starts from the matrix a student was just looking at
    if (key === 'init' && value === 'eigenvalues' && lab.eigenvalues.length === 0) {
      lab.eigenvalues = circle(lab.hidden, Math.min(lab.radius, 2));
    }
    lab[key] = value;
    keepHeadsDividing();
  }
  /** A new hidden size (or set of eigenvalues) can leave the heads not dividing it: the most that do. */
  function keepHeadsDividing() {
    const fit = clampHeads(lab.heads, lab.heads, hiddenUnits(lab));
    if (fit.value === lab.heads) return;
    lab.heads = fit.value;
    if (fieldInUse(lab, 'heads')) headsNote = `${fit.message}.`;
  }
  function goTour(i: number) {
    if (i < 0 || i >= TOUR.length) return;
    pushNext = true;
    continuous = false;
    markInput();
    const leaving = tourIndex >= 0 ? TOUR[tourIndex] : null;
    Object.assign(lab, { ...DEFAULT_STATE, decades: lab.decades, ...TOUR[i].state });
    tourIndex = i;
    if (TOUR[i].train) startTraining();
    else if (leaving?.train) training.reset(); // its runs belong to that step
  }

  // ---- the address bar ----
  const query = $derived(
    stateToQuery(lab, {
      ...(tourIndex >= 0 ? { tour: String(tourIndex + 1) } : {}),
      ...(lang !== 'en' ? { lang } : {})
    })
  );
  // embedded (options.embedded): the frame's address is the embed code's, never rewritten
  if (!options.embedded)
    syncUrl(
      () => query,
      () => continuous,
      () => {
        const p = pushNext;
        pushNext = false;
        return p;
      }
    );
  $effect(() => {
    if (options.embedded) return;
    const onPop = (_: unknown, loadTried = false) => {
      if (!loadTried && needsFormulaParser(location.search) && !formulaParserLoaded()) {
        loadFormulaParser().finally(() => onPop(null, true));
        return;
      }
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once here, never stored
      const linked = new URLSearchParams(location.search).get('lang');
      const wanted = isLocale(linked) ? linked : 'en';
      if (wanted !== lang) setLang(wanted);
      const read = readUrl(location.search);
      Object.assign(lab, read.state);
      notices = read.notices;
      noticesFrom = location.search;
      tourIndex = read.tour;
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  });

  // ---- the engine, and what is on screen ----
  const engine = engineRuns(lab);
  // One derived per piece: each recomputes only when what it reads is a new value. While a
  // worker run is pending, slider events change nothing here, so nothing is redrawn (the
  // heatmaps of n = 256, T = 5000 hold 3.8 million cells).
  const results = $derived(engine.outcome.results);
  const shownLab = $derived(engine.shownLab);
  // a worker run brings its panels; a main-thread run's are built here, averaged for the screen
  const workerPanels = $derived(engine.outcome.panels);
  // titles and labels are words: a new language renames them (a worker's panels came in the
  // language of their request)
  const panels = $derived.by(() => {
    void lang;
    return relabelPanels(workerPanels ?? heatmapPanels(results, SCREEN_COLUMNS));
  });
  const curves = $derived.by(() => {
    void lang;
    return lineCurves(results, shownLab);
  });
  const shares = $derived(resultShares(results));
  const theory = $derived(theoryFor(shownLab));
  const shown: Shown = $derived({
    lab: shownLab,
    archs: engine.shownArchs,
    results,
    panels,
    curves,
    shares,
    theory,
    run: engine.run
  });

  // ---- background maps, for the view on screen ----
  // A worker run under way gets the CPU first: the background maps wait for its results.
  const idle = () => !engine.outcome.pending;
  const phases = phaseMaps(() => {
    const s = shown;
    if (options.background?.phases === false) return null;
    return s.lab.view === 'gradients' && idle() ? { lab: s.lab, archs: s.archs, radius: s.theory.radius } : null;
  });
  const connectivity = connectivityMaps(() =>
    shown.lab.view === 'explorer' && idle() && options.background?.connectivity !== false
      ? { lab: shown.lab, archs: shown.archs }
      : null
  );

  // ---- the latch: its own small engine, run at once on the live settings ----
  const latch = $derived.by((): { shown: LatchShown | null; error: string } => {
    if (lab.view !== 'latch') return { shown: null, error: '' };
    try {
      return { shown: latchShown(lab), error: '' };
    } catch (e) {
      return { shown: null, error: (e as Error).message };
    }
  });
  const grid = latchGrid(() => (lab.view === 'latch' && options.background?.latchGrid !== false ? lab : null));

  // ---- training: runs in workers, started and stopped by the lecturer ----
  const training = trainingRuns();
  /** trains the compared architectures with the live settings (a plain copy: it goes to workers) */
  const startTraining = () => training.start($state.snapshot(lab) as LabState, engine.archs);
  // the length sweep: a pool of runs of its own, or a sweep file the CLI wrote
  const sweep = lengthSweep(
    () => $state.snapshot(lab) as LabState,
    () => engine.archs
  );
  // a link to a training step of the tour trains as entering the step does
  if (tourIndex >= 0 && TOUR[tourIndex].train) queueMicrotask(startTraining);

  return {
    /** the live settings: what the controls show */
    lab,
    set,
    goTour,
    exitTour: () => (tourIndex = -1),
    dismissNotices: () => (notices = []),
    get notices() {
      return notices;
    },
    get tourIndex() {
      return tourIndex;
    },
    /** the page's language; setLang switches it and remembers the choice */
    get lang() {
      return lang;
    },
    setLang,
    get query() {
      return query;
    },
    /** the settings and results on screen */
    get shown() {
      return shown;
    },
    /** the engine's reading of the live formula (derivative, gamma), when phi is custom */
    get formula() {
      return lab.activation === 'custom' ? nonlinearity(lab.formula) : null;
    },
    /** the engine's message for the current settings, '' if none */
    get engineError() {
      return engine.outcome.error;
    },
    /** where a custom phi left doubles in the run on screen (its results stop before), or null */
    get halted() {
      return engine.outcome.halted;
    },
    get controlProblem() {
      return [controlProblem, headsNote].filter(Boolean).join(' ');
    },
    /** what a worker run under way computes, '' when none is */
    get computing() {
      return engine.outcome.pending
        ? msg().state.computing(localNumber(String(engine.specs[0].hidden)), integer(lab.steps))
        : '';
    },
    get phases() {
      return phases.current;
    },
    get connectivity() {
      return connectivity.current;
    },
    /** the latch view's trajectories, gradients and fixed points (null off the latch view) */
    get latch() {
      return latch.shown;
    },
    get latchError() {
      return latch.error;
    },
    get latchGrid() {
      return grid.current;
    },
    /** the training runs: start trains the compared architectures with the live settings */
    training: {
      start: startTraining,
      pause: training.pause,
      resume: training.resume,
      reset: training.reset,
      get runs() {
        return training.runs;
      },
      get problem() {
        return training.problem;
      }
    },
    /** the success-against-length sweep: every compared architecture at each length, several seeds */
    sweep
  };
}

export type LabStore = ReturnType<typeof createLabStore>;
