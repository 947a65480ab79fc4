// Messages between the page and a training worker (one worker per trained architecture).
import type { HistoryEntry, TrainResult } from '../sim/train/train';
import type { RunSpec } from '../sim/train/train-spec';
import type { TrainedConnectivity } from '../sim/train/net-connectivity';
import type { TrainedForgetGates } from '../sim/train/forget-gates';
import type { Locale } from '../i18n/index';

export type TrainRequest =
  | { kind: 'train'; id: number; spec: RunSpec; maps: boolean; locale?: Locale }
  | { kind: 'train-pause'; id: number }
  | { kind: 'train-resume'; id: number };

/** How far a run is: iterations done and the seconds the worker spent on them (pauses excluded). */
export interface TrainProgress {
  iteration: number;
  activeSeconds: number;
}

export type TrainReply =
  | { id: number; entry: HistoryEntry }
  | { id: number; progress: TrainProgress }
  | {
      id: number;
      done: Omit<TrainResult, 'history' | 'spec' | 'theta'>;
      connectivity: TrainedConnectivity | null;
      /** an LSTM's forget gates before and after (forget-gates.ts); null for other archs */
      gates: TrainedForgetGates | null;
    }
  | { id: number; error: string };
