// Messages of src/lib/charts/ (English: the source every other language is typed against).
export const charts = {
  // ColorBar.svelte
  colorTitle: 'gradient ratio to step T',
  /** lo, hi: the ends of the scale, already written as powers of ten */
  colorLabel: (lo: string, hi: string) =>
    `colour scale from ${lo} (blue, shrunk) to ${hi} (red, grown); values beyond are saturated`,
  saturated: '▲▼ beyond: saturated',
  zero: 'exactly 0: no dependence',
  // Heatmap.svelte, LineChart.svelte
  stepsBack: 'steps back from the loss, k',
  /** the same, on a narrow panel */
  stepsBackShort: 'steps back, k',
  heatmapLabel: (title: string, rows: number, cols: number) => `${title}: ${rows} rows by ${cols} columns of colour`,
  ratioAxis: 'ratio to step T',
  underflow: 'float32 underflow ≈ 10⁻³⁸',
  overflow: 'float32 overflow ≈ 3·10³⁸',
  /** both limits in one label, when they are a few pixels apart */
  range: 'float32 range ≈ 10⁻³⁸ to 3·10³⁸',
  limitsNotReached: 'float32 limits not reached',
  limitsTooltip: 'float32: smallest normal 1.2·10⁻³⁸, largest 3.4·10³⁸',
  logScale: ', log scale',
  /** the data table's caption */
  tableCaption: (title: string, y: string, x: string) => `${title}: ${y} against ${x}`,
  largestAt: 'largest, at step',
  /** a value and the step it is at */
  valueAt: (value: string, at: string) => `${value} at ${at}`,
  stepsToFall: 'steps to fall below 10⁻³',
  never: 'never',
  // ConnectivityHeatmap.svelte
  inputStep: 'input step s',
  stateStep: 'state step t',
  // CostChart.svelte
  lengthAxis: 'sequence length T (log scale)',
  msAxis: 'ms per sequence',
  /** after a model's name in the legend; slope already written */
  slope: (slope: string) => `: slope ${slope}`,
  logLog: ', log-log',
  costCaption: (title: string) => `${title}: milliseconds per sequence against T`,
  model: 'model',
  ms: 'ms'
};
