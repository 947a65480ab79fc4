// Messages of src/lib/figures/ (English: the source every other language is typed against): the
// number words of format.ts, the gradient figures' captions (captions.ts, phase-caption.ts,
// memory-figure.ts, weight-shares.ts) and the labels of their curves and panels (figure-data.ts).
// Numbers arrive formatted (ratios, bases, percentages) or as counts the template writes itself.

/** "1 step", "100 steps" (model/lab-state's stepsText, which the captions always used). */
const steps = (T: number): string => `${T} step${T === 1 ? '' : 's'}`;

export const figures = {
  /** format.ts: words inside numbers */
  format: {
    exactlyZero: 'exactly 0',
    unknown: 'unknown',
    /** γ = sup |φ′| without a finite value */
    unbounded: 'unbounded',
    notFinite: 'not finite',
    /** what follows "γ = sup|φ′|" when γ has no value: "is unbounded" */
    gammaIs: (word: string) => `is ${word}`,
    /** a percentage from its number: "99.6%" */
    percent: (n: string) => `${n}%`,
    /** the last link of a list: "RNN, LSTM and GRU" */
    and: 'and'
  },

  /** figure-data.ts and memory-figure.ts: panel titles, row labels, legend entries */
  labels: {
    hiddenUnit: 'hidden unit',
    unitOfE: 'unit of e',
    inputUnit: 'input unit',
    /** the LSTM's second heatmap: "LSTM full cell |∂L/∂c|" */
    fullCellPanel: (arch: string) => `${arch} full cell |∂L/∂c|`,
    bound: (base: string) => `bound: (γ‖W‖)ᵏ = ${base}ᵏ`,
    rnnTheory: (base: string) => `theory: ρᵏ = ${base}ᵏ`,
    linearRnnTheory: (base: string) => `linear RNN: ρᵏ = ${base}ᵏ`,
    lstmCell: 'LSTM full cell ‖∂L/∂c‖',
    lstmHighway: 'LSTM highway Πf',
    forgetTheory: 'theory: σ(b_f)ᵏ',
    windowCut: (arch: string, k: number) => `${arch} ‖∂L/∂xₜ‖, exactly 0 from k = ${k}`,
    gruUpdatePath: 'GRU update path Πz',
    updateTheory: 'theory: σ(b_z)ᵏ',
    memoryKept: 'Share of cₛ still in c at T (= Πf back to s)',
    memoryCell: 'Full cell gradient |∂L/∂cₛ|',
    stepShare: (arch: string) => `${arch}: step k's share`,
    beyondShare: (arch: string) => `${arch}: all steps beyond k`
  },

  /** captions.ts: the RNN beside ρᵏ, what each model keeps, the LSTM's two quantities, the new models */
  captions: {
    /** the nonlinearity as the captions name it ("tanh", "relu") */
    activation: (name: string) => name,
    linearTheory: (power: string) => `Linear RNN theory: ρᵀ = ${power}: a matrix power, vanishing or exploding.`,
    bound: (gamma: string, base: string) => `|φ′| ≤ ${gamma} only bounds this RNN by (γ‖W‖)ᵏ = ${base}ᵏ`,
    noBound: (word: string) => `φ′ is ${word}, and not even (γ‖W‖)ᵏ bounds this RNN`,
    reluTakesBack: 'relu passes nothing back where its input is negative (φ′ = 0)',
    /** "tanh" or "φ" */
    saturates: (phi: string) => `${phi} saturates where the state is large, and φ′ < 1 there`,
    whyBounded: (power: string, kept: string, T: number, takesBack: string) =>
      ` A linear RNN would grow by ${power}; this one keeps ${kept} after ${steps(T)}: ` +
      `${takesBack} takes back some or all of what the radius adds.`,
    rnnText: (phi: string, bound: string, why: string) =>
      `Dashed ρᵏ is the linear RNN's; with ${phi}, ${bound} (Pascanu et al. 2013).${why}`,
    /** `here`: what the linear RNN reaches when it explodes, else '' */
    rnnBrief: (here: string, phi: string, bound: string) =>
      `Dashed ρᵏ is the linear RNN's${here ? `, ${here} here` : ''}; with ${phi}, ${bound}`,
    briefBound: (gamma: string) => `|φ′| ≤ ${gamma} makes (γ‖W‖)ᵏ only a bound (Pascanu et al. 2013).`,
    briefNoBound: (word: string) => `φ′ is ${word}: no (γ‖W‖)ᵏ bound.`,
    /** what the heatmap caption and the slide say each model keeps: "RNN keeps", "LSTM cell keeps" */
    keeps: (what: string) => `${what} keeps`,
    cellOf: (arch: string) => `${arch} cell`,
    atFirstPosition: ' at the first position (e₁)',
    windowOutside: (cut: number, last: string, N: number) =>
      ` from ${steps(cut)} back on: x₁ to x${last} lie outside its N = ${N}`,
    windowInside: (T: number, N: number) => ` at x₁ (all ${T} inside its N = ${N})`,
    /** the slide's summary: "After 100 steps back: RNN keeps 1.2 × 10⁻¹⁰; LSTM cell 0.031." */
    summary: (T: number, kept: string) => `After ${steps(T)} back: ${kept}.`,
    matrixMechanism: (archs: string) => `${archs}: vanishing or exploding (through W)`,
    lstmMechanism: 'LSTM cell: dilution along Πf, plus paths through h',
    gruMechanism: 'GRU: dilution along Πz, plus paths through W',
    highwayHead: (kept: string, T: number) =>
      `LSTM highway Πf alone keeps ${kept} after ${steps(T)}: dilution, not a matrix power.`,
    /** the full cell gradient above the highway; `exploding` when it grows ten times or more */
    cellGrows: (kept: string, exploding: boolean) =>
      `Full cell: grows to ${kept} via h and W${exploding ? ', the matrix part exploding' : ''}.`,
    cellMore: (kept: string) => `Full cell: ${kept}, more, via h and W.`,
    cellBelow: (kept: string) => `Full cell: only ${kept}; the paths via h and W cancel part of it.`,
    cellWith: (kept: string) => `Full cell: ${kept}, as the highway.`,
    /** `above`: the full cell ends above the highway; `grows`: above 1 */
    highwayBrief: (kept: string, above: boolean, grows: boolean) =>
      `The LSTM highway Πf alone keeps ${kept}: dilution, not a matrix power` +
      (above ? `; the cell's ${grows ? 'growth' : 'excess'} comes through h and W.` : '.'),
    residualPath: (arch: string, T: number, kept: string) =>
      `${arch}: each step's Jacobian is I + diag(φ′)W, the identity plus the RNN's; ` +
      `over ${steps(T)} its state gradient ends at ${kept} of its value at the loss.`,
    attentionPath: (arch: string, kept: string) =>
      `${arch}: one step from every position to the last, whatever the distance; ` +
      `the first position's gradient is ${kept} of the last one's (which also has the residual path).`,
    softmaxSpread: (count: number, largest: string, uniform: string) =>
      ` Softmax spreads the weight: the largest of the ${count} is ${largest} (uniform: 1/T = ${uniform}).`,
    windowAllInside: (arch: string, T: number, N: number) =>
      `${arch}: all ${steps(T)} lie inside its N = ${N}, so every input gets a gradient through one layer.`,
    windowCutPath: (arch: string, N: number, cut: number) =>
      `${arch}: inputs within its last N = ${N} get a gradient through one layer; ` +
      `from ${steps(cut)} back it is exactly 0, a hard cut no training can move.`
  },

  /** phase-caption.ts: the radius and bias diagrams, read row by row */
  phase: {
    /** "1.1 at ρ = 0.50" */
    atRadius: (ratio: string, rho: string) => `${ratio} at ρ = ${rho}`,
    atBias: (ratio: string, b: string) => `${ratio} at b = ${b}`,
    allHalted: (T: number) =>
      `At every radius swept, this φ takes the network out of double precision before step ${T}: ` +
      'no row can be drawn (the hatched rows).',
    sweepingRadius: 'Sweeping the spectral radius…',
    sweepingBias: 'Sweeping the gate bias…',
    haltedFrom: (rho: string) =>
      ` From ρ = ${rho} on this φ takes the network out of double precision: those rows ` +
      'are hatched, and the reading stops below them.',
    radiiSoFar: (done: number, rows: number) => ` (${done} of ${rows} radii so far)`,
    biasesSoFar: (done: number, rows: number) => ` (${done} of ${rows} biases so far)`,
    /** "radius swept up to 2" ('' for max: every row is within the slider's range) */
    radiusSwept: (max: string) => (max ? `radius swept up to ${max}` : 'radius swept'),
    /** what the bias caption's "at every …" names */
    everyBias: 'bias',
    /** what the radius caption is about, after T steps: "After 100 steps (3 of 41 radii so far), the gradient" */
    radiusHead: (T: number, partial: string) => `After ${steps(T)}${partial}, the gradient`,
    tanhTakesBack: ' Here tanh’s slope, below 1, takes back what a radius above 1 adds.',
    shrunkAtEvery: (head: string, swept: string, low: string, high: string) =>
      `${head} has shrunk at every ${swept}: ${low}, ${high}.`,
    grownAtEvery: (head: string, swept: string, low: string, high: string) =>
      `${head} has grown at every ${swept}: ${low}, ${high}.`,
    isBoth: (head: string, low: string, high: string) => `${head} is ${low} and ${high}.`,
    radiusBetweenNear1: '; in between it stays near 1',
    radiusBetweenEither: '; in between it goes either way',
    radiusSplit: (head: string, upTo: string, low: string, from: string, high: string, middle: string) =>
      `${head} has shrunk for ρ ≤ ${upTo} (${low}) and grown for ρ ≥ ${from} (${high})${middle}: ` +
      'Bengio, Simard & Frasconi (1994).',
    /** the bias caption's subject: the diagram plots the full gradient of the gated path */
    biasHead: (T: number, partial: string, lstm: boolean) =>
      `After ${steps(T)}${partial}, ${lstm ? 'the full cell gradient' : 'the full state gradient'}`,
    biasBetweenNear1: '; between, within 3× of 1',
    biasBetweenEither: '; between, either way',
    /** where it grows, the row that grows most */
    most: (at: string) => `most: ${at}`,
    biasSplit: (head: string, upTo: string, low: string, from: string, high: string, middle: string) =>
      `${head} has shrunk for b ≤ ${upTo} (${low}) and grown for b ≥ ${from} (${high})${middle}.`,
    /** the gates alone, at the top bias: " The highway Πf only dilutes (σ(6.00)ᵀ = 0.61)" */
    onlyDilutes: (lstm: boolean, top: string, power: string) =>
      ` The ${lstm ? 'highway Πf' : 'update path Πz'} only dilutes (σ(${top})ᵀ = ${power})`,
    growthVia: '; growth comes via h and W.'
  },

  /** memory-figure.ts: the share of a stored value still in c_T beside the full cell gradient */
  memory: {
    forward: (unit: number, kept: string, T: number, median: string) =>
      `Unit ${unit} keeps ${kept} of a value written ${steps(T)} back (left; half the units keep ` +
      `at most ${median}); the highway Πf carries the same ${kept} of its ∂L/∂c at T back to s: ` +
      'one product, dilution forward and backward.',
    /** the full cell gradient ends above the highway; `matrix`: '', 'growing' or 'exploding' */
    cellAbove: (grows: boolean, cell: string, highway: string, matrix: '' | 'growing' | 'exploding') =>
      ` The full cell gradient (right) ${grows ? 'grows to' : 'keeps'} ${cell}, more than the highway's ` +
      `${highway} (all units): the paths through h (W and the gates) add it` +
      `${matrix ? `, the matrix part ${matrix}` : ''}.`,
    cellBelow: (cell: string, highway: string) =>
      ` The full cell gradient (right) keeps only ${cell}, less than the highway's ${highway} (all units): ` +
      'the paths through h cancel part of it.',
    cellWith: (cell: string, highway: string) =>
      ` The full cell gradient (right) keeps ${cell}, as the highway does (${highway}): the paths through h ` +
      'add little.'
  },

  /** weight-shares.ts: where ∂L/∂W comes from */
  shares: {
    allBut: (rest: string) => `all but ${rest}`,
    almostNothing: 'almost nothing (under 1e-12)',
    only: (share: string) => `only ${share}`,
    nothing: 'nothing',
    oneStepZero: 'One step from h₀ = 0: ∂L/∂W = δ₁h₀ᵀ is exactly zero (only U and b get a gradient).',
    allZero: 'Every term of ∂L/∂W is exactly zero for these settings: there is no weight gradient to follow.',
    /** "99.04% of the RNN's ∂L/∂W" (first) and "93.3% of the LSTM's" */
    shareOf: (share: string, arch: string, first: boolean) => `${share} of the ${arch}'s${first ? ' ∂L/∂W' : ''}`,
    lastCarry: (recent: number) => (recent === 1 ? 'The last step carries' : `The last ${recent} steps carry`),
    stepsBefore: (far: number) => (far === 1 ? 'the steps before the last one' : `the steps before the last ${far}`),
    /** "The last 10 steps carry …; the steps before the last 50, …" */
    recentAndFar: (recent: string, before: string, far: string) => `${recent}; ${before}, ${far}`,
    /** a model named in the sentences below: "the RNN", and its owner form "the RNN's" */
    the: (arch: string) => `the ${arch}`,
    theOwn: (arch: string) => `the ${arch}'s`,
    faint: (archs: string) => ` For ${archs} the far terms are too small to steer W: learning follows the recent past.`,
    /** `archs` begins the sentence (capitalised by the caller) */
    strong: (archs: string) => ` ${archs} far steps still carry a real share: the gradient reaches them.`
  }
};
