// Messages of src/lib/explorer/ (English: the source every other language is typed against).
export const explorer = {
  // Explorer.svelte
  /** matrix: the controlled model's matrix symbol, 'W' when none */
  planeTitle: (matrix: string) => `Eigenvalues of ${matrix} in the complex plane`,
  noSpectrum:
    'No compared model has a recurrent matrix (attention and the window read their inputs directly): tick RNN, ' +
    'LSTM, GRU or Residual RNN to see and edit eigenvalues.',
  preset: 'Preset',
  choose: 'choose...',
  /** init: the recurrent init in use, 'orthogonal' or 'gaussian' */
  showing: (init: string) => `Showing the eigenvalues of the ${init} matrix in use.`,
  editThese: 'Edit these eigenvalues',
  dragHint:
    'Drag an eigenvalue, or Tab to it and use the arrow keys; its conjugate follows. Pull a real one off the axis ' +
    'to pair it with another.',
  /** the condition slider's value; v already in the page's number style */
  conditionValue: (v: string) => `condition number ${v}`,
  conditionHint: 'condition number of the eigenbasis; 1 = normal',
  conditionUnused: 'applies to edited eigenvalues',
  spectralRadius: 'spectral radius ρ',
  spectralNorm: 'spectral norm ‖W‖',
  gamma: 'γ = sup|φ′|',
  bidirectional: 'Bi-LSTM connectivity map',
  // EigenEditor.svelte
  planeLabel: 'Eigenvalues of the recurrent matrix in the complex plane',
  /** value: "0.50 ± 0.30i"; pair: a complex one, standing for its conjugate too */
  handle: (value: string, pair: boolean) =>
    `eigenvalue ${value}${pair ? ' (a conjugate pair)' : ''}: arrow keys move it, Shift for larger steps`,
  addReal: 'Add real',
  addPair: 'Add pair',
  removeSelected: 'Remove selected',
  selected: (value: string) => `Selected: ${value}`,
  none: 'none',
  // ConnectivityMaps.svelte
  mapsLabel: 'Connectivity maps',
  mapsTitle: 'Connectivity: how strongly the input at step s still moves the state at step t',
  bilstmTitle: 'Bi-LSTM (forward + backward)',
  bilstm: 'Bi-LSTM',
  /** a map's accessible title; name: the model's */
  mapTitle: (name: string) => `${name} connectivity`,
  /** forecast and auto: durations already written; cells: a map's cells (T²/2) */
  waiting: (T: number, models: string, forecast: string, auto: string, cells: number) =>
    `The maps at T = ${T} (${models}) are forecast to take about ${forecast} on this device, more than the ` +
    `${auto} the explorer computes unasked: the work grows as T², ${cells.toLocaleString('en')} cells a map. ` +
    'They fill in as they are computed, and the page stays usable meanwhile.',
  computeAnyway: 'Compute them anyway',
  setSteps: (T: number) => `Set the sequence length to ${T}`,
  tooLong: (max: number, T: number) =>
    `Connectivity maps are computed for sequence lengths up to ${max}; lower the sequence length (now ${T}) to see ` +
    'them.',
  scaleTitle: 'relative to the diagonal',
  caption:
    "White: as strong as the input's immediate effect (the diagonal); blue: faded; grey: exactly zero, since a " +
    'one-way network cannot see the future. The Bi-LSTM reads the sequence both ways, so its map is full: it uses ' +
    'the future, and that is why it cannot generate text one token at a time.',
  windowBand:
    "The window's map is a band: h_t reads only the inputs from t − N + 1 to t, so it is grey below the band too, " +
    'the past beyond its N steps, exactly zero.',
  attentionFlat: "Attention's map is a flat triangle: every position reaches every earlier one in one step.",
  computedIn: (ms: number) => `Computed in ${Math.round(ms)} ms.`,
  mapsError: (error: string) => `The maps could not be computed: ${error}`
};
