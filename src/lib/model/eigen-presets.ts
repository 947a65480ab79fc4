// Eigenvalue sets for the explorer's presets, as conjugate-closed lists of [re, im]: each a
// picture the spectral radius alone does not explain.
import type { Eigenvalue } from './lab-state';
import { msg, type Messages } from '../i18n/index';

/** n values on a circle of radius r: conjugate pairs, plus the real r when n is odd. */
export function circle(n: number, r: number, phase = 0): Eigenvalue[] {
  const out: Eigenvalue[] = [];
  const pairs = Math.floor(n / 2);
  for (let k = 0; k < pairs; k++) {
    const theta = phase + (Math.PI * (2 * k + 1)) / (2 * pairs + (n % 2));
    const re = +(r * Math.cos(theta)).toFixed(4);
    const im = +(r * Math.sin(theta)).toFixed(4);
    out.push([re, im], [re, -im]);
  }
  if (n % 2) out.push([r, 0]);
  return out;
}

export interface Preset {
  id: string;
  /** the option's text, in the page's language */
  readonly label: string;
  make: (n: number) => Eigenvalue[];
  condition?: number;
}

type PresetKey = keyof Messages['model']['presets'];
/** The option text of a preset, read when shown. */
const preset = (key: PresetKey, rest: Omit<Preset, 'label'>): Preset => ({
  ...rest,
  get label() {
    return msg().model.presets[key];
  }
});

export const PRESETS: Preset[] = [
  preset('circle', { id: 'circle', make: (n) => circle(n, 0.9) }),
  preset('rotation', {
    id: 'rotation',
    make: (n) => (n < 2 ? [[1, 0]] : [[0.866, 0.5], [0.866, -0.5], ...circle(n - 2, 0.4)])
  }), // one unit cannot rotate: it keeps 1
  preset('slow', { id: 'slow', make: (n) => [[0.99, 0], ...circle(Math.max(0, n - 1), 0.4)] }),
  preset('mixed', {
    id: 'mixed',
    make: (n) => [...circle(Math.ceil(n / 2), 0.8), ...circle(Math.floor(n / 2), 1.15, 0.3)]
  }),
  preset('nonNormal', { id: 'non-normal', make: (n) => circle(n, 0.9), condition: 300 })
];

/** Snaps a list to exact conjugate pairs (what the engine schema requires). */
export function conjugateClosed(values: Eigenvalue[]): Eigenvalue[] {
  const out: Eigenvalue[] = [];
  for (const [re, im] of values) {
    if (im === 0) out.push([re, 0]);
    else if (im > 0) out.push([re, im], [re, -im]);
  }
  return out;
}
