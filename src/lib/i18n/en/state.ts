// Messages of src/lib/state/ (English: the source every other language is typed against).
export const state = {
  langNotice: (given: string, allowed: readonly string[], shownIn: string) =>
    `lang: must be one of ${allowed.join(', ')}, got ${given}; the page is in ${shownIn}`,
  tourNotice: (most: string, given: string) =>
    `tour: must be a step from 1 to ${most}, got ${given}; the tour was not started`,
  /** mathjs did not load: the nonlinearity stays (its name as the control shows it) */
  parserUnloaded: (kept: string) => `Nonlinearity: the formula parser could not be loaded (offline?); kept ${kept}.`,
  /** what a worker run under way computes */
  computing: (n: string, T: string) => `Computing n = ${n}, T = ${T}…`,
  trainRefused: (problem: string) => `Cannot train with these settings: ${problem}`,
  /** a sweep file refused: its name, then why */
  fileNamed: (name: string, problem: string) => `${name}: ${problem}`,
  /** the phase diagrams' titles */
  phase: {
    radius: (arch: string) => `${arch}: spectral radius`,
    lstmBias: 'LSTM full cell gradient: forget bias',
    gruBias: 'GRU full state gradient: update bias'
  }
};
