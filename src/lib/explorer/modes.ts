// The eigenvalue editor edits modes: a real eigenvalue, or one complex eigenvalue standing
// for its conjugate pair (im > 0). Expanding modes always yields a conjugate-closed list,
// so no edit can produce a spectrum a real matrix cannot have.
import { clampEigenPart as clamp, type Eigenvalue } from '../model/lab-state';

export type Mode = [number, number];

/** Below this |im| a dragged pair falls onto the real axis as two real eigenvalues. */
const SNAP = 0.03;
/** A real eigenvalue pulled this far off the axis takes the nearest other real with it as a pair. */
const PULL = 0.1;

export function toModes(eigenvalues: Eigenvalue[]): Mode[] {
  return eigenvalues.filter(([, im]) => im >= 0).map(([re, im]) => [re, im] as Mode);
}

export function toEigenvalues(modes: Mode[]): Eigenvalue[] {
  return modes.flatMap(([re, im]): Eigenvalue[] =>
    im > 0
      ? [
          [re, im],
          [re, -im]
        ]
      : [[re, 0]]
  );
}

/**
 * Mode i moved to (re, im). A real mode stays on the axis unless pulled off far enough and
 * another real mode exists to become its conjugate; a pair brought to the axis splits into
 * two reals. The count of eigenvalues never changes. Returns the new modes and where mode i is now.
 */
export function moveMode(modes: Mode[], i: number, re: number, im: number): { modes: Mode[]; index: number } {
  const out = modes.map((m) => [...m] as Mode);
  const [, oldIm] = out[i];
  const y = Math.abs(im);
  if (oldIm === 0) {
    const partner = out.findIndex(([, pim], k) => k !== i && pim === 0);
    if (y >= PULL && partner >= 0) {
      out[i] = [clamp(re), clamp(y)];
      out.splice(partner, 1);
      return { modes: out, index: partner < i ? i - 1 : i };
    }
    out[i] = [clamp(re), 0];
    return { modes: out, index: i };
  }
  if (y < SNAP) {
    out.splice(i, 1, [clamp(re), 0], [clamp(re), 0]);
    return { modes: out, index: i };
  }
  out[i] = [clamp(re), clamp(y)];
  return { modes: out, index: i };
}

export const count = (modes: Mode[]) => modes.reduce((n, [, im]) => n + (im > 0 ? 2 : 1), 0);
