// Messages of src/lib/embed/ and the export dialog's Embed panel (English: the source every other
// language is typed against).
export const embed = {
  // ---- the frame ----
  /** the frame's link to the whole lab, at the same settings (opens a new tab) */
  openInLab: 'open in the lab',
  openInLabTitle: 'Open the whole lab at these settings, in a new tab',
  /** the frame's region, for screen readers */
  frameLabel: (figure: string) => `Gradient Flow Lab: ${figure}`,
  stripLabel: 'Figure controls',
  badFigure: (given: string, allowed: string) => `embed: no figure is named ${given}; the figures are ${allowed}`,
  badControl: (given: string, allowed: string) =>
    `controls: no control is named ${given}; it was left out (controls: ${allowed})`,
  notices: 'The link had settings the figure could not use as given:',
  loading: 'Loading the figure…',
  computing: (figure: string) => `Computing: ${figure}…`,
  notDrawn: (figure: string) => `${figure}: not drawn at these settings.`,
  loadFailed: (problem: string) => `The figure could not be loaded: ${problem}`,
  trainPrompt: 'This figure shows a training run.',
  train: 'Start training',
  sweepPrompt: 'This figure shows a sweep of training runs at several sequence lengths.',
  sweep: 'Run the sweep',
  /** the caption cut to the frame: the whole text shows on hover or focus */
  captionFull: 'Caption (hover or focus for the whole text)',
  // ---- postMessage ----
  setNotObject: (example: string) => `set: the message must be an object such as ${example}`,
  setPageKey: (key: string) => `set: ${key} belongs to the page, not the figure, and cannot be set in a frame`,
  setValue: (key: string) => `set: ${key} must be a number, text, true/false or a list`,
  // ---- the export dialog's Embed panel ----
  panelTitle: 'Embed',
  panelIntro: 'This figure, live, inside a slide deck or course page: paste the code into its HTML.',
  slideNotEmbedded: 'The whole slide is a picture: choose one figure above to embed it.',
  size: 'Size',
  custom: 'custom',
  width: 'Width',
  height: 'Height',
  sizeProblem: (width: string, height: string) =>
    `Size: the width must be from 320 to 1920 px and the height from 200 to 1080 px; got ${width} × ${height}`,
  controls: 'Sliders in the frame',
  /** followed by an example in code: radius,steps */
  controlsHint: 'URL keys separated by commas, e.g.',
  code: 'Embed code',
  copyCode: 'Copy the code',
  link: 'Plain link',
  copyLink: 'Copy the link',
  copied: 'Copied to the clipboard',
  copyFailed: (problem: string) => `Could not copy: ${problem}; select the text and copy it`,
  preview: 'Preview',
  previewScale: (percent: string) => `shown at ${percent}%`,
  privatePage:
    'This page is served from this machine or a private network, and so is the code: students cannot ' +
    'open it. Copy it from the lab on its public address (or give that address with the whole slide chosen).'
};
