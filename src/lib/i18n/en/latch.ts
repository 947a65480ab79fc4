// Messages of src/lib/latch/ and its figures (figures/latch-caption, latch-curves): the single-neuron
// latch of Bengio, Simard & Frasconi (1994). English: the source every other language is typed
// against. Numbers arrive formatted for the language unless a count picks a word form.
const steps = (n: number) => `${n} step${n === 1 ? '' : 's'}`;

export const latch = {
  // the view (Latch.svelte)
  controls: 'Latch controls',
  seed: 'Noise seed',
  newNoise: 'New noise',
  /** the intro around the bold equation aₜ = w·tanh(aₜ₋₁) + hₜ */
  introLead: 'One neuron,',
  introRest:
    ': a pulse writes a bit (its sign), noise follows. It keeps the bit only in an attractor where |f′| < 1, ' +
    'and there ∂aₜ/∂a₁ shrinks at every step (Bengio, Simard & Frasconi 1994).',
  mapHeading: 'The map a ↦ w·tanh(a) and its fixed points',
  trajectoriesHeading: 'Noisy trajectories: is the bit kept?',
  gradientHeading: 'How far back the gradient reaches: |∂aₜ/∂a₁|',
  gradientChartTitle: "The latch's gradient against steps",
  gradientXTitle: 'steps since step 1, t − 1',
  tradeoffHeading: 'Robust memory or a gradient: the trade-off',
  gridError: (error: string) => `Could not compute the grid: ${error}`,
  gridComputing: (ws: string, noises: string, trajectories: number) =>
    `Computing ${ws} × ${noises} settings, ${trajectories} trajectories each…`,
  gridTime: (ms: string) => `Grid: ${ms} ms.`,

  // the trade-off grid (LatchGrid.svelte)
  gridLabel: 'Kept fraction and gradient over self-weight and noise',
  gridImage:
    'Two maps over w from 0 to 3 and noise from 0 to 2: the fraction of trajectories that keep the bit, ' +
    'and the median gradient',
  keptPanel: (T: string) => `bit kept to step ${T}`,
  gradPanel: 'median |∂a_T/∂a₁|',
  wAxis: 'self-weight w',
  noiseAxis: 'noise σ',
  gridFilled: (filled: string, rows: string) => `${filled} of ${rows} noise levels computed.`,

  // the map (LatchMap.svelte)
  mapLabel: 'The map a to w tanh(a) and its fixed points',
  mapImage: (w: string, n: number) => `w tanh(a) against the identity, w = ${w}: ${n} fixed point${n === 1 ? '' : 's'}`,
  mapXTitle: 'state aₜ₋₁',
  mapYTitle: 'aₜ − hₜ (before input)',
  identity: 'identity',
  attracts: 'attracts, |f′| < 1',
  repels: 'repels, |f′| > 1',
  marginal: 'marginal, |f′| = 1',
  basinPlus: 'basin of +, bit +1',
  basinMinus: 'basin of −, bit −1',
  pointsCaption: (w: string) => `Fixed points of a → w·tanh(a), w = ${w}`,
  kind: 'kind',
  kinds: { stable: 'stable', unstable: 'unstable', marginal: 'marginal' },

  // the trajectories (TrajectoryChart.svelte)
  trajectoriesLabel: 'Noisy trajectories of the latch',
  trajectoriesImage: (n: string, T: string, kept: string) =>
    `${n} noisy trajectories over ${T} steps: ${kept} keep their bit`,
  stepAxis: 'step t',
  stateAxis: 'state aₜ',
  pulse: (n: number) => `pulse, ${steps(n)}`,
  bitPlus: 'bit +1',
  bitMinus: 'bit −1',
  bitLost: 'bit lost by step T',
  attractors: 'attractors ±x̄',
  keptSummary: (kept: string, n: number, T: string) => `${kept} of ${n} trajectories keep their bit to step ${T}.`,

  // the gradient chart's legend (figures/latch-curves.ts)
  noisyCurves: 'noisy trajectories (thin, their bit’s colour)',
  cleanCurve: 'no noise (bit +1)',

  // the captions (figures/latch-caption.ts)
  onePoint: (w: string, what: string) => `w = ${w}: one fixed point, a = 0; ${what}.`,
  oneAttracts: (slope: string) =>
    `it attracts (|f′| = ${slope} < 1): every state decays towards 0, so only its sign ` +
    'can hold the bit, and any noise then erases it',
  oneMarginal: 'it is marginal (|f′| = 1): states drift back to 0 slower than geometrically, and noise erases the bit',
  threePoints: (w: string, plus: string, slope: string, zeroSlope: string) =>
    `w = ${w}: three fixed points. ±${plus} attract (|f′| = ${slope} < 1), one ` +
    `basin each side of 0, which repels (|f′| = ${zeroSlope}): a pulse that pushes a past 0 writes ` +
    'a bit the map then holds.',
  noPulse: (T: string) => `The pulse is 0: no bit is written, and the sign at step ${T} is the noise's.`,
  pulseAll: (T: number) => `the pulse lasts all ${steps(T)}: no noise ever reaches the state`,
  pulseThenNoise: (pulse: string, length: number, noise: string) =>
    `pulse ${pulse} for ${steps(length)}, then noise σ = ${noise}`,
  allKept: 'every bit is kept',
  allLost: 'every bit is lost',
  someLost: (lost: string) => `${lost} lost theirs`,
  quiet: ' Without noise even a decaying state keeps its sign: add noise to test the memory.',
  kept: (kept: string, n: number, T: string, inputs: string, verdict: string) =>
    `${kept} of ${n} trajectories keep their bit to step ${T} (${inputs}): ${verdict}.`,
  noisyAllEnd: (at: string) => ` The noisy trajectories all end at ${at}.`,
  noisyRange: (lo: string, hi: string) => ` The noisy trajectories end between ${lo} and ${hi}.`,
  inAttractor: (slope: string) =>
    ` In an attractor every step multiplies by f′ = ${slope}: the more robust the memory, the smaller the factor.`,
  nearZero: (w: string, grows: boolean) =>
    ` Near 0 every step multiplies by w = ${w}${grows ? ': the gradient grows' : ''}.`,
  gradient: (value: string, T: string, rest: string) => `Without noise, |∂a_T/∂a₁| = ${value} at T = ${T}.${rest}`,
  partial: (filled: string, rows: string) => ` (${filled} of ${rows} noise levels so far)`,
  noRobust: 'no noisy cell keeps the bit in 95% of its trajectories',
  robust: (cells: number, grad: string) =>
    `where the bit survives in at least 95% of trajectories (${cells} noisy ` +
    `cell${cells === 1 ? '' : 's'}), |∂a_T/∂a₁| is at most ${grad}`,
  noLive: 'no noisy cell keeps |∂a_T/∂a₁| ≥ 10⁻²',
  live: (percent: string) => `wherever |∂a_T/∂a₁| ≥ 10⁻², at most ${percent}% keep the bit`,
  moral: ' Robust memory or a gradient that reaches back: not both.',
  moralNoPulse: ' The pulse is 0: no bit is written, so no memory is traded for the gradient. Give the pulse a size.',
  moralPulseAll: (T: number) =>
    ` The pulse lasts all ${steps(T)}: no noise reaches the state, so nothing tests the memory.`,
  moralMostSteps: (T: string) => ` Even at T = ${T}, the most this view runs, the trade-off has not set in.`,
  moralMoreSteps: (T: string) => ` At T = ${T} the trade-off has not set in: try more steps.`,
  tradeoff: (T: string, partial: string, robust: string, live: string, moral: string) =>
    `At T = ${T}${partial}: ${robust}; ${live}.${moral}`
};
