// Messages of src/lib/reach/ and its figures (figures/reach-curves, reach-attention, reach-cost):
// "How far back?". English: the source every other language is typed against. Numbers arrive
// formatted for the language (numbers.ts, figures/format.ts) unless a count picks a word form.
const s = (n: number) => (n === 1 ? '' : 's');

export const reach = {
  // the reach chart (Reach.svelte)
  /** the heading around ‖∂L/∂x<sub>T−k</sub>‖ */
  headingLead: 'How far back each model sees:',
  headingTail: 'against k',
  chartTitle: 'How far back each model sees',
  yTitle: '‖∂L/∂x_T−k‖ (absolute)',

  // its curves' legend and caption (figures/reach-curves.ts)
  exactlyZero: 'exactly 0',
  zeroBeyondN: (name: string, N: string) => `${name}: exactly 0 beyond N = ${N}`,
  zeroBeyondK: (name: string, k: string) => `${name}: exactly 0 beyond k = ${k}`,
  pathAttention: 'a path of 1 step, whatever k',
  pathWindowAny: 'one layer within its window',
  pathWindowIn: (N: string) => `a path of 1 step (k < N = ${N})`,
  pathWindowOut: (k: string, N: string) => `no path at all: ${k} ≥ N = ${N}`,
  pathRecurrence: (k: number) => `a path of ${k} step${s(k)} through the recurrence`,
  /** one model's reading: "RNN 2.7e-5 (a path of 100 steps through the recurrence)" */
  reading: (name: string, value: string, path: string) => `${name} ${value} (${path})`,
  /** the caption's sentence: k steps back (0: the last input), the list of readings */
  caption: (k: number, readings: string) =>
    `${k === 0 ? 'At the last input (k = 0; T = 1)' : `${k} step${s(k)} back (k = ${k})`}, the gradient ` +
    `reaching the input, ‖∂L/∂x‖, is ${readings}.`,
  windowCut: (N: string) => `the window's gradient is exactly 0 beyond N = ${N} (k ≥ ${N})`,
  cutsNote: (cuts: string) => ` On the chart ${cuts}: its line ends at the dot.`,
  absoluteNote: ' Absolute norms: every model reads the same inputs through the same readout rᵀh_T.',

  // attention's weights (Reach.svelte, figures/reach-attention.ts)
  attentionHeading: 'Attention’s weights of the last position',
  attentionChartTitle: 'Attention weights of the last position',
  attentionYTitle: 'weight α on the input',
  attentionXTitle: 'steps back k = T − s',
  oneHead: 'weights (1 head)',
  head: (j: string) => `head ${j}`,
  uniformLabel: (u: string) => `uniform: 1/T = ${u}`,
  /** where a weight sits: "head 2, k = 5" (the head only when there are several) */
  weightAt: (head: string | null, k: string) => `${head !== null ? `head ${head}, ` : ''}k = ${k}`,
  attentionReading: (
    name: string,
    T: string,
    H: number,
    max: string,
    maxAt: string,
    min: string,
    minAt: string,
    uniform: string,
    near: string
  ) =>
    `${name}'s last position over T = ${T} inputs (${H} head${s(H)}): ` +
    `the largest weight is ${max} (${maxAt}), the smallest ${min} (${minAt}); uniform is 1/T = ${uniform}. ` +
    `${near} of the weights lie within a factor 2 of 1/T: `,
  attentionSpread:
    'the path to every input is one step, but the weight on each is thin, and so is its gradient ' +
    '(dilution in width, not depth), until training focuses it.',
  attentionFocused: (times: string) => `these weights are focused: the largest is ${times} times 1/T.`,
  noWeights: 'The attention run on screen reports no weights.',
  attentionAbsent: (compared: string) =>
    `Attention is not among the compared models (${compared}): compare it to see ` +
    'how its weight spreads over all T inputs at initialisation, about 1/T each.',

  // the cost measurement (Reach.svelte, figures/reach-cost.ts)
  costHeading: 'Cost on this device: time per sequence (forward + backward) against T',
  measure: 'Measure on this device',
  cancel: 'Cancel',
  sizesMeasured: 'Sizes measured',
  costChartTitle: 'Time per sequence against T',
  costHint: (from: string, to: string, budget: string) =>
    `Times each compared model at T = ${from} to ${to} (doubling) in a background worker, for at most ${budget} s.`,
  statusRunning: (measured: number, total: number) => `Measuring: ${measured} of ${total} sizes timed`,
  statusError: (error: string) => `The measurement failed: ${error}`,
  statusCancelled: (measured: number, total: number) => `Cancelled after ${measured} of ${total} sizes`,
  slowModel: (name: string, T: string, ms: string) => `${name} stopped at T = ${T} (${ms} ms)`,
  statusBudget: (budget: string, measured: number, total: number, stops: string) =>
    `Stopped at the ${budget} s budget: ${measured} of ${total} sizes${stops}`,
  statusComplete: (measured: number, seconds: string, stops: string) =>
    `Measured ${measured} sizes in ${seconds} s${stops}`,
  memoryCaption: (T: string) => `Memory to generate one more token after T = ${T}`,
  memoryModel: 'model',
  memoryFloats: 'floats',
  memoryKept: 'kept',
  formulaLstm: '2n (h and c), fixed',
  formulaAttention: '2nT (keys and values), grows with T',
  formulaWindow: 'N·m (the last N inputs), fixed',
  formulaState: 'n (the state), fixed',
  /** one model's fitted slope: "RNN 1.00 (T = 128 to 1024)" */
  slope: (name: string, slope: string, from: string, to: string) => `${name} ${slope} (T = ${from} to ${to})`,
  slopes: (list: string) =>
    `Fitted log–log slopes: ${list}. A recurrence's work grows like T¹, a full causal attention layer's like T²; ` +
    'fixed costs (weights, inputs, set-up) flatten a slope measured at short T. ',
  floatsKept: (T: string, list: string, attention: boolean) =>
    `Floats kept to generate one more token after T = ${T}: ${list}` +
    (attention ? ' (attention’s cache grows with every token).' : '.')
};
