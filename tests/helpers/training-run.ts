// A small finished training run as the page holds one (model/training-run.ts), for the figure tests.
import type { TrainingRun } from '../../src/lib/model/training-run';
import type { Arch } from '../../src/lib/sim/spec';
import { train } from '../../src/lib/sim/train/train';
import { runsOf, validateTrainSpec } from '../../src/lib/sim/train/train-spec';

export function finishedRun(arch: Arch, extra: Record<string, number> = {}): TrainingRun {
  const spec = runsOf(
    validateTrainSpec({ arch, hidden: 4, steps: 8, batch: 4, iterations: 20, evalEvery: 10, evalSize: 10, ...extra })
  )[0];
  const r = train(spec);
  return {
    arch,
    spec,
    history: r.history,
    status: 'done',
    solvedAt: r.solvedAt,
    divergedAt: null,
    seconds: r.seconds,
    error: '',
    connectivity: null
  };
}
