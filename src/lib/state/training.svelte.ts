// The training runs on the page: one worker per compared architecture, at most as many at once
// as the machine has cores (the rest wait their turn), each streaming its history entries.
// Start validates the specs first (a field out of range says so and starts nothing); pause,
// resume and reset act on every run. The runs keep the settings they started with: moving a
// slider afterwards changes the next run, not this one.
import { isRecurrent, type Arch } from '../sim/spec';
import { runsOf, validateTrainSpec, type RunSpec } from '../sim/train/train-spec';
import { TrainClient } from '../worker/train-client';
import { trainSpecFor, type LabState } from '../model/lab-state';
import type { TrainingRun } from '../model/training-run';
import { trainBudgetProblem } from '../model/train-budget';
import { msg } from '../i18n/index';

// One pool of cores for every set of runs on the page (the runs and the length sweep): a run
// takes a slot when it starts and gives it back when it ends or is reset; every set is then
// offered the freed slot.
export const CORES = Math.max(1, typeof navigator === 'object' ? navigator.hardwareConcurrency || 2 : 2);
let slotsTaken = 0;
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a registry of callbacks, never rendered
const schedulers = new Set<() => void>();
const freeSlot = () => {
  slotsTaken = Math.max(0, slotsTaken - 1);
  for (const s of schedulers) s();
};

/**
 * Call during component initialisation. `maps`: whether finished runs bring their connectivity
 * maps before and after (the view's runs do; the length sweep's are never shown).
 */
export function trainingRuns({ maps = true }: { maps?: boolean } = {}) {
  let runs = $state.raw<TrainingRun[]>([]);
  let problem = $state('');
  let clients: TrainClient[] = [];

  const update = (i: number, change: (r: TrainingRun) => Partial<TrainingRun>) => {
    runs = runs.map((r, k) => (k === i ? { ...r, ...change(r) } : r));
  };

  /** Starts waiting runs while the page's pool has a free core. */
  function schedule() {
    runs.forEach((r, i) => {
      if (r.status !== 'waiting' || slotsTaken >= CORES) return;
      slotsTaken++;
      update(i, () => ({ status: 'running' }));
      // the maps are ||dh_t/dx_s|| of a recurrent state (net-connectivity.ts): attention and the
      // window have none, and their runs say so on the page (training-figures.ts mapsMissingNote)
      clients[i].start(r.spec, maps && isRecurrent(r.spec.arch), {
        entry: (e) => update(i, (x) => ({ history: [...x.history, e] })),
        progress: (progress) => update(i, () => ({ progress })),
        done: (d, connectivity, gates) => {
          update(i, () => ({
            status: 'done',
            solvedAt: d.solvedAt,
            divergedAt: d.divergedAt,
            seconds: d.seconds,
            connectivity,
            gates
          }));
          freeSlot();
        },
        error: (message) => {
          update(i, () => ({ status: 'error', error: message }));
          freeSlot();
        }
      });
    });
  }
  schedulers.add(schedule);

  function reset() {
    const held = runs.filter((r) => r.status === 'running' || r.status === 'paused').length;
    clients.forEach((c) => c.stop());
    clients = [];
    runs = [];
    problem = '';
    for (let k = 0; k < held; k++) freeSlot();
  }

  function start(lab: LabState, archs: readonly Arch[]) {
    // the page's bound on a run (train-budget.ts): refused before anything starts, naming what fits
    const over = trainBudgetProblem(lab, archs);
    if (over) {
      reset();
      problem = msg().state.trainRefused(over);
      return;
    }
    startSpecs(archs.map((arch) => trainSpecFor(lab, arch)));
  }

  /** Trains each of these specs (validated first: one refused, none starts). */
  function startSpecs(inputs: Record<string, unknown>[]) {
    reset();
    let specs: RunSpec[];
    try {
      specs = inputs.map((input) => runsOf(validateTrainSpec(input))[0]);
    } catch (e) {
      problem = msg().state.trainRefused((e as Error).message);
      return;
    }
    clients = specs.map(() => new TrainClient());
    runs = specs.map((spec) => ({
      arch: spec.arch,
      spec,
      history: [],
      status: 'waiting',
      solvedAt: null,
      divergedAt: null,
      seconds: 0,
      error: '',
      connectivity: null,
      gates: null
    }));
    schedule();
  }

  function pause() {
    runs.forEach((r, i) => {
      if (r.status !== 'running') return;
      clients[i].pause();
      update(i, () => ({ status: 'paused' }));
    });
  }

  function resume() {
    runs.forEach((r, i) => {
      if (r.status !== 'paused') return;
      clients[i].resume();
      update(i, () => ({ status: 'running' }));
    });
  }

  $effect(() => () => {
    reset();
    schedulers.delete(schedule);
  });

  return {
    start,
    startSpecs,
    pause,
    resume,
    reset,
    get runs() {
      return runs;
    },
    /** why the last start was refused, '' if it was not */
    get problem() {
      return problem;
    }
  };
}
