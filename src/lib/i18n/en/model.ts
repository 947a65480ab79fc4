// Messages of src/lib/model/ (English: the source every other language is typed against).
// Numbers arrive already written in the page's language (i18n/numbers.ts); URL keys (steps,
// compare, eig...) and the text a link gave stay as they are: they are what a person types.
export const model = {
  /** the visible name of each numeric field (model/lab-state.ts FIELDS) */
  fields: {
    steps: 'Sequence length',
    radius: 'Spectral radius',
    forgetBias: 'Forget bias',
    updateBias: 'Update bias',
    hidden: 'Hidden size',
    inputScale: 'Input scale',
    seed: 'Seed',
    decades: 'Colour range',
    condition: 'Non-normality',
    chronoMax: 'Chrono T_max',
    heads: 'Attention heads',
    positionScale: 'Position scale',
    window: 'Window N',
    latchW: 'Weight w',
    latchNoise: 'Noise σ',
    latchPulse: 'Pulse size',
    latchLength: 'Pulse steps L',
    latchSteps: 'Steps T',
    trainSteps: 'Task length T',
    trainIterations: 'Iterations',
    trainRate: 'Learning rate',
    trainClip: 'Clip norm (0: off)',
    sweepSeeds: 'Seeds per length'
  },
  /** "1 step", "100 steps" */
  steps: (n: number, text: string) => `${text} step${n === 1 ? '' : 's'}`,
  /** the same after a preposition that governs the genitive in Russian ("после 2 шагов"); English: as steps */
  stepsGenitive: (n: number, text: string) => `${text} step${n === 1 ? '' : 's'}`,
  /** "RNN vs LSTM vs Attention" */
  compareLabel: (labels: readonly string[]) => labels.join(' vs '),
  /** a typed or linked number out of its field's rule (clampField) */
  clamp: {
    allowed: (integer: boolean, lo: string, hi: string) => `${integer ? 'an integer' : 'a number'} from ${lo} to ${hi}`,
    empty: 'that was not a number',
    notNumber: (shown: string) => `"${shown}" is not a number`,
    kept: (label: string, allowed: string, what: string, previous: string) =>
      `${label}: must be ${allowed}; ${what}, kept ${previous}`,
    set: (label: string, allowed: string, shown: string, value: string) =>
      `${label}: must be ${allowed}; ${shown} was set to ${value}`,
    heads: (label: string, lo: string, hi: string, n: string, shown: string, value: string) =>
      `${label}: must be an integer from ${lo} to ${hi} that divides the hidden size (${n}); ` +
      `${shown} was set to ${value}`
  },
  /** why a list of names is not a set the page can compare (compareProblem) */
  compare: {
    unknown: (name: string) => `${name} is not an architecture`,
    twice: (name: string) => `${name} is named twice`,
    none: 'no architecture was named',
    tooMany: (n: string) => `${n} architectures were named`,
    rule: (most: string, archs: string, given: string, problem: string) =>
      `compare: must be 1 to ${most} different architectures from ${archs}, separated by commas ` +
      `(for example rnn,lstm,attention), got ${given}: ${problem}`
  },
  /** what a link's field was repaired to (url-state.ts): the key first, as the link has it */
  url: {
    eigFormat: (given: string) =>
      `eig: each eigenvalue must be written re:im (for example 0.9:0.3), got ${given}; kept the previous eigenvalues`,
    eigRange: (limit: string, given: string) =>
      `eig: real and imaginary parts must be from -${limit} to ${limit}, got ${given}; clamped`,
    eigCount: (most: string, given: string) =>
      `eig: at most ${most} eigenvalues (one per hidden unit), got ${given}; kept the previous eigenvalues`,
    eigMissing: (key: string) => `${key}: init "eigenvalues" needs eigenvalues (${key}=re:im,...); using orthogonal`,
    repeated: (notice: string, times: number) => `${notice} (${times} times)`,
    more: (n: number) => `and ${n} more problems in the address, not listed`,
    unknownKey: (key: string, known: string) => `${key} is not a lab setting and was ignored (settings: ${known})`,
    formula: (problem: string, given: string, kept: string) => `formula: ${problem}, got ${given}; kept ${kept}`,
    oneOf: (key: string, allowed: string, given: string, kept: string) =>
      `${key}: must be one of ${allowed}, got ${given}; kept ${kept}`,
    trueOrFalse: (key: string, given: string, kept: string) =>
      `${key}: must be true or false, got ${given}; kept ${kept}`,
    /** a notice, then what the field kept */
    kept: (notice: string, kept: string) => `${notice}; kept ${kept}`,
    /** the engine's notice, then what the field was set to */
    setTo: (notice: string, value: string) => `${notice}; set to ${value}`
  },
  /** the explorer's eigenvalue presets (model/eigen-presets.ts) */
  presets: {
    circle: 'all on one circle (0.9)',
    rotation: 'rotation: a pair on the unit circle',
    slow: 'one slow mode (0.99) among small ones',
    mixed: 'mixed: inside and outside the circle',
    nonNormal: 'non-normal: all inside, skewed basis'
  },
  /** the length sweep's list of lengths and its cost (model/length-sweep.ts) */
  sweep: {
    notNumber: (shown: string) => `${shown} is not a number`,
    notInteger: (token: string) => `${token} is not an integer`,
    outside: (token: string, lo: string, hi: string) => `${token} is outside ${lo} to ${hi}`,
    rule: (field: string, most: string, lo: string, hi: string, given: string, why: string) =>
      `${field}: must be 1 to ${most} lengths, each an integer from ${lo} to ${hi}, separated by commas ` +
      `(for example 20,100,500), got ${given}: ${why}`,
    none: 'no length was given',
    tooMany: (n: string) => `${n} different lengths were given`,
    refused: (problem: string) => `Cannot run the sweep with these settings: ${problem}`,
    overBound: (runs: number, time: string, cores: number, bound: string) =>
      `Length sweep: ${runs} runs would take about ${time} on ${cores} ` +
      `core${cores === 1 ? '' : 's'}, over the page's bound of ${bound}: choose fewer ` +
      `or shorter lengths, fewer seeds or iterations, or run it overnight with \`npm run --silent train -- ` +
      `SWEEP.json > sweep.json\` and open that file here.`,
    runs: (n: number, iterations: string) => `${n} run${n === 1 ? '' : 's'} of ${iterations} iterations`,
    cores: (n: number) => `${n} core${n === 1 ? '' : 's'}`,
    cost: (runs: string, time: string, cores: string) => `${runs}, about ${time} on this machine (${cores})`
  },
  /** a sweep file's problems (model/sweep-file.ts), after "sweep file: " */
  sweepFile: {
    prefix: (problem: string) => `sweep file: ${problem}`,
    tooLarge: (mb: string) => `must be at most ${mb} MB, got more`,
    tooLargeBytes: (mb: string, bytes: string) => `must be at most ${mb} MB, got ${bytes} bytes`,
    unread: (why: string) => `could not be read (${why})`,
    notJson: (why: string) => `must be JSON (${why})`,
    number: 'must be a number',
    accuracy: 'must be a number from 0 to 1',
    accuracyMax: 'must be from 0 to 1',
    boolean: (yes: string, no: string) => `must be ${yes} or ${no}`,
    entry: (fields: string) => `must be a history entry ${fields}`,
    runSpec: 'must be the run spec the CLI printed',
    history: 'must be an array of history entries',
    seconds: 'must be a number of seconds',
    run: (fields: string) => `must be a run result ${fields}`,
    runs: 'must be an array of runs',
    sweep: (command: string, fields: string) => `must be the JSON object ${command} prints: ${fields} or one run`,
    noRuns: (field: string) => `${field}: must hold at least one run, got []`,
    tooManyEntries: (most: string, given: string) => `runs: must hold at most ${most} entries, got ${given}`,
    oneLength: "must be one run's length (a number)"
  },
  /** the training view's budget and forecasts (model/train-budget.ts) */
  budget: {
    underOne: 'under 1 s',
    seconds: (s: string) => `${s} s`,
    minutes: (min: string, s: string | null) => `${min} min${s !== null ? ` ${s} s` : ''}`,
    hours: (h: string, min: string | null) => `${h} h${min !== null ? ` ${min} min` : ''}`,
    exactly: (n: number) => `sequences of exactly ${n} steps`,
    between: (lo: number, hi: number) => `sequences of ${lo} to ${hi} steps`,
    fits: (fit: string, T: string, units: string) =>
      `must be at most ${fit} at task length T = ${T} with ${units} units`,
    noFit: (T: string, units: string) => `cannot fit at task length T = ${T} with ${units} units`,
    over: (allowed: string, arch: string, time: string, bound: string) =>
      `Iterations: ${allowed}: the ${arch} run is forecast at about ` +
      `${time}, over the page's bound of ${bound} a run ` +
      '(fewer iterations, a shorter T or fewer units; longer runs: npm run train)',
    forecastPart: (arch: string, time: string) => `${arch} about ${time}`,
    forecast: (parts: readonly string[]) =>
      `Forecast with these settings: ${parts.join(', ')} a run (the engine's cost model, on an idle 2-core laptop)`
  }
};
