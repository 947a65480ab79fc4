// Messages of src/lib/training/ and of the training figures (figures/training-figures,
// training-flow, train-progress, trained-gates, sweep-figures). English: the source every other
// language is typed against. Numbers arrive as numbers where a language formats them itself (the
// English templates print them as the page always did), or already formatted as strings.

/** The training tasks, as the messages name them (a task the trainer adds fails the type check here). */
export type TrainingTask = 'adding' | 'latch';
/** A run's status (model/training-run.ts RunStatus). */
type Status = 'waiting' | 'running' | 'paused' | 'done' | 'error';

const STATUS: Record<Status, string> = {
  waiting: 'waiting',
  running: 'running',
  paused: 'paused',
  done: 'done',
  error: 'error'
};

export const training = {
  /** the Training view's own words (Training.svelte) */
  view: {
    controls: 'Training controls',
    task: 'Task',
    optimiser: 'Optimiser',
    sgdOption: (momentum: number) => `SGD, momentum ${momentum}`,
    preset: 'Preset:',
    start: (again: boolean, models: string) => `${again ? 'Restart' : 'Start'} training ${models}`,
    pause: 'Pause',
    resume: 'Resume',
    reset: 'Reset',
    chronoGates: (max: number) => `chrono forget gates up to ${max} steps`,
    forgetBias: (bias: number) => `forget bias ${bias}`,
    startNote: (hidden: number, radius: number, gates: string, batch: number) =>
      `Start trains the sidebar's network (${hidden} units, radius ${radius}, ${gates}) in batches of ${batch}, ` +
      'with a linear readout and the mean squared error.',
    forecastTail: '; while training, the time left is measured.',
    willRefuse: (why: string) => `Start will refuse: ${why}`,
    lossHeading: 'Evaluation loss',
    lossTitle: 'Evaluation loss against iteration',
    xTitle: 'training iteration',
    xName: 'iteration',
    lossY: 'mean squared error',
    accuracyHeading: 'Evaluation accuracy',
    accuracyTitle: 'Evaluation accuracy against iteration',
    accuracyY: 'fraction correct',
    gradHeading: 'Gradient norm before clipping',
    gradTitle: 'Gradient norm against iteration',
    clippedRow: 'iterations clipped',
    intro: 'Press Start to train the compared architectures side by side, each in a worker of its own.'
  },
  /** training/presets.ts */
  presets: {
    attentionVsLstm: {
      label: (T: number) => `Attention vs LSTM on the adding problem, T = ${T}`,
      about: (hidden: number, iterations: number, rate: number, clip: number, T: number) =>
        `Trains ${hidden} units of each for ${iterations} iterations (Adam ${rate}, clip ${clip}): ` +
        `attention reaches X₁ and X₂ in one step, the LSTM through up to ${T} steps of its forget gate.`
    }
  },
  /** a run's progress (figures/train-progress.ts) */
  progress: {
    status: STATUS,
    at: (done: number, total: number, share: number) => `iteration ${done} of ${total} (${share}%)`,
    spent: (duration: string) => `, ${duration} of training`,
    measuring: ', measuring the rate',
    computing: ', computing the figures of the trained network',
    left: (duration: string) => `, about ${duration} left`,
    paused: (at: string, spent: string, left: string | null) =>
      `paused at ${at}${spent}${left === null ? '' : `; ${left} left once resumed`}`,
    line: (status: Status, at: string, spent: string, eta: string) => `${STATUS[status]}, ${at}${spent}${eta}`
  },
  /** the runs' curves, status lines, settings and maps' notes (figures/training-figures.ts) */
  runs: {
    baseline: (loss: string) => `predicting the mean: ${loss}`,
    clippedAbove: (clip: number) => `clipped above ${clip}`,
    clippedCount: (name: string, clipped: number, total: number) =>
      `${name}: ${clipped} of ${total} iterations clipped`,
    dots: (label: string) => `${label} (dots)`,
    waiting: (name: string) => `${name}: waiting for a free core`,
    diverged: (name: string, at: number) =>
      `${name}: diverged at iteration ${at}: the loss overflowed and training stopped ` +
      '(lower the learning rate, or clip the gradient)',
    starting: (name: string) => `${name}: starting`,
    notSolved: 'not solved',
    solvedAt: (iteration: number) => `95% first reached at iteration ${iteration}`,
    doneIn: (iterations: number, seconds: number) => `done, ${iterations} iterations in ${seconds.toFixed(1)} s`,
    status: (name: string, where: string, loss: string, accuracy: string, solved: string, radius: string) =>
      `${name}: ${where}; evaluation loss ${loss}, accuracy ${accuracy}; ${solved}; ${radius}`,
    noMatrix: 'no recurrent matrix',
    notFinite: 'not finite',
    connectivityWhat: (_task: TrainingTask, firstMark: string, step: number, T: number) =>
      `${firstMark} (step ${step} of ${T})`,
    connectivityPart: (name: string, before: string, after: string) =>
      `${name} ${before} before training, ${after} after`,
    connectivityLatch:
      ' On the latch a falling dependence is no failure: a network that holds its bit in an attractor damps every ' +
      "perturbation of its state, the pulse's included (Bengio et al. 1994: robust memory, vanishing gradients).",
    connectivity: (what: string, parts: string[], latch: string) =>
      `How strongly the last state still depends on ${what}, relative to the last input: ` +
      `${parts.join('; ')}.${latch} White: as strong as an input's effect on its own step (the diagonal); ` +
      'blue: faded; grey: the future, exactly zero.',
    chronoOverride: (max: number) => ` (overridden: chrono init up to ${max} steps)`,
    recurrentSettings: (names: string, radius: number, bias: number, chrono: string) =>
      `${names} at radius ${radius}, forget bias ${bias}${chrono}`,
    attentionSettings: (names: string, heads: number, scale: number) =>
      `${names} with ${heads} head${heads === 1 ? '' : 's'}, position scale ${scale}`,
    windowSettings: (names: string, inputs: number) => `${names} of ${inputs} inputs`,
    sgd: (momentum: number) => `SGD (momentum ${momentum})`,
    settings: (
      hidden: number,
      models: string[],
      task: TrainingTask,
      T: number,
      optimiser: string,
      rate: number,
      clip: number,
      batch: number
    ) =>
      `On screen: ${hidden} units${models.length ? `; ${models.join('; ')}` : ''}; ` +
      `${task} at T = ${T}; ${optimiser} at rate ${rate}, ` +
      `clip ${clip || 'off'}, batches of ${batch}. Restart trains the settings above.`,
    noMapAttention: 'reads every input in one attention step',
    noMapWindow: 'reads only its last N inputs, through one layer',
    noState: 'has no state',
    noMapReason: (name: string, why: string) => `${name} ${why}`,
    mapsMissing: (names: string, reasons: string[]) =>
      `No map for ${names}: there is no recurrent state h_t, ` + `so no ‖∂h_t/∂x_s‖ (${reasons.join('; ')}).`,
    skippedDiverged: (name: string) => `${name}: it diverged, there is no trained network to map`,
    skippedSlow: (name: string, length: number, duration: string, max: number) =>
      `${name}: on its ${length}-step sequence the two maps are forecast at about ` +
      `${duration}, over the page's ${max} s (the work grows with T²; ` +
      'fewer units or a shorter T draw them)',
    mapsSkipped: (reasons: string[]) => `No connectivity map for ${reasons.join('; ')}.`
  },
  /** the gradient flow while learning (figures/training-flow.ts, TrainingFlows.svelte) */
  flow: {
    theState: 'the state',
    theEmbedding: "the position's embedding",
    theInput: 'the input',
    beyond: (k: number, window: number) => `exactly 0 (k = ${k}, beyond its window of ${window})`,
    below: (limit: string) => `below ${limit}`,
    lastRow: (length: number) => ` (the last row's has ${length})`,
    caption: (T: number, lengths: string, drawn: string, at: number, which: string, parts: string[]) =>
      `Task length T = ${T}: ${lengths}${drawn}. ` +
      'Dots: the marked inputs. At the last logged iteration (up to ' +
      `${at}) the gradient reaching the farthest one is, relative to the loss step${which}: ${parts.join('; ')}.`,
    heading: (what: string) => `The gradient flow while learning: ${what} by steps back`,
    note: (window: boolean) =>
      "One row per logged iteration, for its batch's first sequence; colour as in the lab's heatmaps, relative to " +
      'the loss step (blue: the gradient has shrunk before reaching that step; red: grown' +
      `${window ? '; grey: exactly zero, beyond the window' : ''}).`,
    mapTitle: (name: string) => `${name} gradient flow while training`,
    yLabel: 'iteration',
    gradient: 'gradient',
    barTitle: (what: string) => `${what} relative to the loss step`
  },
  /** the connectivity maps before and after training (TrainedMaps.svelte) */
  maps: {
    heading: 'Connectivity before and after training: ‖∂h_t/∂x_s‖ on the first evaluation sequence',
    untrained: 'untrained',
    trained: 'trained',
    figure: (name: string, which: string) => `${name}, ${which}`,
    mapTitle: (name: string, which: string) => `${name} connectivity, ${which}`,
    barTitle: 'relative to the diagonal',
    dots: "Dots: the inputs the target depends on, on the last state's row."
  },
  /** the forget gates a trained LSTM learned (figures/trained-gates.ts, TrainedGates, GateMap, MemoryChart) */
  gates: {
    unbounded: 'unbounded (every f rounds to 1)',
    steps: (text: string, _steps: number) => `${text} steps`,
    units: (k: number, n: number) => `${k} of ${n} unit${n === 1 ? '' : 's'}`,
    read: (units: string, longer: number, T: number, unit: number, memory: string, meanF: number) =>
      `${units} ${longer === 1 ? 'holds' : 'hold'} memory longer than the task length T = ${T}; ` +
      `the longest, unit ${unit}, ${memory}; mean f ${meanF.toFixed(3)}`,
    caption: (after: string, before: string, T: number) =>
      `After training, ${after}. Before training, ${before}. ` +
      `Along the cell highway a unit keeps about 1/e of a stored value over its memory length 1/(1 − mean f): ` +
      `dilution, the product of its forget gates; the paths through h can carry a mark further (the connectivity ` +
      `maps show all paths). f read on the first evaluation sequence, ${T} steps.`,
    heading: "The forget gates the LSTM learned: f by unit and step, and each unit's memory length",
    untrained: 'untrained',
    trained: 'trained',
    figure: (which: string) => `LSTM, ${which}`,
    mapTitle: (which: string) => `LSTM forget gates, ${which}`,
    barTitle: 'forget gate f',
    barLabel: 'colour scale of the forget gate f from 0 (dark blue) to 1 (yellow)',
    keep: '1 (keep)',
    erase: '0 (erase)',
    lengthsFigure: 'Memory length per unit, against the task length T',
    mapLabel: (title: string, rows: number, cols: number) =>
      `${title}: ${rows} units by ${cols} steps, colour from f = 0 to f = 1`,
    stepAxis: 'step t',
    unitAxis: 'unit',
    memoryAxis: 'memory length 1/(1 − mean f), steps',
    memoryLabel: (units: number, T: number) =>
      `memory length of each of ${units} units before and after training, log scale, against T = ${T}`
  },
  /** the length sweep (figures/sweep-figures.ts, LengthSweep.svelte) */
  sweep: {
    rnnClipped: (clip: number) => `RNN, clipped at ${clip}`,
    rnnFree: 'RNN, no clipping',
    cell: (solved: number, finished: number, T: number) => `${solved} of ${finished} at T = ${T}`,
    series: (label: string, cells: string[]) => `${label}: ${cells.length ? cells.join(', ') : 'none finished yet'}`,
    coincide: (labels: string, everyLength: boolean) =>
      ` ${labels} coincide at every length${everyLength ? '' : ' finished so far'} ` +
      '(each drawn narrower over the one before).',
    caption: (budget: number, parts: string[], same: string, done: number, total: number) =>
      `Solved (95% accuracy) within ${budget} iterations: ${parts.join('; ')}.${same} ` +
      `${done} of ${total} runs done.`,
    chrono: (max: number) => `chrono init to ${max}`,
    forgetBias: (bias: number) => `forget bias ${bias}`,
    updateBias: (bias: number) => `update bias ${bias}`,
    settings: (
      archs: string,
      hidden: number,
      gates: string[],
      task: TrainingTask,
      lengths: number[],
      seeds: number,
      iterations: number,
      optimiser: string,
      rate: number,
      clip: number,
      batch: number
    ) =>
      `${archs}, ${hidden} units${gates.map((g) => `, ${g}`).join('')}, ${task} at T = ${lengths.join(', ')}, ` +
      `${seeds} seed${seeds === 1 ? '' : 's'} ` +
      `each, ${iterations} iterations, ${optimiser} at rate ${rate}, clip ${clip || 'off'}, ` +
      `batches of ${batch}`,
    fileNote: (name: string, runs: number, settings: string) =>
      `Showing the file ${name}: ${runs} run${runs === 1 ? '' : 's'} trained by the ` +
      `command line (${settings}), not the controls below.`,
    staleNote: (settings: string) =>
      `This chart shows the sweep started earlier (${settings}); the controls ` +
      'have changed since: run the length sweep again to train them.',
    section: 'Success against sequence length',
    heading: (_task: TrainingTask, name: string) =>
      `Success against sequence length (Bengio et al.'s question, on ${name})`,
    chartTitle: 'Fraction of runs solved against sequence length',
    xTitle: 'sequence length T',
    yTitle: 'fraction solved',
    rnnAgainClipped: (clip: number) => `clipped at ${clip}`,
    rnnAgainFree: 'without clipping',
    /** the note beside Run, in two parts around the command that trains a sweep file */
    note: (lengths: number[], seeds: number, rnnAgain: string | null) =>
      `T = ${lengths.join(', ')}, ${seeds} seed${seeds === 1 ? '' : 's'} each, the ` +
      `Iterations above${rnnAgain !== null ? `, and the RNN again ${rnnAgain}` : ''}; runs fill in as they ` +
      'finish. A sweep file from ',
    noteEnd: ' can be dropped here.',
    lengths: 'Lengths T',
    lengthsHelp: (min: number) => `${min} to 1000, up to 8, commas between`,
    kept: (problem: string, kept: string) => `${problem}; kept ${kept}`,
    openFile: 'Open a sweep file…',
    run: (cost: string) => `Run the length sweep: ${cost}`,
    cancel: 'Cancel the sweep',
    closeFile: (hasRuns: boolean) => `Close the file${hasRuns ? ' and show the page’s sweep' : ''}`
  }
};
