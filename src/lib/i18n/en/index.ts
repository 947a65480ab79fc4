// The English catalogue: every message of the page, by the folder that shows it. Other languages are
// typed against it (Messages), so a key missing from one fails the type check.
import { app } from './app';
import { controls } from './controls';
import { lecture } from './lecture';
import { tour } from './tour';
import { figures } from './figures';
import { gradients } from './gradients';
import { explorer } from './explorer';
import { reach } from './reach';
import { latch } from './latch';
import { charts } from './charts';
import { training } from './training';
import { model } from './model';
import { state } from './state';
import { worker } from './worker';
import { sim } from './sim';
import { exporting } from './exporting';
import { embed } from './embed';

export const en = {
  app,
  controls,
  lecture,
  tour,
  figures,
  gradients,
  explorer,
  reach,
  latch,
  charts,
  training,
  model,
  state,
  worker,
  sim,
  exporting,
  embed
};
export type Messages = typeof en;
