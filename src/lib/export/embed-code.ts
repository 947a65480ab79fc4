// One figure of the lab inside another page (issue 20, "Embedding"): which figures and controls a
// frame takes (`?embed=FIGURE&controls=radius,steps`), the sizes it is made for, and the code and
// links the export dialog hands out. Plain functions, shared by the dialog (EmbedPanel.svelte)
// and the frame itself (src/lib/embed/), which sits above this folder.
import { localNumber, msg } from '../i18n/index';
import type { LabState, View } from '../model/lab-state';
import { stateToQuery } from '../model/url-state';
import { FIGURES, type FigureId } from './names';

/** Every figure the export dialog knows but the whole slide (a slide is a picture, not a figure). */
export type EmbedFigure = Exclude<FigureId, 'slide'>;
export const EMBED_FIGURES = FIGURES.filter((f) => f.id !== 'slide').map((f) => f.id) as EmbedFigure[];

export const isEmbedFigure = (id: unknown): id is EmbedFigure => (EMBED_FIGURES as unknown[]).includes(id);

/** The view whose components draw the figure (the first it is exported from). */
export function figureView(id: EmbedFigure): View {
  return FIGURES.find((f) => f.id === id)!.views[0];
}

/** The figure's name, as the export dialog's list says it. */
export const figureLabel = (id: EmbedFigure): string => FIGURES.find((f) => f.id === id)!.label;

/**
 * The sidebar's controls a frame can show in its strip, by their URL key (url-state.ts): the
 * networks' controls of src/lib/controls/Controls.svelte.
 */
export const EMBED_CONTROLS = [
  'compare',
  'steps',
  'radius',
  'init',
  'activation',
  'forgetBias',
  'forgetInit',
  'chronoMax',
  'updateBias',
  'heads',
  'positionScale',
  'window',
  'hidden',
  'inputScale',
  'seed',
  'decades'
] as const;
export type EmbedControl = (typeof EMBED_CONTROLS)[number];

/** The smallest and largest frame the figures are made to fill, in CSS pixels. */
export const EMBED_MIN = { width: 320, height: 200 } as const;
export const EMBED_MAX = { width: 1920, height: 1080 } as const;
export const EMBED_PRESETS = [
  { width: 640, height: 400 },
  { width: 800, height: 500 },
  { width: 1280, height: 720 }
] as const;

export interface EmbedRequest {
  /** the figure, or null when `embed=` names none (then `problems` says why) */
  figure: EmbedFigure | null;
  controls: EmbedControl[];
  /** what could not be used, each naming the field and the allowed values */
  problems: string[];
}

const shown = (raw: string) => JSON.stringify(raw.length > 40 ? `${raw.slice(0, 37)}...` : raw);

/** `embed=` and `controls=` of a frame's address, checked. */
export function readEmbed(search: string): EmbedRequest {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const raw = params.get('embed') ?? '';
  const figure = isEmbedFigure(raw) ? raw : null;
  if (!figure) problems.push(msg().embed.badFigure(shown(raw), EMBED_FIGURES.join(', ')));
  const controls: EmbedControl[] = [];
  for (const name of (params.get('controls') ?? '').split(',').map((c) => c.trim())) {
    if (!name) continue;
    if ((EMBED_CONTROLS as readonly string[]).includes(name)) {
      if (!controls.includes(name as EmbedControl)) controls.push(name as EmbedControl);
    } else problems.push(msg().embed.badControl(shown(name), EMBED_CONTROLS.join(', ')));
  }
  return { figure, controls, problems };
}

/** The parameters of a frame, or of the page around it: the figure, its strip and the language. */
export interface EmbedSettings {
  figure: EmbedFigure;
  controls?: readonly string[];
  lang?: string;
}

/** The frame's address: the settings (on the figure's view), the language, the figure and its strip. */
export function embedUrl(base: string, lab: LabState, settings: EmbedSettings): string {
  const extra: Record<string, string> = {};
  if (settings.lang && settings.lang !== 'en') extra.lang = settings.lang;
  extra.embed = settings.figure;
  if (settings.controls?.length) extra.controls = settings.controls.join(',');
  const query = stateToQuery({ ...lab, view: figureView(settings.figure) }, extra);
  // controls=radius,steps as a person writes it: a comma needs no escape in a query
  return `${base}${query.replace(/controls=([^&]*)/, (_, v: string) => `controls=${v.replace(/%2C/g, ',')}`)}`;
}

/** The address a page's links are built on: the page's own, without its query or fragment. */
export function pageBase(href: string): string {
  return href.replace(/[?#].*$/, '');
}

/** A frame's size, or why it is not one: whole pixels from EMBED_MIN to EMBED_MAX. */
export function sizeProblem(width: number, height: number): string {
  const ok =
    Number.isInteger(width) &&
    Number.isInteger(height) &&
    width >= EMBED_MIN.width &&
    width <= EMBED_MAX.width &&
    height >= EMBED_MIN.height &&
    height <= EMBED_MAX.height;
  return ok ? '' : msg().embed.sizeProblem(localNumber(String(width)), localNumber(String(height)));
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The <iframe> a lecturer pastes into a course page or slide deck. */
export function iframeCode(src: string, width: number, height: number, title: string): string {
  return (
    `<iframe src="${escapeAttr(src)}" width="${width}" height="${height}" ` +
    `title="${escapeAttr(title)}" style="border: 0" loading="lazy"></iframe>`
  );
}
