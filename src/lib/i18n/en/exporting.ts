// Messages of src/lib/export/ (English: the source every other language is typed against).
export const exporting = {
  /** the figures the dialog offers, by FigureId (file names keep the ids) */
  figures: {
    slide: 'Whole slide (16:9)',
    heatmaps: 'Heatmaps',
    eigenvalues: 'Eigenvalues in the complex plane',
    line: 'Line chart',
    weightShares: 'Where ∂L/∂W comes from',
    phaseRadius: 'Phase diagram: spectral radius',
    phaseBias: 'Phase diagram: forget / update bias',
    memory: 'LSTM memory beside gradient',
    connectivity: 'Connectivity maps',
    latchMap: 'Latch: the map and its fixed points',
    latchTrajectories: 'Latch: noisy trajectories',
    latchGradient: 'Latch: |∂aₜ/∂a₁| against steps',
    latchTradeoff: 'Latch: the trade-off grid',
    trainLoss: 'Training: evaluation loss',
    trainAccuracy: 'Training: accuracy',
    trainGrad: 'Training: gradient norm',
    trainFlow: 'Training: gradient flow',
    trainConnectivity: 'Training: connectivity before and after',
    trainGates: 'Training: LSTM forget gates',
    trainSweep: 'Training: success against sequence length',
    reach: 'How far back each model sees',
    reachAttention: 'Attention’s weights',
    reachCost: 'Cost on this device'
  },
  dialog: {
    title: 'Export',
    figure: 'Figure',
    background: 'Background',
    asOnScreen: 'as on screen',
    white: 'white, for printed handouts',
    image: 'Image',
    data: 'Data',
    copyPng: 'Copy PNG',
    csv: 'CSV (data of this figure)',
    json: 'JSON (specs and results)',
    close: 'Close',
    working: 'Working...',
    failed: (message: string) => `Could not export: ${message}`,
    savedImage: (name: string, width: number, height: number) => `Saved ${name} (${width} x ${height} px)`,
    saved: (name: string) => `Saved ${name}`,
    copied: (figure: string) => `Copied the ${figure.toLowerCase()} to the clipboard as PNG (2x)`,
    notHttp: 'not an http(s) address: the link keeps this page’s own',
    privateToo: 'this address is private too: students outside this network cannot open it'
  },
  /** why a figure's data cannot be exported now */
  missing: {
    lstm: 'no LSTM on screen: compare the LSTM to see its memory',
    recurrent: 'no recurrent network on screen',
    connectivity: 'the connectivity maps are not on screen',
    attention: 'no attention weights on screen',
    cost: 'nothing measured yet: Measure on this device',
    sweep: 'no length sweep on screen: run one or open a sweep file',
    latch: 'the latch is not on screen',
    phase: 'this phase diagram is not on screen',
    figure: (id: string, _label: string) => `${id}: this figure is not on screen`,
    explorer: "the explorer's figures are not on screen",
    pngEncoding: 'PNG encoding failed'
  },
  link: {
    /** a page served from a private address: `host` is where, '' for a file */
    privatePage: (host: string) =>
      `This page is served from ${host || 'a file'}, an address only this machine or its network can open: a ` +
      `slide's link and QR code would not work for students. Give the lab's public address (remembered on this ` +
      `device):`,
    publicAddress: 'Public address',
    placeholder: 'https://course.example.edu/gradient-lab/',
    onSlide: 'Link on the slide:'
  },
  slide: {
    heatmapAxis: 'steps back from the loss, k',
    colorBarTitle: 'gradient ratio',
    blue: 'blue: shrunk',
    red: 'red: grown',
    lineTitle: 'Gradient norm against steps back',
    lineAxis: 'steps back, k',
    qrTooLong: ['link too long', 'for a QR code'],
    scanQr: 'scan the QR code',
    copyAddress: "copy it from the page's address bar",
    linkCut: (whole: string) => `… too long to print in full: ${whole}.`
  },
  /** the slide's footer: every parameter of the figure (numbers come formatted) */
  footer: {
    credit: 'Gradient Flow Lab.',
    steps: (T: string) => `T = ${T}`,
    radius: (radius: string, init: string) => `spectral radius ${radius} (${init})`,
    inits: { orthogonal: 'orthogonal', gaussian: 'gaussian', eigenvalues: 'eigenvalues', explicit: 'explicit' },
    nonlinearity: (what: string) => `nonlinearity ${what}`,
    activations: { tanh: 'tanh', linear: 'linear', relu: 'relu' },
    forgetBias: (bias: string, sigma: string) => `forget bias ${bias} (sigma ${sigma})`,
    chrono: (tMax: string) => `forget gates chrono-initialised up to T_max = ${tMax}`,
    updateBias: (bias: string) => `update bias ${bias}`,
    hidden: (n: string) => `hidden ${n}`,
    inputScale: (s: string) => `input scale ${s}`,
    seed: (seed: string) => `seed ${seed}`,
    attention: (heads: string, scale: string) => `attention heads ${heads}, position scale ${scale}`,
    window: (N: string) => `window N = ${N}`,
    colourRange: (lo: string, hi: string) => `colour range ${lo} to ${hi}.`
  }
};
