// The figures a frame can show, and how: each figure is drawn by its own view's component (the
// chart code is never copied), loaded with a dynamic import so that Vite splits a chunk per view
// and a frame fetches only its figure's view. Everything of the view but the figure (its
// `data-export` element, as the export dialog finds it) is hidden by one style rule; the
// sidebar's controls likewise, but for the strip's.
import type { Component } from 'svelte';
import type { View } from '../model/lab-state';
import type { EmbedControl, EmbedFigure } from '../export/embed-code';

export interface FigureNeeds {
  /** computed in the background (a worker, a grid): the frame says so until it is drawn */
  computes?: boolean;
  /** the figure waits for a run the reader starts: the frame offers the one button */
  start?: 'train' | 'sweep';
  /** captions outside the figure's element that belong to it (a CSS selector) */
  captionAlso?: string;
}

export const FIGURE_NEEDS: Record<EmbedFigure, FigureNeeds> = {
  heatmaps: { captionAlso: '[data-export="heatmap-caption"]' },
  line: {},
  'weight-shares': {},
  'phase-radius': { computes: true },
  'phase-bias': { computes: true },
  memory: {},
  eigenvalues: {},
  connectivity: { computes: true },
  'latch-map': {},
  'latch-trajectories': {},
  'latch-gradient': {},
  'latch-tradeoff': { computes: true },
  'train-loss': { start: 'train' },
  'train-accuracy': { start: 'train' },
  'train-grad': { start: 'train' },
  'train-flow': { start: 'train' },
  'train-connectivity': { start: 'train' },
  'train-gates': { start: 'train' },
  'train-sweep': { start: 'sweep' },
  reach: {},
  'reach-attention': {},
  'reach-cost': {}
};

export const figureSelector = (figure: EmbedFigure) => `[data-export="${figure}"]`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each view has props of its own
type AnyComponent = Component<any>;

/** A view's component, and for the reach view its cost measurement (made once loaded). */
export async function loadView(view: View): Promise<{ component: AnyComponent; cost: unknown }> {
  switch (view) {
    case 'gradients':
      return { component: (await import('../gradients/Figures.svelte')).default, cost: null };
    case 'explorer':
      return { component: (await import('../explorer/Explorer.svelte')).default, cost: null };
    case 'latch':
      return { component: (await import('../latch/Latch.svelte')).default, cost: null };
    case 'training':
      return { component: (await import('../training/Training.svelte')).default, cost: null };
    case 'reach': {
      const [reach, measure] = await Promise.all([
        import('../reach/Reach.svelte'),
        import('../reach/cost-measure.svelte')
      ]);
      return { component: reach.default, cost: measure.createCostMeasure() };
    }
  }
}

/**
 * The style that leaves only the figure of a view: every element that neither holds the figure,
 * is it, nor is inside it is hidden; the elements that hold it lose their layout (a grid of three
 * columns would give the figure one third of the frame); the figure's caption is read into the
 * frame's own (EmbedFrame.svelte), so it is hidden where the view put it.
 */
export function hideAllButFigure(figure: EmbedFigure): string {
  const f = figureSelector(figure);
  return (
    `.view-root :not(:has(${f}), ${f}, ${f} *) { display: none !important; }\n` +
    `.view-root :has(${f}) { display: block !important; margin: 0 !important; padding: 0 !important; ` +
    `border: 0 !important; width: auto !important; max-width: none !important; min-width: 0 !important; ` +
    `height: auto !important; min-height: 0 !important; position: static !important; }\n` +
    `.view-root ${f} { margin: 0 !important; }\n` +
    `.view-root ${f} .caption { display: none !important; }\n`
  );
}

/** Each strip control's elements among the sidebar's children: its slider or box, and its notes. */
const CONTROL_SELECTORS: Record<EmbedControl, string[]> = {
  compare: ['fieldset.compare'],
  steps: [':has(#steps-range)'],
  radius: [':has(#radius-range)', '[data-testid="radius-unused"]'],
  init: [':has(#init)'],
  activation: [':has(#activation)', '[data-testid="activation-unused"]', '.formula'],
  forgetBias: [':has(#forget-bias-range)', '[data-testid="forget-bias-unused"]'],
  forgetInit: [':has(#forget-init)', '[data-testid="forget-bias-overridden"]'],
  chronoMax: [':has(#chrono-max-range)'],
  updateBias: [':has(#update-bias-range)', '[data-testid="update-bias-unused"]'],
  heads: [':has(#heads-range)'],
  positionScale: [':has(#position-scale-range)'],
  window: [':has(#window-range)'],
  hidden: [':has(#hidden-range)'],
  inputScale: [':has(#input-scale-range)'],
  seed: ['.seed'],
  decades: [':has(#decades-range)']
};

/** The style that leaves the strip's controls of the sidebar (and its messages, which say why). */
export function stripCss(controls: readonly EmbedControl[]): string {
  const kept = [...controls.flatMap((c) => CONTROL_SELECTORS[c]), '.message'].join(', ');
  return `.strip aside.controls > :not(${kept}) { display: none !important; }\n`;
}
