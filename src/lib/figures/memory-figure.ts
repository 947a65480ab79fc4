// Memory beside gradient (issue 19, item 2): for the LSTM on screen, how much of a value written
// into the cell at step s is still in c_T (log10 f_{s+1} ... f_T per unit, the engine's
// perUnit.memory), beside the full cell gradient that reaches s (perUnit.c), on the same colour
// scale and axes as the lab's heatmaps. The forward product of the gates is also the factor the
// highway carries dL/dc_T back to s by: dilution is one number both ways (Hochreiter & Schmidhuber
// 1997's constant error carousel, with Gers et al. 2000's forget gate). The full cell gradient adds
// the paths through h (W and the gates): where it differs from the memory, those paths are why.
import type { SimResult } from '../sim/index';
import { binMatrix } from './bin';
import { ratioFromLog10 } from './format';
import type { HeatmapPanel } from './figure-data';
import { msg } from '../i18n/index';

/** The two panels: rows are units, columns steps back k = T - s from the loss (0..T). */
export interface MemoryPanels {
  /** log10 f_{s+1,i} ... f_{T,i}: the share of c_s,i still in c_T,i, and the highway's factor back to s */
  memory: HeatmapPanel;
  /**
   * log10 |dL/dc_s,i| relative to the root-mean-square unit at T (||dL/dc_T|| / sqrt(n)), as in the
   * lab's cell heatmap: relative to each unit's own dL/dc_T,i, a unit that starts near 0 would read as
   * a huge growth it does not have (10^21 at b = 4.5, T = 500, where the norm grows by 10^0.9)
   */
  cell: HeatmapPanel;
}

// a getter: the label is read in the page's language when a panel is built, never at load
const ROWS = {
  get rowLabel() {
    return msg().figures.labels.hiddenUnit;
  },
  zeroNeutral: false
};

/** Rows of the engine (index t = 0..T, n units) as a units x steps-back matrix, less `ref`. */
function byStepsBack(rows: Float64Array[], ref: number): Float64Array {
  const T = rows.length - 1;
  const n = rows[0].length;
  const out = new Float64Array(n * (T + 1));
  for (let k = 0; k <= T; k++) for (let i = 0; i < n; i++) out[i * (T + 1) + k] = rows[T - k][i] - ref;
  return out;
}

/**
 * The figure's panels for an LSTM result with per-unit data, or null (another architecture, or a
 * run without perUnit). With maxCols, columns beyond it are averaged down for the screen (bin.ts).
 */
export function memoryPanels(r: SimResult, maxCols = Infinity): MemoryPanels | null {
  const memory = r.perUnit?.memory;
  const c = r.perUnit?.c;
  if (r.spec.arch !== 'lstm' || !memory || !c || !r.cGradLog10) return null;
  const T = memory.length - 1;
  const n = memory[0].length;
  const panel = (id: string, title: string, m: Float64Array): HeatmapPanel => {
    const binned = binMatrix(m, n, T + 1, n, maxCols);
    return { id, title, matrix: binned.matrix, rows: n, cols: binned.cols, steps: T, ...ROWS };
  };
  return {
    // memory[T] is 0 (an empty product): a unit keeps all of what it was just given
    memory: panel('memory-kept', msg().figures.labels.memoryKept, byStepsBack(memory, 0)),
    cell: panel('memory-cell', msg().figures.labels.memoryCell, byStepsBack(c, r.cGradLog10[T] - 0.5 * Math.log10(n)))
  };
}

/** What one unit keeps at the far end (s = 0, T steps back), forward and backward. */
export interface MemoryReading {
  T: number;
  n: number;
  /** the unit (1-based) that keeps most of a value written T steps back */
  unit: number;
  /** log10 f_1 ... f_T of that unit: kept forward, and the highway's factor backward */
  keptLog10: number;
  /** the median over units of the same */
  medianLog10: number;
  /** log10 ||dL/dc_0|| / ||dL/dc_T||: the full cell gradient, all units (the line chart's) */
  cellLog10: number;
  /** log10 of the same along the highway alone (cellPathLog10) */
  highwayLog10: number;
}

export function memoryReading(r: SimResult): MemoryReading | null {
  const memory = r.perUnit?.memory;
  const c = r.perUnit?.c;
  const [cg, path] = [r.cGradLog10, r.cellPathLog10];
  if (r.spec.arch !== 'lstm' || !memory || !c || !cg || !path) return null;
  const T = memory.length - 1;
  const n = memory[0].length;
  let best = 0;
  for (let i = 1; i < n; i++) if (memory[0][i] > memory[0][best]) best = i;
  const sorted = Array.from(memory[0]).sort((a, b) => a - b);
  const medianLog10 = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  const [cellLog10, highwayLog10] = [cg[0] - cg[T], path[0] - path[T]];
  return { T, n, unit: best + 1, keptLog10: memory[0][best], medianLog10, cellLog10, highwayLog10 };
}

/** Decades apart before the full cell gradient is said to differ from the highway (a factor 2). */
const APART = Math.log10(2);

/** The figure's caption: the same product read forward and backward, and where the full cell gradient differs. */
export function memoryCaption(r: SimResult): string {
  const read = memoryReading(r);
  if (!read) return '';
  const { T, unit, keptLog10, medianLog10, cellLog10, highwayLog10 } = read;
  const m = msg().figures.memory;
  const forward = m.forward(unit, ratioFromLog10(keptLog10), T, ratioFromLog10(medianLog10));
  // over all units, as the line chart draws them: the norms, not one unit against its own start
  const diff = cellLog10 - highwayLog10;
  const [cell, highway] = [ratioFromLog10(cellLog10), ratioFromLog10(highwayLog10)];
  const matrixPart = cellLog10 <= 0 ? '' : cellLog10 >= 1 ? 'exploding' : 'growing';
  const full =
    diff > APART
      ? m.cellAbove(cellLog10 > 0, cell, highway, matrixPart)
      : diff < -APART
        ? m.cellBelow(cell, highway)
        : m.cellWith(cell, highway);
  return forward + full;
}
