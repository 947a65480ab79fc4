// The worker's cost role: times each compared model's sequence (forward and backward) at doubling
// lengths and posts every point as it is measured. Each model is timed through its module's
// sequenceCost() when it has one (attention's full causal layer, what a Transformer pays per
// sequence), else through the engine's own run() (perUnit and paramGrads off: the gradients only);
// parameters are built inside the timed call, as run() builds them.
import { archModule } from '../sim/archs/index';
import { validateSpec, type Spec } from '../sim/spec';
import { DEFAULT_PLAN, measure } from './cost-measure';
import type { CostReply, CostRequest } from './cost-protocol';
import { speakRequestLocale } from './request-locale';

const post = (reply: CostReply) => (self as unknown as Worker).postMessage(reply);

/** The call timed for one model at length T (its spec validated outside the timing). */
export function sequenceWork(base: Spec, T: number): () => unknown {
  const spec = validateSpec({ ...base, steps: T, perUnit: false, paramGrads: false });
  const module = archModule(base.arch);
  if (module.sequenceCost) return () => module.sequenceCost!(spec);
  return () => module.run(spec);
}

export function onCostRequest(request: CostRequest): void {
  const { id, job } = request;
  speakRequestLocale(request);
  try {
    const bases = job.specs.map((s) => validateSpec(s));
    const start = performance.now();
    const end = measure(
      { ...DEFAULT_PLAN, models: bases.length, lengths: job.lengths, budgetMs: job.budgetMs },
      (i, T) => sequenceWork(bases[i], T),
      {
        point: (i, T, ms, reps) => post({ id, point: { arch: bases[i].arch, T, ms, reps } }),
        slow: (i, T, ms) => post({ id, slow: { arch: bases[i].arch, T, ms } })
      }
    );
    post({ id, done: end, elapsedMs: performance.now() - start });
  } catch (e) {
    post({ id, error: (e as Error).message });
  }
}
