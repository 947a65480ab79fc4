// A training run as the page holds it: its spec, the history entries streamed so far, its
// status, its measured progress and, once done, its connectivity and (an LSTM's) forget gates
// before and after (state/training.svelte.ts).
import type { Arch } from '../sim/spec';
import type { HistoryEntry } from '../sim/train/train';
import type { TrainedConnectivity } from '../sim/train/net-connectivity';
import type { RunSpec } from '../sim/train/train-spec';
import type { TrainedForgetGates } from '../sim/train/forget-gates';

export type RunStatus = 'waiting' | 'running' | 'paused' | 'done' | 'error';

export interface TrainingRun {
  arch: Arch;
  spec: RunSpec;
  history: HistoryEntry[];
  status: RunStatus;
  solvedAt: number | null;
  divergedAt: number | null;
  seconds: number;
  error: string;
  /** the network's connectivity maps before and after training, once the run is done */
  connectivity: TrainedConnectivity | null;
  /** an LSTM's forget gates before and after training, once the run is done (absent: not computed) */
  gates?: TrainedForgetGates | null;
  /** iterations done and the seconds spent on them, pauses excluded: the measured rate for the time left */
  progress?: { iteration: number; activeSeconds: number };
}
