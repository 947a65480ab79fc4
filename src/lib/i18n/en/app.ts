// The page's frame: header, view tabs, language switch.
export const app = {
  language: 'Language',
  title: 'Gradient Flow Lab',
  /** the browser tab's title (index.html has the English one) */
  documentTitle: 'Gradient Flow Lab: why RNNs forget and LSTMs remember',
  tagline: 'Why plain RNNs forget and LSTMs remember: exact BPTT gradients.',
  tools: 'Lecture tools',
  tour: 'Tour',
  present: 'Present',
  controls: 'Controls',
  export: 'Export',
  theme: 'Theme',
  shortcuts: 'Keyboard shortcuts',
  noticesIntro: 'This link had settings the lab could not use as given:',
  dismiss: 'Dismiss',
  views: 'Views',
  tabs: {
    gradients: 'Gradients',
    explorer: 'Eigenvalues & connectivity',
    latch: 'Latch (Bengio 1994)',
    training: 'Training',
    reach: 'How far back?'
  },
  /** after "Computing n = 64, T = 5000…" while the figures still show the previous run */
  lastRun: '; the figures show the last run',
  /** the slide's title (export) */
  slideExplorer: (compared: string) => `${compared}: eigenvalues, gradient and connectivity`,
  slideGradients: (compared: string, steps: string) => `${compared}: gradients flowing back ${steps}`
};
