// A frame's address (`?embed=FIGURE&controls=...`), read and written; the sizes a frame is made
// for; the host page's `set` messages, read exactly as the same keys in an address are; and the
// registry kept in step with the views (each figure's element, each strip control's input).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { foreignWords, setLocale } from '../../src/lib/i18n/index';
import { DEFAULT_STATE } from '../../src/lib/model/lab-state';
import { queryToState } from '../../src/lib/model/url-state';
import {
  EMBED_CONTROLS,
  EMBED_FIGURES,
  embedUrl,
  figureView,
  iframeCode,
  readEmbed,
  sizeProblem
} from '../../src/lib/export/embed-code';
import { changedFields, readSetMessage } from '../../src/lib/embed/messages';
import { FIGURE_NEEDS, hideAllButFigure, stripCss } from '../../src/lib/embed/registry';

afterEach(() => setLocale('en'));

describe('a frame’s address', () => {
  test('names a figure and the strip’s controls', () => {
    expect(readEmbed('?embed=heatmaps&controls=radius,steps')).toEqual({
      figure: 'heatmaps',
      controls: ['radius', 'steps'],
      problems: []
    });
  });

  test('a figure that does not exist: the field and every figure there is are named', () => {
    const r = readEmbed('?embed=heatmap');
    expect(r.figure).toBeNull();
    expect(r.problems[0]).toBe(`embed: no figure is named "heatmap"; the figures are ${EMBED_FIGURES.join(', ')}`);
    expect(EMBED_FIGURES).not.toContain('slide');
    expect(EMBED_FIGURES).toHaveLength(22);
  });

  test('an unknown control is left out and named with the controls there are', () => {
    const r = readEmbed('?embed=line&controls=radius,speed,radius');
    expect(r.controls).toEqual(['radius']);
    expect(r.problems).toEqual([
      `controls: no control is named "speed"; it was left out (controls: ${EMBED_CONTROLS.join(', ')})`
    ]);
  });

  test('the export dialog’s address reopens the same settings on the figure’s view', () => {
    const lab = { ...DEFAULT_STATE, radius: 1.1, steps: 200, compare: ['rnn', 'gru'] as const };
    const url = embedUrl(
      'https://course.example.edu/lab/',
      { ...lab, compare: [...lab.compare] },
      {
        figure: 'latch-map',
        controls: ['radius', 'steps'],
        lang: 'ru'
      }
    );
    expect(url).toMatch(/^https:\/\/course\.example\.edu\/lab\/\?view=latch&compare=rnn,gru&/);
    expect(url).toContain('&lang=ru&embed=latch-map&controls=radius,steps');
    const read = queryToState(new URL(url).search);
    expect(read.notices).toEqual([]);
    expect(read.state).toEqual({ ...lab, compare: ['rnn', 'gru'], view: 'latch' });
    expect(read.extra).toEqual({ lang: 'ru', embed: 'latch-map', controls: 'radius,steps' });
    expect(figureView('line')).toBe('gradients');
    expect(figureView('connectivity')).toBe('explorer');
  });
});

describe('sizes and code', () => {
  test('320 x 200 to 1920 x 1080, whole pixels', () => {
    expect(sizeProblem(320, 200)).toBe('');
    expect(sizeProblem(1920, 1080)).toBe('');
    expect(sizeProblem(300, 200)).toBe(
      'Size: the width must be from 320 to 1920 px and the height from 200 to 1080 px; got 300 × 200'
    );
    expect(sizeProblem(640, 1200)).not.toBe('');
    expect(sizeProblem(640.5, 400)).not.toBe('');
    expect(sizeProblem(NaN, 400)).not.toBe('');
  });

  test('the iframe code quotes its address and title', () => {
    expect(iframeCode('https://x.org/?a=1&b="2"', 640, 400, 'A <b>')).toBe(
      '<iframe src="https://x.org/?a=1&amp;b=&quot;2&quot;" width="640" height="400" title="A &lt;b>" ' +
        'style="border: 0" loading="lazy"></iframe>'
    );
  });

  test('in Russian: the size’s message, with a decimal comma and no English word', () => {
    setLocale('ru');
    const text = sizeProblem(319.5, 200);
    expect(text).toBe('Размер: ширина от 320 до 1920 пикселей, высота от 200 до 1080; задано 319,5 × 200');
    expect(foreignWords(text)).toEqual([]);
    const bad = readEmbed('?embed=heatmaps&controls=speed').problems[0];
    expect(bad.startsWith('controls: элемента "speed" нет, он пропущен')).toBe(true);
  });
});

describe('set messages from the host page', () => {
  const lab = DEFAULT_STATE;
  test('a value is read as in an address', () => {
    const r = readSetMessage({ type: 'set', radius: 1.1, steps: '200', compare: ['rnn', 'lstm', 'gru'] }, lab);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.state.radius).toBe(1.1);
    expect(r.state.steps).toBe(200);
    expect(r.state.compare).toEqual(['rnn', 'lstm', 'gru']);
    expect(changedFields(lab, r.state).sort()).toEqual(['compare', 'radius', 'steps']);
  });

  test('a bad key or value changes nothing and says why, as the address’s notice does', () => {
    const bad = readSetMessage({ type: 'set', radius: 'big' }, lab);
    expect(bad).toEqual({ ok: false, message: expect.stringMatching(/^radius: /) });
    const unknown = readSetMessage({ type: 'set', speed: 2 }, lab);
    expect(unknown).toEqual({ ok: false, message: expect.stringContaining('"speed" is not a lab setting') });
    expect(readSetMessage({ type: 'set', view: 'latch' }, lab)).toEqual({
      ok: false,
      message: 'set: view belongs to the page, not the figure, and cannot be set in a frame'
    });
    expect(readSetMessage({ type: 'set', lang: 'ru' }, lab).ok).toBe(false);
    expect(readSetMessage({ type: 'set', radius: { x: 1 } }, lab)).toEqual({
      ok: false,
      message: 'set: radius must be a number, text, true/false or a list'
    });
    expect(readSetMessage(null, lab).ok).toBe(false);
  });
});

describe('the registry and the views', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? sources(p) : p.endsWith('.svelte') ? [readFileSync(p, 'utf8')] : [];
    });
  const svelte = sources('src/lib').join('\n');

  test.each(EMBED_FIGURES)('%s: a view draws it in an element the frame can find', (figure) => {
    expect(svelte).toContain(`data-export="${figure}"`);
    expect(hideAllButFigure(figure)).toContain(`[data-export="${figure}"]`);
    expect(FIGURE_NEEDS[figure]).toBeDefined();
  });

  test('each strip control’s input is in the sidebar', () => {
    const controls = readFileSync('src/lib/controls/Controls.svelte', 'utf8');
    const css = stripCss([...EMBED_CONTROLS]);
    // a StopSlider's range is "{id}-range"; the gate biases' ids are in a table (id: 'forget-bias')
    const ids = [...css.matchAll(/:has\(#([a-z-]+?)(?:-range)?\)/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(controls).toMatch(new RegExp(`id="${id}"|id: '${id}'`));
  });
});
