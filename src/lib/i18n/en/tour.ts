// Messages of src/lib/tour/ (English: the source every other language is typed against).
// The guided tour's steps: each a title and a caption template. A caption reads the numbers on
// screen: readings (ratios, shares, percentages) come in already written in the page's language
// (figures/format.ts, i18n/numbers.ts); counts come in as numbers, for the language's plurals.

/** The training step's task: "the adding problem at T = 20 (16 units, adam, clipping at 1)". */
interface TrainingTask {
  steps: number;
  hidden: number;
  /** the spec's optimizer id: 'adam' or 'sgd' */
  optimizer: string;
  /** the clipping threshold, written in the page's language; null: no clipping */
  clip: string | null;
}

const task = (t: TrainingTask): string =>
  `the adding problem at T = ${t.steps} (${t.hidden} units, ${t.optimizer}, ` +
  `${t.clip === null ? 'no clipping' : `clipping at ${t.clip}`})`;

export const tour = {
  /** a reading whose curve or figure is not on screen */
  notShown: '(not shown)',
  /** the latch steps, away from the latch view */
  openLatch: 'Open the latch view to see this step.',
  /** the latch's trade-off grid, before its cells arrive */
  gridPending: '(the grid is still computing)',
  /** trajectories that kept their bit, of those drawn: "7 of 12" */
  keptOf: (kept: number, total: number) => `${kept} of ${total}`,
  /** the grid's cell: "50% of 200" */
  gridKeptOf: (percent: number, total: number) => `${percent}% of ${total}`,

  product: {
    title: 'A product of Jacobians shrinks geometrically',
    caption: (T: number, reached: string, grown: string) =>
      `Linear RNN, orthogonal W with spectral radius 0.9, ${T} steps: the gradient reaching step 0 is ` +
      `${reached} of its value at the loss, 0.9^${T}. At radius 1.1 it would be ${grown}.`
  },
  bengio: {
    title: 'Vanishing and exploding (Bengio, Simard & Frasconi 1994)',
    /** orders: how many powers of ten 0.5^T is below 1 (30 at T = 100) */
    caption: (T: number, shrunk: string, grown: string, orders: number) =>
      `Radius 0.5 over ${T} steps: ${shrunk}, ${orders} orders of magnitude. Radius 2 mirrors it: ` +
      `${grown}. Backpropagation multiplies by W once per step, so the ` +
      `gradient shrinks or grows geometrically.`
  },
  radiusOne: {
    title: 'Radius exactly 1: the norm is preserved',
    caption: (T: number, kept: string) =>
      `With an orthogonal W of radius 1 every singular value is 1, and the gradient keeps ${kept} of its ` +
      `norm over ${T} steps: why orthogonal and identity initialisations help plain RNNs.`
  },
  tanh: {
    title: 'tanh: saturation bounds the state, not the gradient',
    caption: (T: number, grown: string) =>
      `Pascanu, Mikolov & Bengio (2013): a largest singular value below 1/γ (γ = 1 for tanh) guarantees vanishing. ` +
      `Above it, with 100 units and radius 1.5, tanh keeps the state in [-1, 1], yet the gradient still grows to ` +
      `${grown} over ${T} steps.`
  },
  nonNormal: {
    title: 'The spectral radius is not the whole story',
    /** radius and norm of the Gaussian W on screen; the 2×2 example's peak ‖W^k‖, its k, and where it falls below 1 */
    caption: (radius: string, norm: string, peak: string, peakAt: number, below1At: number) =>
      `A Gaussian W rescaled to radius ${radius} has spectral norm ` +
      `${norm}: it is non-normal. Strongly non-normal matrices grow before they ` +
      `decay: W = [[0.9, 5], [0, 0.9]] has radius 0.9, yet ||W^k|| peaks at ${peak} at k = ` +
      `${peakAt} and stays above 1 until k = ${below1At}.`
  },
  forgetZero: {
    title: 'LSTM, forget bias 0: the highway halves every step',
    caption: (T: number, theory: string, path: string) =>
      `A framework default of zero biases gives σ(0) = 0.5: along the direct cell path the gradient is multiplied by ` +
      `0.5 per step, ${theory} after ${T} steps (dashed). With real inputs the gates ` +
      `vary: the highway alone keeps ${path}.`
  },
  forgetOne: {
    title: 'Forget bias 1, the usual initialisation',
    /** the first k at which the highway falls below 1e-3, in theory and measured (null: never) */
    caption: (T: number, sigma: string, theoryAt: number | null, measuredAt: number | null, rnn: string) =>
      `σ(1) = ${sigma}: the highway falls below 1e-3 ` +
      `${theoryAt === null ? `at none of the ${T} steps` : `after ${theoryAt} steps`} ` +
      `(dashed theory; measured: ${measuredAt ?? 'never'}). Better than the RNN, whose gradient is ` +
      `${rnn} after ${T} steps, but still short memory.`
  },
  forgetFive: {
    title: 'Forget bias 5: dilution, not vanishing',
    caption: (T: number, sigma: string, theory: string, path: string, cell: string) =>
      `σ(5) = ${sigma}: ${theory} survives ${T} steps along the ` +
      `highway Πf (measured: ${path}): dilution by one gate per unit, not a matrix power. ` +
      `The full cell gradient (solid) ends at ${cell}, via h and W.`
  },
  fullCell: {
    title: 'The full LSTM gradient is more than the highway',
    caption: (T: number, cell: string, path: string, theory: string) =>
      `Paths through h_t and the gates add to the highway: at forget bias 5 the full cell gradient ends at ` +
      `${cell} of its start after ${T} steps, while the highway Πf alone keeps ` +
      `${path} (theory ${theory}). The excess is a product with W in it: it can ` +
      `vanish or explode as an RNN's does; the highway can only dilute.`
  },
  gru: {
    title: 'GRU: the update gate is the direct path',
    caption: (T: number, z: string, path: string, full: string) =>
      `Two gates, no separate cell: h_t = (1 - z) n_t + z h_{t-1}, so the direct path back in time is the product of ` +
      `the update gates z. At update bias 3 (z ~ ${z}) that path keeps ` +
      `${path} over ${T} steps; the full gradient ${full}.`
  },
  weightGradient: {
    title: 'The weight gradient forgets the past (Bengio et al. 1994)',
    /** the last `recent` steps' share and the share before the last `far`, for the RNN and the LSTM */
    caption: (
      recent: number,
      far: number,
      rnn: { recent: string; far: string },
      lstm: { recent: string; far: string }
    ) =>
      `∂L/∂W is a sum over time steps, Σ δₜ hₜ₋₁ᵀ. Here the last ${recent} steps carry ${rnn.recent} of the RNN's ` +
      `weight gradient; the steps before the last ${far} carry ${rnn.far} of it (LSTM: ${lstm.recent} and ` +
      `${lstm.far}). Where the far share is that small, a gradient step follows the short-term dependencies, ` +
      'whatever the learning rate.'
  },
  latchRobust: {
    title: 'Robust memory forces vanishing gradients: the latch',
    twoAttractors: (slope: string) => `two attractors with |f′| = ${slope} < 1`,
    noAttractor: (slope: string) => `no attractor (one fixed point, |f′| = ${slope})`,
    /** `memory`: twoAttractors or noAttractor; `kept`: keptOf */
    caption: (w: string, memory: string, kept: string, T: number, grad: string, attractors: boolean) =>
      `One neuron, aₜ = w·tanh(aₜ₋₁) + hₜ, w = ${w}: ${memory}. ${kept} noisy trajectories keep their bit ` +
      `to step ${T}, and without noise |∂a_T/∂a₁| = ${grad}. ` +
      (attractors
        ? 'Both come from |f′| < 1: the attractor that holds the bit against noise is what shrinks the ' +
          'gradient, by that factor at every step.'
        : 'Without an attractor nothing holds the bit against noise.')
  },
  latchFragile: {
    title: 'Where the gradient survives, the bit does not',
    /** the latch at w = 1: its gradients (clean, on the grid here and at w = 2) and the bits kept */
    caption: (
      w: string,
      attractors: boolean,
      T: number,
      g: { grad: string; gridGrad: string; robustGrad: string },
      kept: string,
      gridKept: string,
      noise: string
    ) =>
      `w = ${w}: ${attractors ? 'attractors close to 0' : 'no attractor'}, and a gradient that decays far ` +
      `more slowly: without noise |∂a_T/∂a₁| = ${g.grad} after ${T} steps; on the grid the median over ` +
      `noisy trajectories is ${g.gridGrad} here against ${g.robustGrad} at w = 2. But the noise now flips ` +
      `bits: ${kept} trajectories drawn keep theirs, and ${gridKept} on the grid at σ = ${noise}, about a ` +
      'coin flip. Robust memory or a gradient, not both.'
  },
  training: {
    title: 'Training: the RNN stays at the baseline, the LSTM learns',
    notStarted: 'Press Start (above) to train an RNN and an LSTM side by side on the adding problem.',
    /** while the runs train (or are paused): each one's iteration */
    progress: (t: TrainingTask, paused: boolean, rnnAt: number, lstmAt: number, iterations: number) =>
      `An RNN and an LSTM side by side on ${task(t)}, each in a worker, ${paused ? 'paused' : 'training'}: RNN at ` +
      `iteration ${rnnAt}, LSTM at ${lstmAt} of ${iterations}.`,
    lstmUnsolved: (accuracy: string) => `the LSTM reached ${accuracy} accuracy without solving it`,
    lstmSolved: (at: number, accuracy: string) =>
      `the LSTM solved it at iteration ${at} (${accuracy} accuracy at the end)`,
    /** the RNN's evaluation loss near the baseline (predicting the mean) */
    rnnStuck: (loss: string, baseline: string) =>
      `the RNN's evaluation loss stayed at ${loss}, near the ${baseline} of predicting the mean: ` +
      'it learned next to nothing',
    rnnLearned: (loss: string, baseline: string) =>
      `the RNN's evaluation loss fell to ${loss} (predicting the mean: ${baseline})`,
    /** `lstm`: lstmSolved or lstmUnsolved; `rnn`: rnnStuck or rnnLearned */
    done: (t: TrainingTask, iterations: number, lstm: string, rnn: string) =>
      `After ${iterations} iterations on ${task(t)}: ${lstm}, while ${rnn}. Compare their gradient flows.`
  },
  attentionSees: {
    title: 'Attention sees every step directly',
    /** `spread`: the weights' reading (spread or focused), or '' */
    caption: (T: number, rnn: string, cell: string, first: string, spread: string) =>
      `${T} steps back, the RNN's gradient is ${rnn} of its value at the loss and the LSTM ` +
      `cell's ${cell}: each passes through ${T} Jacobians. Attention's path from any position ` +
      `to the last is one step long, whatever the distance: its gradient to the first position is ` +
      `${first}.${spread}`
  },
  attentionCatch: {
    title: "Attention's catch: cost and width",
    /** T steps, n hidden units; `spread` as attentionSees's */
    caption: (T: number, n: number, spread: string) =>
      `The one-step path costs: the last position attends to all ${T} before it, and a sequence's positions ` +
      `together make about T² / 2 = ${Math.round((T * T) / 2)} query-key products where a recurrence makes ` +
      `${T} steps. To generate the next token an RNN keeps ${n} numbers (an LSTM ${2 * n}: h and c); ` +
      `attention keeps every key and value, 2nT = ${2 * n * T} numbers, growing with T.${spread}`
  },
  /** attention's weights against uniform 1/T: what share lies within a factor 2 of it */
  weightsNear: (share: string, uniform: string) => `${share} of the weights lie within a factor 2 of 1/T = ${uniform}`,
  /** `near`: weightsNear */
  weightsSpread: (near: string) =>
    ` But softmax spreads the weight: ${near}, so the gradient to each input is thin (dilution in width).`,
  weightsFocused: (largest: string, near: string) =>
    ` These weights are focused (the largest is ${largest}, ${near}); at initialisation ` +
    'softmax usually spreads them over all T inputs.'
};
