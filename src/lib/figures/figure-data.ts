// From engine results to what the charts draw: curves relative to their value at the loss
// step (so 0 means "no change", the centre of the colour scale), per-unit heatmap
// matrices, and theory overlays. Pure functions; the charts only draw these.
import type { SimResult } from '../sim/index';
import { relativeStepsBack } from '../sim/gradients';
import { binMatrix } from './bin';
import type { Arch } from '../sim/spec';
import { nonlinearity } from '../sim/nonlinearity';
import { gatePathLog10, linearRnnLog10 } from '../sim/theory';
import { ARCH_LABELS, type LabState } from '../model/lab-state';
import { besideOne } from './format';
import { fixed, msg } from '../i18n/index';

// Okabe-Ito-like hues for the new models, apart from the three the lab has always drawn in
export const ARCH_COLORS: Record<Arch, string> = {
  rnn: '#b2182b',
  lstm: '#2166ac',
  gru: '#1b7837',
  residual: '#e08214',
  attention: '#762a83',
  window: '#4d4d4d'
};

export interface Curve {
  id: string;
  label: string;
  /** log10 ratio at k = 0..T steps back */
  values: Float64Array;
  color: string;
  dash?: string;
  width?: number;
  /** indices marked with a dot on the curve (the training's clipped iterations) */
  marks?: number[];
}

export interface HeatmapPanel {
  id: string;
  title: string;
  /** rows = hidden units, cols = steps back 0..T, row-major */
  matrix: Float64Array;
  rows: number;
  cols: number;
  /** steps back the columns span, 0..T (cols = T + 1 unless averaged down: see heatmapPanels) */
  steps: number;
  /** what a row is: a hidden unit, a unit of attention's embedding e_t, one of the window's inputs */
  rowLabel: string;
  /**
   * exact zeros (-Infinity) mean "no path" here, drawn grey, not the coldest blue: the window's
   * inputs beyond N, and position 0 that attention and the window do not have
   */
  zeroNeutral: boolean;
}

/**
 * Columns a panel keeps when built for the screen: no heatmap canvas is wider, and at T = 5000
 * the full panels of n = 256 (1.28 million cells each) cost the page tens of milliseconds.
 */
export const SCREEN_COLUMNS = 1024;

/**
 * log10 |g_{T-k,i}| relative to the root-mean-square entry at the loss step,
 * ||g_T|| / sqrt(n): a unit carrying an average share of the starting gradient is 0.
 */
function unitPanel(
  id: string,
  title: string,
  perUnit: Float64Array[],
  norms: Float64Array,
  maxCols: number,
  rows: Pick<HeatmapPanel, 'rowLabel' | 'zeroNeutral'> = HIDDEN_ROWS
): HeatmapPanel {
  const T = perUnit.length - 1;
  const n = perUnit[0].length;
  const ref = norms[T] - 0.5 * Math.log10(n);
  const matrix = new Float64Array(n * (T + 1));
  for (let k = 0; k <= T; k++) {
    const row = perUnit[T - k];
    for (let i = 0; i < n; i++) matrix[i * (T + 1) + k] = row[i] - ref;
  }
  const binned = binMatrix(matrix, n, T + 1, n, maxCols);
  return { id, title, matrix: binned.matrix, rows: n, cols: binned.cols, steps: T, ...rows };
}

// the row labels are getters: read in the page's language when a panel is built, never at load
const HIDDEN_ROWS = {
  get rowLabel() {
    return msg().figures.labels.hiddenUnit;
  },
  zeroNeutral: false
};
/**
 * What each architecture's hGradLog10 and perUnit.h hold (sim/archs): the state for a recurrence,
 * the position's embedding e_t for attention (issue 18), the input x_t for the window, which has
 * no state. Attention and the window have nothing at t = 0 (-Infinity there).
 */
