// Exports: one figure (captured from the page), or the 16:9 slide (designed in
// slide-layout.ts from the same data), as SVG or as PNG at 1x-3x.
import { regionToSvg, svgDocument } from './dom-to-svg';
import { EXPLORER_SLIDE_PARTS, explorerSlide } from './explorer-slide';
import { FIGURES, type FigureId } from './names';
import { msg } from '../i18n/index';
import { designedSlide, SLIDE, type SlideInput } from './slide-layout';
import type { View } from '../model/lab-state';

export { SLIDE };

/**
 * What the slide shows: everything but the colours, which come from the theme in force. The
 * explorer's slide is its own (its figures, captured), with the same title, footer and link.
 */
export type SlideContent = Omit<SlideInput, 'colors'> & { view: View };

export interface Exported {
  svg: string;
  width: number;
  height: number;
}

const SELECTORS: Record<Exclude<FigureId, 'slide'>, string[]> = {
  heatmaps: ['[data-export=heatmaps]'],
  line: ['[data-export=line]'],
  'weight-shares': ['[data-export=weight-shares]'],
  'phase-radius': ['[data-export=phase-radius]'],
  'phase-bias': ['[data-export=phase-bias]'],
  memory: ['[data-export=memory]'],
  eigenvalues: ['[data-export=eigenvalues]'],
  connectivity: ['[data-export=connectivity]'],
  'latch-map': ['[data-export=latch-map]'],
  'latch-trajectories': ['[data-export=latch-trajectories]'],
  'latch-gradient': ['[data-export=latch-gradient]'],
  'latch-tradeoff': ['[data-export=latch-tradeoff]'],
  'train-loss': ['[data-export=train-loss]'],
  'train-accuracy': ['[data-export=train-accuracy]'],
  'train-grad': ['[data-export=train-grad]'],
  'train-flow': ['[data-export=train-flow]'],
  'train-connectivity': ['[data-export=train-connectivity]'],
  'train-gates': ['[data-export=train-gates]'],
  'train-sweep': ['[data-export=train-sweep]'],
  reach: ['[data-export=reach]'],
  'reach-attention': ['[data-export=reach-attention]'],
  'reach-cost': ['[data-export=reach-cost]']
};

function pick(selectors: string[]): Element[] {
  return selectors.flatMap((s) => [...document.querySelectorAll(s)]);
}

/** Runs `capture` with the light theme's colours in force when `white` is set (printed handouts). */
function withTheme<T>(white: boolean, capture: () => T): T {
  const root = document.documentElement;
  const before = root.dataset.theme;
  if (white) root.dataset.theme = 'light';
  try {
    return capture();
  } finally {
    if (white) root.dataset.theme = before;
  }
}

const colors = () => {
  const cs = getComputedStyle(document.documentElement);
  return {
    bg: cs.getPropertyValue('--bg').trim(),
    fg: cs.getPropertyValue('--fg').trim(),
    muted: cs.getPropertyValue('--muted-fg').trim(),
    grid: cs.getPropertyValue('--grid').trim(),
    font: cs.fontFamily
  };
};

export function exportFigure(figure: FigureId, white: boolean, slide: SlideContent): Exported {
  return withTheme(white, () => {
    const c = colors();
    const background = white ? '#ffffff' : c.bg;
    if (figure !== 'slide') {
      const elements = pick(SELECTORS[figure]);
      if (!elements.length) {
        const label = FIGURES.find((f) => f.id === figure)?.label ?? figure;
        throw new Error(msg().exporting.missing.figure(figure, label));
      }
      const pad = 12;
      const r = regionToSvg(elements);
      const width = Math.ceil(r.width + 2 * pad);
      const height = Math.ceil(r.height + 2 * pad);
      return {
        svg: svgDocument(width, height, background, `<g transform="translate(${pad},${pad})">${r.body}</g>`),
        width,
        height
      };
    }
    const { width, height } = SLIDE;
    const slideColors = { fg: c.fg, muted: c.muted, grid: c.grid, font: c.font };
    if (slide.view === 'explorer') {
      const parts = pick(EXPLORER_SLIDE_PARTS);
      if (!parts.length) throw new Error(msg().exporting.missing.explorer);
      const body = explorerSlide({ ...slide, colors: slideColors }, regionToSvg(parts));
      return { svg: svgDocument(width, height, background, body), width, height };
    }
    const body = designedSlide({ ...slide, colors: slideColors });
    return { svg: svgDocument(width, height, background, body), width, height };
  });
}

/** The SVG drawn at `scale` times its size, as PNG. */
export async function toPng(exported: Exported, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([exported.svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(exported.width * scale);
    canvas.height = Math.round(exported.height * scale);
    canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(msg().exporting.missing.pngEncoding))), 'image/png')
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
