// The worker's simulation role: simulate() off the main thread for the runs the page forecasts
// to be long (sim/cost.ts).
// A run cannot be interrupted, so the newest request wins before it starts: the worker first
// lets queued messages in, and a request superseded meanwhile is dropped unrun.
import { heatmapPanels, SCREEN_COLUMNS } from '../figures/figure-data';
import { simulateSet } from '../sim/simulate-set';
import { kernels } from '../sim/wasm/arena';
import type { SimReply, SimRequest } from './sim-protocol';
import { yieldToMessages } from './yield';
import { speakRequestLocale } from './request-locale';

let latest = 0;

/** The results' own buffers (never the kernels' memory), moved rather than copied to the page. */
function buffers(results: object[]): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  const visit = (value: unknown) => {
    if (value instanceof Float64Array) found.add(value.buffer as ArrayBuffer);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  results.forEach((r) => visit({ ...r, spec: undefined, spectrum: undefined }));
  found.delete(kernels?.memory.buffer as ArrayBuffer);
  return [...found];
}

export async function onSimRequest(request: SimRequest): Promise<void> {
  const { id, specs } = request;
  speakRequestLocale(request);
  latest = id;
  await yieldToMessages();
  if (latest !== id) return;
  const start = performance.now();
  let reply: SimReply;
  try {
    const { results, halted } = simulateSet(specs);
    // the heatmap panels too: transposing and averaging 3.8 million cells is work the page
    // would otherwise do on its main thread when the results land
    const panels = heatmapPanels(results, SCREEN_COLUMNS);
    reply = { id, results, panels, halted, ms: performance.now() - start };
    (self as unknown as Worker).postMessage(reply, buffers([...results, ...panels]));
  } catch (e) {
    reply = { id, error: (e as Error).message };
    (self as unknown as Worker).postMessage(reply);
  }
}