const STATE_OF: Record<Arch, { symbol: string; rows: Pick<HeatmapPanel, 'rowLabel' | 'zeroNeutral'> }> = {
  rnn: { symbol: 'h', rows: HIDDEN_ROWS },
  lstm: { symbol: 'h', rows: HIDDEN_ROWS },
  gru: { symbol: 'h', rows: HIDDEN_ROWS },
  residual: { symbol: 'h', rows: HIDDEN_ROWS },
  attention: {
    symbol: 'e',
    rows: {
      get rowLabel() {
        return msg().figures.labels.unitOfE;
      },
      zeroNeutral: true
    }
  },
  window: {
    symbol: 'x',
    rows: {
      get rowLabel() {
        return msg().figures.labels.inputUnit;
      },
      zeroNeutral: true
    }
  }
};
export const stateSymbol = (arch: Arch): string => STATE_OF[arch].symbol;

/**
 * One panel per state of each result. With maxCols, columns beyond it are averaged down
 * (charts/bin.ts) for the screen; exports take the full panels (the default).
 */
export function heatmapPanels(results: SimResult[], maxCols = Infinity): HeatmapPanel[] {
  return results.flatMap((r) => {
    const arch = r.spec.arch;
    const h = unitPanel(`${arch}-h`, panelTitle(arch, 'h'), r.perUnit!.h, r.hGradLog10, maxCols, STATE_OF[arch].rows);
    if (!r.perUnit!.c) return [h];
    return [h, unitPanel(`${arch}-c`, panelTitle(arch, 'c'), r.perUnit!.c, r.cGradLog10!, maxCols)];
  });
}

/** "RNN |∂L/∂h|", "Attention |∂L/∂e|"; the LSTM's cell: "LSTM full cell |∂L/∂c|". */
const panelTitle = (arch: Arch, state: 'h' | 'c'): string =>
  state === 'c'
    ? msg().figures.labels.fullCellPanel(ARCH_LABELS[arch])
    : `${ARCH_LABELS[arch]} |∂L/∂${STATE_OF[arch].symbol}|`;

/**
 * heatmapPanels' panels with their words (title, row label) in the page's language: for panels
 * built where the language may differ (the worker) or before the language switch changed it. The
 * words follow from the id ("rnn-h", "lstm-c"); a panel of another id comes back as it was.
 */
export function relabelPanels(panels: HeatmapPanel[]): HeatmapPanel[] {
  return panels.map((p) => {
    const [arch, state] = p.id.split('-');
    if (!Object.hasOwn(STATE_OF, arch) || (state !== 'h' && state !== 'c')) return p;
    const rows = state === 'c' ? HIDDEN_ROWS : STATE_OF[arch as Arch].rows;
    return { ...p, title: panelTitle(arch as Arch, state), rowLabel: rows.rowLabel };
  });
}

