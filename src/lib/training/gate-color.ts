// The forget-gate figures' colour scale: d3's cividis (Nuñez et al. 2018), designed to read the
// same with deuteranopia and protanopia and even in lightness; f = 0 dark blue, f = 1 light yellow.
import { interpolateCividis, rgb } from 'd3';

/** RGB of a gate value in [0, 1]; anything outside is clamped (a gate is a sigmoid). */
export function gateColor(f: number): [number, number, number] {
  const c = rgb(interpolateCividis(Math.min(1, Math.max(0, f))));
  return [Math.round(c.r), Math.round(c.g), Math.round(c.b)];
}

export const gateCss = (f: number): string => `rgb(${gateColor(f).join(', ')})`;
