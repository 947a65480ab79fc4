// Independent gradients: the 5-point central difference of the mathjs reference's loss,
// f'(x) ~ [8(f(x+d) - f(x-d)) - (f(x+2d) - f(x-2d))] / 12d, truncation O(d^4).
import { referenceLoss, type Perturbation } from '../../src/lib/sim/reference';
import type { Params } from '../../src/lib/sim/index';

const D = 1e-3;

export function fdGradient(p: Params, kind: Perturbation['kind'], t: number): number[] {
  const size = kind === 'x' ? p.m : p.n;
  const L = (i: number, delta: number) => referenceLoss(p, { kind, t, i, delta });
  return Array.from({ length: size }, (_, i) => (8 * (L(i, D) - L(i, -D)) - (L(i, 2 * D) - L(i, -2 * D))) / (12 * D));
}

export const norm = (v: number[]) => Math.hypot(...v);
