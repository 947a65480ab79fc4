// The registry: every architecture the lab knows, by name. simulate(), the trainer, the CLI and
// the page look an architecture up here; a new one is a module of its own plus one line below.
import type { Arch } from '../spec';
import { attentionModule } from './attention';
import { gruModule, lstmModule, residualModule, rnnModule } from './recurrent-archs';
import type { ArchModule } from './types';
import { windowModule } from './window';

export type { ArchModule, ArchResult, PathKind, SpectrumMatrix, TrainableNet } from './types';

export const ARCH_MODULES: Record<Arch, ArchModule> = {
  rnn: rnnModule,
  lstm: lstmModule,
  gru: gruModule,
  residual: residualModule,
  attention: attentionModule,
  window: windowModule
};

export const archModule = (arch: Arch): ArchModule => ARCH_MODULES[arch];
