// Timestamps for the browser benchmark: when a control last changed the state, when a
// chart last finished drawing. bench/browser.ts reads them through window.__gflPerf.
export const perf = {
  inputAt: 0,
  /** when mathjs arrived for the first custom formula (the e2e tests wait on it) */
  parserLoadedAt: 0,
  firstDrawnAt: 0,
  drawnAt: 0,
  phaseDrawnAt: 0,
  draws: 0,
  sweepStartAt: 0,
  sweepDoneAt: 0
};

export function markInput(): void {
  perf.inputAt = performance.now();
}

/** A chart finished drawing: the main figures (heatmaps, line chart) or a phase diagram. */
export function markDrawn(kind: 'main' | 'phase' = 'main'): void {
  if (kind === 'main') perf.drawnAt = performance.now();
  if (kind === 'main') perf.firstDrawnAt ||= perf.drawnAt;
  else perf.phaseDrawnAt = performance.now();
  perf.draws++;
}

if (typeof window !== 'undefined') (window as unknown as { __gflPerf: typeof perf }).__gflPerf = perf;