/** Measured curves for every compared architecture, and the closed-form overlays. */
export function lineCurves(results: SimResult[], state: LabState): Curve[] {
  const T = state.steps;
  const theory = (f: (k: number) => number) => {
    const out = new Float64Array(T + 1);
    for (let k = 0; k <= T; k++) out[k] = f(k);
    return out;
  };
  return results.flatMap((r): Curve[] => {
    const arch = r.spec.arch;
    const color = ARCH_COLORS[arch];
    const m = msg().figures.labels;
    if (arch === 'rnn') {
      const curves: Curve[] = [
        { id: 'rnn-h', label: 'RNN ‖∂L/∂h‖', values: relativeStepsBack(r.hGradLog10), color, width: 3 }
      ];
      // Non-normal W: the norm, not the radius, bounds the gradient (|phi'| <= gamma):
      // ||grad_{T-k}|| <= (gamma ||W||)^k
      if (state.init !== 'orthogonal') {
        const gamma = r.spec.activation === 'custom' ? nonlinearity(r.spec.formula!).gamma : 1;
        const bound = gamma * r.spectrum!.spectralNorm; // every recurrent arch has W
        curves.push({
          id: 'rnn-bound',
          label: m.bound(fixed(bound, 2)),
          values: theory((k) => linearRnnLog10(bound, k)),
          color,
          dash: '1 3',
          width: 2
        });
      }
      // rho as measured on the matrix in use (the slider's radius, or the placed eigenvalues')
      const rho = r.spectrum!.spectralRadius;
      curves.push({
        id: 'rnn-theory',
        // the linear RNN's closed form: beside a tanh RNN it is no prediction (see captions.ts)
        label: (r.spec.activation === 'linear' ? m.rnnTheory : m.linearRnnTheory)(besideOne(rho, 2, 1e-9)),
        values: theory((k) => linearRnnLog10(rho, k)),
        color,
        dash: '6 5',
        width: 1.5
      });
      return curves;
    }
    if (arch === 'lstm')
      return [
        { id: 'lstm-c', label: m.lstmCell, values: relativeStepsBack(r.cGradLog10!), color, width: 3 },
        {
          id: 'lstm-path',
          label: m.lstmHighway,
          values: relativeStepsBack(r.cellPathLog10!),
          color,
          dash: '2 3',
          width: 2.5
        },
        // chrono init gives each unit its own bias: no one sigma(b_f)^k to draw, so no theory line
        ...(state.forgetInit === 'chrono'
          ? []
          : [
              {
                id: 'lstm-theory',
                label: m.forgetTheory,
                values: theory((k) => gatePathLog10(state.forgetBias, k)),
                color,
                dash: '8 4',
                width: 1.5
              }
            ])
      ];
    if (arch === 'residual')
      // I + diag(phi')W has no closed form in rho alone: no theory line (the RNN's would mislead)
      return [
        {
          id: 'residual-h',
          label: `${ARCH_LABELS.residual} ‖∂L/∂h‖`,
          values: relativeStepsBack(r.hGradLog10),
          color,
          width: 3
        }
      ];
    if (arch === 'attention')
      return [
        {
          id: 'attention-e',
          label: `${ARCH_LABELS.attention} ‖∂L/∂eₜ‖`,
          values: relativeStepsBack(r.hGradLog10),
          color,
          width: 3
        }
      ];
    if (arch === 'window') {
      // exactly zero beyond the window: the line stops there, and a dot marks its last point
      const values = relativeStepsBack(r.hGradLog10);
      const cut = windowCut(r.hGradLog10);
      return [
        {
          id: 'window-x',
          label: cut === null ? `${ARCH_LABELS.window} ‖∂L/∂xₜ‖` : m.windowCut(ARCH_LABELS.window, cut),
          values,
          color,
          width: 3,
          ...(cut === null ? {} : { marks: [cut - 1] })
        }
      ];
    }
    return [
      { id: 'gru-h', label: 'GRU ‖∂L/∂h‖', values: relativeStepsBack(r.hGradLog10), color, width: 3 },
      {
        id: 'gru-path',
        label: m.gruUpdatePath,
        values: relativeStepsBack(r.updatePathLog10!),
        color,
        dash: '2 3',
        width: 2.5
      },
      {
        id: 'gru-theory',
        label: m.updateTheory,
        values: theory((k) => gatePathLog10(state.updateBias, k)),
        color,
        dash: '8 4',
        width: 1.5
      }
    ];
  });
}

/**
 * The first k >= 1 at which the gradient to x_{T-k} is exactly zero (log10 -Infinity), among the
 * inputs x_1..x_T (index 0 holds no input), or null when every input has one: the window's cut at N.
 */
export function windowCut(byStep: Float64Array): number | null {
  const T = byStep.length - 1;
  for (let k = 1; k < T; k++) if (byStep[T - k] === -Infinity) return k;
  return null;
}

/** First k at which a relative curve has fallen below 10^threshold, or null if it never does. */
export function stepsToFall(values: Float64Array, threshold: number): number | null {
  for (let k = 0; k < values.length; k++) if (values[k] < threshold) return k;
  return null;
}

/**
 * float32 limits as log10 ratios: smallest normal 1.18e-38 (below it a run loses precision,
 * then gets 0) and largest 3.4e38.
 */
export const FLOAT32_LOG10 = { underflow: Math.log10(1.17549435e-38), overflow: Math.log10(3.4028235e38) };

/**
 * A connectivity map for drawing: log10 ||dh_t/dx_s|| relative to the median of the diagonal
 * (the immediate effect of an input), so white is "as strong as at once", blue has faded,
 * red has grown. Exact zeros (the future, for a unidirectional network) stay -Infinity and
 * are drawn as "no dependence"; entries not computed yet stay NaN.
 */
export function connectivityPanel(values: Float64Array, T: number): Float64Array {
  const diag = Array.from({ length: T }, (_, t) => values[t * T + t])
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  const ref = diag.length ? diag[Math.floor(diag.length / 2)] : 0;
  return values.map((v) => (Number.isFinite(v) ? v - ref : v));
}
