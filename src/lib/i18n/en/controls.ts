// Messages of src/lib/controls/ (English: the source every other language is typed against).
// A slider's value text (aria-valuetext) takes the number and writes it as the language does.
export const controls = {
  aside: 'Controls',
  stepsValue: (v: number) => `${v} steps`,
  radiusUnused: 'Spectral radius and recurrent init: no compared model has a recurrent matrix.',
  byEigenvalues: (n: number) => `Spectral radius and hidden size: set by your ${n} eigenvalues (Explorer view).`,
  init: 'Recurrent init',
  inits: { orthogonal: 'orthogonal', gaussian: 'gaussian (non-normal)', eigenvalues: 'eigenvalues' },
  activationUnused: 'Nonlinearity: no compared model uses it.',
  activation: 'Nonlinearity',
  activations: { tanh: 'tanh', linear: 'linear', relu: 'relu', custom: 'formula' },
  forgetUnused: 'Forget bias: an LSTM gate; no LSTM is compared.',
  updateUnused: 'Update bias: a GRU gate; no GRU is compared.',
  /** chrono's T_max against the lengths in use */
  isSequenceLength: '= sequence length',
  isTaskLength: '= task length T',
  sigmaValue: (v: string, sigma: string) => `${v}, sigma ${sigma}`,
  chronoOverride: (top: string) =>
    `Forget bias: overridden by chrono init (each unit's b_f = log u, u from U[1, ${top}], b_i = −b_f); ` +
    'the forget-bias diagram still sweeps one bias shared by every unit.',
  forgetInit: 'Forget-gate init',
  forgetInits: { constant: 'constant bias (slider above)', chrono: 'chrono (Tallec & Ollivier)' },
  chronoValue: (v: number) => `memory up to ${v} steps`,
  headsValue: (v: number, units: number) => `${v} head${v === 1 ? '' : 's'} of ${units} units`,
  noPositions: '0, no positions',
  windowValue: (v: number) => `the last ${v} input${v === 1 ? '' : 's'}`,
  unitsValue: (v: number) => `${v} units`,
  newSeed: 'New seed',
  decadesValue: (v: number) => `plus or minus ${v} powers of ten`,
  /** the compared set (CompareChoice.svelte) */
  compare: {
    legend: 'Architectures',
    rule: (most: string) => `1 to ${most} side by side`,
    tooMany: (arch: string, most: string, others: string) =>
      `${arch}: at most ${most} architectures side by side; untick one of ${others} first.`,
    lastOne: (arch: string) => `${arch}: at least one architecture must be compared; tick another first.`
  },
  /** phi(x) as a formula (FormulaField.svelte) */
  formula: {
    label: 'Formula φ(x)',
    symbolic: (derivative: string) => `= ${derivative} (symbolic)`,
    automatic: 'by automatic differentiation (no short symbolic form)',
    refused: (problem: string, allowed: string, kept: string) =>
      `Formula: ${problem}. Allowed: ${allowed}. Still using ${kept}.`
  }
};
