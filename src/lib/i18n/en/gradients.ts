// Messages of src/lib/gradients/ (English: the source every other language is typed against).

/** "1 step", "100 steps" (as model/lab-state's stepsText; i18n imports nothing of the page). */
const steps = (T: number) => `${T} step${T === 1 ? '' : 's'}`;

export const gradients = {
  // EngineNotice.svelte
  notice: {
    /** after the engine's halt message: how far that run was asked to go */
    asked: (T: number) =>
      `(${steps(T)} were asked for: the halt is what this φ does to this network, not a fault of the lab.)`,
    changeFormula: 'Change the formula φ(x).',
    changeSetting: 'Change the setting it names.',
    /** reason: the engine's message without its full stop; remedy: one of the two above */
    nothing: (reason: string, remedy: string) => `Nothing to show for these settings: ${reason}. ${remedy}`,
    stale: (reason: string, T: number) =>
      `These settings could not be computed (${reason}). The figures below are the last run that could, with its ` +
      `own settings (${steps(T)}).`
  },
  // Figures.svelte
  heatmapsLabel: 'Per-unit gradient heatmaps',
  /** what a heatmap row is, by the panel's model; joined by `or` */
  rows: {
    hidden: 'hidden unit',
    attention: 'unit of eₜ (attention)',
    window: 'input unit (window)'
  },
  or: ' or ',
  and: ' and ',
  rowsIntro: (rows: string) => `Each row is one ${rows}, each column one step further back from the loss.`,
  /** "<strong>Blue</strong>: shrunk; <strong>red</strong>: grown." in four pieces around the bold words */
  blue: 'Blue',
  shrunk: ': shrunk;',
  red: 'red',
  grown: ': grown.',
  /** before each model's kept ratio */
  afterSteps: (T: number) => `After ${steps(T)}:`,
  tanhHolds: 'tanh, not the radius, holds the RNN here:',
  showExplosion: 'Show the explosion (φ linear)',
  lineTitle: 'Gradient norm against steps back',
  /** "LSTM highway Πf keeps <strong>0.85</strong> after 100 steps (constant gates: …): <em>dilution</em>." */
  highwayKeeps: 'LSTM highway Πf keeps',
  after: (T: number) => `after ${steps(T)}`,
  constantGates: (power: string) => `constant gates: ${power}`,
  /** max: the chrono draw's upper end, u_i in [1, max] */
  chronoInit: (max: number) =>
    `chrono init: each unit's own bias, b_f,i = log u_i, u_i in [1, ${max}], no single σ(b)ᵀ`,
  dilution: 'dilution',
  gruKeeps: (ratio: string, T: number) => `GRU update path Πz keeps ${ratio} after ${steps(T)}:`,
  sharesHeading: 'Where ∂L/∂W comes from',
  sharesTitle: 'Where ∂L/∂W comes from: share of the weight gradient by steps back',
  sharesAxis: 'share of ∂L/∂W',
  /** names: the models without a recurrent matrix, joined by `and` */
  noShares: (names: string) => `${names}: no recurrent matrix, so no per-step terms of ∂L/∂W here.`,
  /** many: more than one model named; none: no diagram shown at all */
  phaseUnused: (names: string, many: boolean, none: boolean) =>
    `Phase diagrams: ${names} ${many ? 'have' : 'has'} no recurrent matrix or gate to sweep` +
    `${none ? '; compare a recurrent model to see them' : ''}.`,
  radiusAxis: 'spectral radius ρ',
  forgetBiasAxis: 'forget bias b_f',
  updateBiasAxis: 'update bias b_z',
  diagramError: (error: string) => `This diagram could not be computed: ${error}`,
  biasChrono: "It sweeps one bias shared by every unit; the sidebar's chrono init (a bias per unit) is not on it.",
  sweepMs: (ms: number) => `Sweep: ${Math.round(ms)} ms.`,
  // MemoryFigure.svelte
  memoryLabel: 'Memory beside gradient (LSTM)',
  memoryTitle: 'LSTM: memory forward, gradient backward',
  memoryAxis: 'steps back from the loss, k = T − s',
  memoryScale: 'kept share or gradient ratio',
  // Equations.svelte: titles and notes, and the words inside the TeX (the component puts them in \text{})
  equations: {
    label: 'Equations',
    rnnTitle: 'RNN: one matrix, applied every step',
    /** before ρ^T = … */
    linearOrthogonal: 'linear, orthogonal: ',
    /** around (γ‖W‖)^T when φ′ has no finite bound γ; gamma is its description ("unbounded") */
    noBoundBefore: (gamma: string) => ` is ${gamma}: no `,
    noBoundAfter: ' bound',
    customPhi: (formula: string) => `φ(x) = ${formula}, your formula`,
    lstmTitle: 'LSTM: an additive highway through the cell',
    /** the rest of a gradient: "(paths through h_{t-1})" */
    pathsThrough: 'paths through ',
    lstmNote:
      'The first term alone is the highway Πf (σ(b_f)ᵀ with constant gates): dilution, which fades a ' +
      'stored value by the same factor. The paths through h carry W: they vanish or explode, and can ' +
      'make the full cell gradient grow.',
    gruTitle: 'GRU: the update gate interpolates',
    residualTitle: 'Residual RNN: a ResNet block laid along time',
    residualNote: 'The identity carries the gradient back; but nothing ever forgets, and the state can grow.',
    attentionTitle: (heads: number, d: number) =>
      `Attention: one step from every position (H = ${heads} heads of d = ${d})`,
    /** after attention's ∂L/∂e_s: "(via k_s, q)" */
    via: 'via ',
    /** before α_s = 1/T */
    uniform: 'uniform weights: ',
    windowTitle: (N: number) => `Window: the last N = ${N} inputs, nothing before`,
    /** "for k ≥ N" */
    for: 'for '
  }
};
