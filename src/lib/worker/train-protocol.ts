// Messages between the page and a training worker (one worker per trained architecture).
import type { HistoryEntry, TrainResult } from '../sim/train/train';
import type { RunSpec } from '../sim/train/train-spec';
import type { TrainedConnectivity } from '../sim/train/net-connectivity';

export type TrainRequest =
  | { kind: 'train'; id: number; spec: RunSpec; maps: boolean }
  | { kind: 'train-pause'; id: number }
  | { kind: 'train-resume'; id: number };

export type TrainReply =
  | { id: number; entry: HistoryEntry }
  | { id: number; done: Omit<TrainResult, 'history' | 'spec' | 'theta'>; connectivity: TrainedConnectivity | null }
  | { id: number; error: string };
