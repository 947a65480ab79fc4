// The explorer's 16:9 slide: its figures as laid out on screen (the eigenvalues, their readout,
// the gradient norm and the connectivity maps with their colour bar), scaled to fill the slide
// between the title and the footer of every slide (parameters, link and QR code).
import type { Region } from './dom-to-svg';
import { esc } from './dom-to-svg';
import { footerBlock, M, SLIDE, slideTitle, type SlideColors } from './slide-footer';

/** What the explorer's slide shows, besides the captured figures. */
export interface ExplorerSlideInput {
  title: string;
  footer: string;
  link: string;
  colors: SlideColors;
}

/** The explorer's figures, in the order a lecturer reads them. */
export const EXPLORER_SLIDE_PARTS = [
  '[data-export=eigenvalues]',
  '[data-testid=spectrum-readout]',
  '[data-export=line]',
  '[data-export=connectivity]'
];

const TOP = 120; // below the title

export function explorerSlide(input: ExplorerSlideInput, region: Region): string {
  const foot = footerBlock(input.footer, input.link, input.colors);
  const boxW = SLIDE.width - 2 * M;
  const boxH = foot.top - 16 - TOP;
  // as large as the room allows, never blown up beyond 3x (a phone's screen on a slide)
  const s = Math.min(boxW / Math.max(1, region.width), boxH / Math.max(1, region.height), 3);
  const x = M + (boxW - region.width * s) / 2;
  return [
    `<g font-family="${esc(input.colors.font)}">`,
    slideTitle(input.title, input.colors),
    `<g transform="translate(${x.toFixed(1)},${TOP}) scale(${s.toFixed(4)})" data-figures="explorer">`,
    region.body,
    '</g>',
    ...foot.parts,
    '</g>'
  ].join('\n');
}
