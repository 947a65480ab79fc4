// The length sweep on the page: its runs (a pool of training runs of their own, without maps),
// the forecast that refuses a sweep beyond the page's bound before anything starts
// (model/length-sweep.ts), and a sweep file the CLI wrote, opened to show its chart in place of
// the page's runs (model/sweep-file.ts). A bad file gets a message naming what is wrong and
// changes nothing else: the runs, the file on screen and the controls stay as they were.
import type { Arch } from '../sim/spec';
import type { LabState } from '../model/lab-state';
import type { TrainingRun } from '../model/training-run';
import { runSpeed, sweepPlan } from '../model/length-sweep';
import { MAX_SWEEP_FILE_BYTES, readSweepFile, type SweepFile } from '../model/sweep-file';
import { CORES, trainingRuns } from './training.svelte';
import { runLengths } from '../figures/sweep-figures';
import { integer, msg } from '../i18n/index';

/** A sweep file on screen: its name as the lecturer's disk has it, and its runs. */
export interface OpenedSweep {
  name: string;
  sweep: SweepFile;
}

/** Call during component initialisation. `lab` and `archs` give the live settings when Start is pressed. */
export function lengthSweep(lab: () => LabState, archs: () => readonly Arch[]) {
  const runs = trainingRuns({ maps: false });
  let refused = $state('');
  let file = $state.raw<OpenedSweep | null>(null);
  let fileProblem = $state('');
  let reading = 0; // a newer file supersedes one still being read
  // this machine's seconds per forecast second, from the last sweep whose runs were long enough to time
  let remembered = 1;
  const speed = () => {
    const s = runSpeed(runs.runs);
    if (s !== 1) remembered = s;
    return remembered;
  };

  /** Starts the sweep the settings ask for, unless its forecast or a run's field refuses it. */
  function start() {
    const plan = sweepPlan(lab(), archs(), CORES, speed());
    fileProblem = '';
    if (plan.problem) {
      refused = plan.problem;
      return;
    }
    refused = '';
    file = null; // the page's own runs now fill the chart
    runs.startSpecs(plan.specs);
  }

  function cancel() {
    runs.reset();
    refused = '';
  }

  /** Reads a file the CLI wrote; shows its sweep, or says what is wrong and keeps everything else. */
  async function open(f: File) {
    const id = ++reading;
    const named = (message: string) => msg().state.fileNamed(f.name, message);
    const m = msg().model.sweepFile;
    if (f.size > MAX_SWEEP_FILE_BYTES) {
      fileProblem = named(m.prefix(m.tooLargeBytes(integer(MAX_SWEEP_FILE_BYTES / 2 ** 20), integer(f.size))));
      return;
    }
    let text: string;
    try {
      text = await f.text();
    } catch (e) {
      if (id === reading) fileProblem = named(m.prefix(m.unread((e as Error).message)));
      return;
    }
    if (id !== reading) return;
    const read = readSweepFile(text);
    if (!read.ok) {
      fileProblem = named(read.error);
      return;
    }
    fileProblem = '';
    file = { name: f.name, sweep: read.sweep };
  }

  return {
    start,
    cancel,
    open,
    /** back to the page's own runs */
    closeFile: () => {
      file = null;
      fileProblem = '';
    },
    get runs() {
      return runs.runs;
    },
    /** this machine's seconds per forecast second (model/length-sweep.ts runSpeed), 1 until runs have timed it */
    get speed() {
      return speed();
    },
    /** why the last start was refused, '' if it was not */
    get problem() {
      return refused || runs.problem;
    },
    /** what the chart shows: the file's runs when one is open, else the page's, at the lengths they trained */
    get shown(): { runs: TrainingRun[]; lengths: number[] } {
      if (file) return { runs: file.sweep.runs, lengths: file.sweep.lengths };
      return { runs: runs.runs, lengths: runLengths(runs.runs) };
    },
    /** the sweep file on screen, or null */
    get file() {
      return file;
    },
    /** why the last file opened was refused, '' if it was not */
    get fileProblem() {
      return fileProblem;
    }
  };
}

export type LengthSweep = ReturnType<typeof lengthSweep>;
