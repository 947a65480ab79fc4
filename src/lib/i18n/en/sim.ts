// Messages of src/lib/sim/ (English: the source every other language is typed against). Field
// names (hidden, steps, formula) are the spec's own, as the CLI and the URL write them; numbers
// come as numbers and each language writes them.

/** A number as the engine prints it in English: String(x) ("0.5", "100000", "Infinity", "NaN"). */
const n = (x: number) => String(x);

export const sim = {
  /** the architectures' names (registry labels) */
  archs: {
    rnn: 'RNN',
    lstm: 'LSTM',
    gru: 'GRU',
    residual: 'Residual RNN',
    attention: 'Attention',
    window: 'Window'
  },
  /** the training tasks: the selector's label, the name in a sentence, the input the maps ask about, what it shows */
  tasks: {
    adding: {
      label: 'adding',
      name: 'the adding problem',
      firstMark: 'the first marked input',
      about:
        'Bengio et al. (1994) and Hochreiter & Schmidhuber (1997): on the adding problem a plain RNN trained by ' +
        'gradient descent stays at the mean-prediction loss, while an LSTM learns.'
    },
    latch: {
      label: 'latch',
      name: 'the latch',
      firstMark: 'the first step of the pulse',
      about:
        'Bengio, Simard & Frasconi (1994): on the latch a network must keep the sign of an early pulse through ' +
        'noise; a state that holds it robustly damps every perturbation, so the gradient back to the pulse vanishes.'
    }
  },
  /** a refused spec field: "steps: must be an integer from 1 to 100000, got 0" */
  spec: {
    error: (field: string, rule: string, given: string) => `${field}: ${rule}, got ${given}`,
    /** the value given, when none was */
    nothing: 'nothing',
    integerFrom: (lo: number, hi: number) => `must be an integer from ${n(lo)} to ${n(hi)}`,
    numberFrom: (lo: number, hi: number) => `must be a number from ${n(lo)} to ${n(hi)}`,
    oneOf: (values: readonly string[]) => `must be one of ${values.join(', ')}`,
    unknownField: 'is not a known field',
    arrayOfNumbers: 'must be an array of numbers',
    arrayOfRows: 'must be an array of rows (arrays of numbers)',
    array: 'must be an array',
    pair: 'must be a [re, im] pair',
    pairs: 'must be an array of [re, im] pairs',
    recurrentObject: 'must be an object such as {"init": "orthogonal", "radius": 1}',
    jsonObject: 'must be a JSON object',
    boolean: 'must be true or false',
    paramGrads: 'must be true, false or "byStep"',
    formulaText: (allowed: string) => `must be a formula in x (${allowed})`,
    atMostCharacters: (max: number) => `must be at most ${n(max)} characters`,
    weightsObject: 'must be an object of named matrices and vectors, such as {"W": [[...]], "U": [[...]], "b": [...]}',
    rows: (rows: number, what: string, got: number) => `must have ${n(rows)} rows (${what}), got ${n(got)}`,
    entries: (count: number, got: number) => `must have ${n(count)} entries, got ${n(got)}`,
    entriesOf: (count: number, what: string, got: number) => `must have ${n(count)} entries (${what}), got ${n(got)}`,
    formulaRequired: 'is required when activation is "custom" (for example "x / (1 + abs(x))")',
    formulaOnly: (allowed: string, problem: string) => `must use only ${allowed}: ${problem}`,
    formulaUnused: 'is only used when activation is "custom"',
    eigenvaluesRequired: (count: number) =>
      `is required when recurrent.init is "eigenvalues" (${n(count)} [re, im] pairs)`,
    eigenvaluesPerUnit: (count: number, got: number) =>
      `must have one [re, im] pair per hidden unit (${n(count)}), got ${n(got)}`,
    conjugate: (value: string, re: number, im: number) =>
      `complex eigenvalue ${value} needs its conjugate [${n(re)}, ${n(im)}] listed too`,
    eigenvaluesUnused: 'is only used when recurrent.init is "eigenvalues"',
    onlyFor: (archs: readonly string[]) => `is only used when arch is ${archs.join(' or ')}`,
    chronoOnly: 'is only used when forgetInit is "chrono"',
    headsDivide: (hidden: number) => `must divide hidden (${n(hidden)}) so every head has n / heads units`,
    weightsRequired: (names: string) => `is required when recurrent.init is "explicit" ({${names}})`,
    notAWeight: (arch: string, names: string) => `is not a weight of ${arch} ({${names}})`,
    weightRequired: (arch: string, what: string) => `is required for ${arch} (${what})`,
    weightsUnused: 'is only used when recurrent.init is "explicit"',
    inputsShape: (steps: number, inputSize: number) =>
      `one per step, steps = ${n(steps)}, each of inputSize = ${n(inputSize)}`,
    hidden: 'hidden',
    zeroReadout: 'must not be all zeros (the loss would not depend on anything)',
    /** the shapes of explicit weights */
    square: (hidden: number) => `hidden = ${n(hidden)} rows of hidden = ${n(hidden)}`,
    byInput: (hidden: number, inputSize: number) => `hidden = ${n(hidden)} rows of inputSize = ${n(inputSize)}`,
    byWindow: (hidden: number, cols: number) => `hidden = ${n(hidden)} rows of window x inputSize = ${n(cols)}`,
    gateRows: (gates: number, rows: number, hidden: number) =>
      `${n(gates)} x hidden = ${n(rows)} rows of hidden = ${n(hidden)}`,
    gateInputs: (rows: number, inputSize: number) => `${n(rows)} rows of inputSize = ${n(inputSize)}`,
    gateBias: (gates: number) => `${n(gates)} x hidden`
  },
  /** a training spec refused */
  train: {
    lengths: (lo: number, hi: number) => `must be a list of ${n(lo)} to ${n(hi)} lengths`,
    steps: (lo: number, hi: number) => `must be an integer from ${n(lo)} to ${n(hi)}, or a list of them`,
    object: 'must be a JSON object of training fields',
    pulse: (T: number) => `must be shorter than the sequence (steps ${n(T)})`,
    evalEvery: (max: number, least: number) => `must be at least iterations / ${n(max)} (${n(least)} here)`,
    seeds: (max: number) => `must keep seed + seeds - 1 within ${n(max)}`,
    forecast: (seconds: number, hours: string, evaluating: boolean) =>
      `must keep the forecast time within about an hour (${n(seconds)} CPU-seconds); this spec asks for about ` +
      `${hours} hours` +
      (evaluating ? ', most of it evaluating (fewer or rarer evaluations: evalSize, evalEvery)' : ''),
    entries: (max: number, runs: number, entries: number) =>
      `must keep runs x history entries within ${n(max)} (${n(runs)} runs of ${n(entries)} entries here)`,
    activation: 'activation: training supports tanh, linear and relu'
  },
  /** a latch spec refused */
  latch: {
    range: (field: string, whole: boolean, lo: number, hi: number, got: string) =>
      `${field}: must be ${whole ? 'an integer' : 'a number'} from ${n(lo)} to ${n(hi)}, got ${got}`,
    seed: (got: string) => `seed: must be a whole number, got ${got}`
  },
  /** why a custom formula phi(x) is refused */
  formula: {
    allowed: (functions: string) => `x, numbers, pi, e, + - * / ^ and ${functions}`,
    terms: (max: number) => `formula too complex: more than ${n(max)} terms`,
    nodes: (max: number) => `formula too complex: more than ${n(max)} operations and terms`,
    depth: (max: number) => `formula too complex: nested more than ${n(max)} levels deep`,
    callByName: (text: string) => `"${text}" is not allowed: call functions by name, as tanh(x)`,
    notANumber: (text: string) => `"${text}" is not a number`,
    unknownName: (name: string) => `unknown name "${name}" (the variable is x)`,
    operator: (op: string) => `operator "${op}" is not allowed`,
    functionNotAllowed: (name: string) => `function "${name}" is not allowed`,
    oneArgument: (name: string) => `${name} takes one argument`,
    notAllowed: (text: string) => `"${text}" is not allowed`,
    text: 'must be text',
    length: (max: number) => `at most ${n(max)} characters`,
    unreadable: (why: string) => `cannot read it (${why})`,
    unusable: 'cannot be used',
    parserMissing: 'cannot be checked: the formula parser (mathjs) could not be loaded (offline?)'
  },
  /** where a custom phi took the network out of the doubles (halt.ts) */
  halt: {
    phi: (formula: string) => `phi(x) = ${formula}`,
    dphi: (formula: string) => `phi'(x) of phi(x) = ${formula}`,
    /** x and value come written ("2.5e3", "Infinity") */
    undefinedAt: (step: number, x: string, value: number) =>
      `is undefined at step ${n(step)} (x = ${x} gives ${n(value)})`,
    overflowsAt: (step: number, x: string, value: number) =>
      `overflows at step ${n(step)} (x = ${x} gives ${n(value)})`,
    argument: (step: number, x: number) =>
      `cannot go on at step ${n(step)}: its argument W h + U x_t + b ` +
      `${Number.isNaN(x) ? 'became NaN' : `overflowed to ${n(x)}`} (a sum past 1.8e308)`,
    stop: (step: number) => (step > 1 ? `: the figures stop at step ${n(step - 1)}.` : '.'),
    /** the residual RNN's state h_{t-1} + phi(a) left the doubles although phi(a) did not; numbers written */
    residual: (formula: string, step: number, x: string, phi: string, prev: string, h: number) =>
      `h_{t-1} + phi(x) with phi(x) = ${formula} overflows at step ${n(step)} (x = ${x}, ` +
      `phi(x) = ${phi}, h_{t-1} = ${prev} gives ${n(h)})`
  }
};
