// One worker script for every role, simulation runs (sim-handler.ts), sweeps and maps
// (sweep-handler.ts), training (train-handler.ts) and the cost measurement (cost-handler.ts): the
// page starts one instance per role, but the browser fetches and compiles the engine once. mathjs
// loads here only for a request with a custom formula.
import { loadFormulaParser, needsFormulaParser } from '../sim/formula-parser';
import { onCostRequest } from './cost-handler';
import type { CostRequest } from './cost-protocol';
import { onSimRequest } from './sim-handler';
import type { SimRequest } from './sim-protocol';
import { onSweepRequest } from './sweep-handler';
import type { SweepRequest } from './sweep-protocol';
import { onTrainRequest } from './train-handler';
import type { TrainRequest } from './train-protocol';

// Requests start in the order they arrive, even when one waits for mathjs: each handler's
// supersession check ("a newer request came in") depends on that order. A failed load lets
// the request run and report the parser's error, rather than stopping every later one.
let ready: Promise<unknown> = Promise.resolve();

self.onmessage = (event: MessageEvent<SimRequest | SweepRequest | TrainRequest | CostRequest>) => {
  const request = event.data;
  if ('kind' in request && request.kind === 'cost') return onCostRequest(request); // timing: tanh, no formulas
  if ('kind' in request) return onTrainRequest(request); // training: no formulas, no queue to wait on
  if (needsFormulaParser(request)) ready = ready.then(loadFormulaParser).catch(() => undefined);
  void ready.then(() => ('specs' in request ? onSimRequest(request) : onSweepRequest(request)));
};
