// A lecturer teaching the course in Russian opens every view, the tour, the dialogs and a
// broken link at ?lang=ru: no visible word may stay in English (symbols and names excepted:
// src/lib/i18n/latin.ts), and numbers are written the Russian way (0,731; 12 000). Text,
// accessible names, tooltips and option texts are read; URLs, file names and code are not text.
import type { Page } from '@playwright/test';
import { foreignWords } from '../src/lib/i18n/latin';
import { LOCALES } from '../src/lib/i18n/locale';
import { DEFAULT_STATE, VIEWS } from '../src/lib/model/lab-state';
import { ACTIVATIONS, ARCHS, FORGET_INITS, INITS } from '../src/lib/sim/spec';
import { TASKS } from '../src/lib/sim/train/task-registry';
import { OPTIMIZERS } from '../src/lib/sim/train/train-spec';
import { PAGE_KEYS } from '../src/lib/model/url-state';
import { TOUR } from '../src/lib/tour/tour';
import { FIGURES } from '../src/lib/export/names';
import { expect, test } from './fixtures';

interface Seen {
  where: string;
  text: string;
  notice: boolean;
  /** inside a typeset equation, where W_in and head_j are notation */
  math: boolean;
}

/** Every piece of text a reader (or a screen reader) meets on the page now, with where it is. */
async function visibleTexts(page: Page): Promise<Seen[]> {
  return page.evaluate(() => {
    const SKIP = 'script, style, code, pre, textarea, [data-i18n-skip]';
    const where = (el: Element) => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && parts.length < 4; e = e.parentElement) {
        const id = e.getAttribute('data-testid') ?? e.getAttribute('data-export') ?? e.id;
        parts.unshift(e.tagName.toLowerCase() + (id ? `[${id}]` : ''));
      }
      return parts.join(' > ');
    };
    const shown = (el: Element) =>
      !el.closest(SKIP) && el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
    const out: { where: string; text: string; notice: boolean; math: boolean }[] = [];
    const add = (el: Element, text: string | null | undefined) => {
      const t = (text ?? '').replace(/\s+/g, ' ').trim();
      if (!t) return;
      const notice = !!el.closest(
        '[data-testid=url-notices], [data-testid=embed-notices], [data-testid=embed-problem]'
      );
      out.push({ where: where(el), text: t, notice, math: !!el.closest('.katex') });
    };
    if (document.title) out.push({ where: 'title', text: document.title, notice: false, math: false });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (el && shown(el)) add(el, n.textContent);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-description]'))
      if (shown(el))
        for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) add(el, el.getAttribute(a));
    for (const el of document.querySelectorAll('select')) if (shown(el)) for (const o of el.options) add(el, o.text);
    return out;
  });
}

// a link's parameters and their values, as notices quote them: what a user types in a link
// stays as it is (steps, compare=rnn,lstm, trainOptimizer=adam)
const URL_WORDS = new Set<string>([
  ...Object.keys(DEFAULT_STATE),
  ...PAGE_KEYS,
  ...['eig', 'formula', 'condition', 'true', 'false'],
  ...[ARCHS, ACTIVATIONS, INITS, FORGET_INITS, VIEWS, TASKS, OPTIMIZERS, LOCALES].flat()
]);

/** What is not text: addresses, hosts, queries, file names, a link's key=value. */
const notText = (s: string) =>
  s
    .replace(/\b(?:https?|file):\/\/\S+/g, ' ')
    .replace(/\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?/g, ' ')
    .replace(/\?\S*=\S*/g, ' ')
    .replace(/\b\w+=\S+/g, ' ')
    .replace(/\S+\.(?:png|svg|csv|json|html)\b/g, ' ')
    .replace(/\S+@\d+x\b/g, ' ');

/** The problems of what is on screen: English words, and numbers written the English way. */
async function problems(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const { where, text, notice, math } of await visibleTexts(page)) {
    // a notice quotes what the link gave ("abc", «foo»): the user's text, not the page's
    // and lists the values it takes (heatmaps, eigenvalues, line, …): machine names too
    const plain = notText(
      notice ? text.replace(/"[^"]*"|«[^»]*»/g, ' ').replace(/\b[a-z][\w-]*(?:, [a-z][\w-]*)+/g, ' ') : text
    );
    const words = foreignWords(plain, math).filter((w) => !(notice && URL_WORDS.has(w)));
    if (words.length) found.push(`${where}: Latin ${JSON.stringify(words)} in "${text.slice(0, 160)}"`);
    const decimal = plain.match(/(?<![\w.,\d])\d+\.\d+(?![\w.]*\d*[a-zA-Z])/g);
    if (decimal) found.push(`${where}: decimal point in ${JSON.stringify(decimal)} in "${text.slice(0, 160)}"`);
    const ungrouped = plain.match(/(?<![\w.,\d])\d{5,}(?![\w\d])/g);
    if (ungrouped) found.push(`${where}: ungrouped thousands ${JSON.stringify(ungrouped)} in "${text.slice(0, 160)}"`);
  }
  return [...new Set(found)];
}

/** Waits until no computation is under way and the figures of the view are drawn. */
async function settled(page: Page) {
  await expect(page.locator('main')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('computing')).toHaveText('', { timeout: 60_000 });
  await page.waitForTimeout(300); // a last frame of drawing
}

const PAGES = [
  '?lang=ru',
  '?lang=ru&compare=rnn,lstm,gru,attention',
  '?lang=ru&compare=residual,window,lstm&steps=500',
  '?lang=ru&compare=rnn,lstm&steps=500&forgetBias=4',
  '?lang=ru&forgetInit=chrono',
  '?lang=ru&activation=custom&formula=x/(1%2Babs(x))',
  '?lang=ru&view=explorer',
  '?lang=ru&view=explorer&init=eigenvalues',
  '?lang=ru&view=latch',
  '?lang=ru&view=training',
  '?lang=ru&view=reach',
  '?lang=ru&view=reach&compare=rnn,lstm,attention,window'
];

test.describe('the lab in Russian', () => {
  test.describe.configure({ timeout: 240_000 });

  test('every view, and its export dialog, has no English word and Russian numbers', async ({ page }) => {
    const all: string[] = [];
    for (const q of PAGES) {
      await page.goto(`/${q}`);
      await settled(page);
      all.push(...(await problems(page)).map((p) => `${q}: ${p}`));
      await page.keyboard.press('e');
      await expect(page.getByRole('dialog')).toBeVisible();
      // the embed section too, open (its preview is a frame of its own, read below)
      const embed = page.getByTestId('embed-panel');
      if (await embed.isVisible()) await embed.locator('summary').click();
      all.push(...(await problems(page)).map((p) => `${q} (export): ${p}`));
      await page.keyboard.press('Escape');
    }
    await page.keyboard.press('?');
    all.push(...(await problems(page)).map((p) => `shortcuts: ${p}`));
    expect(all).toEqual([]);
  });

  test('every figure embedded alone, with a control strip, reads in Russian', async ({ page }) => {
    const all: string[] = [];
    const figures = FIGURES.map((f) => f.id).filter((id) => id !== 'slide');
    for (const figure of figures) {
      const extra = figure.startsWith('train-')
        ? '&hidden=4&trainSteps=8&trainIterations=100&sweepSteps=8,12'
        : figure.startsWith('reach')
          ? '&compare=rnn,lstm,attention&hidden=16&steps=50'
          : '';
      await page.goto(`/?lang=ru&embed=${figure}&controls=radius,steps${extra}`);
      if (figure.startsWith('train-'))
        await page.getByTestId(figure === 'train-sweep' ? 'embed-sweep' : 'embed-train').click();
      if (figure !== 'reach-cost')
        await expect(page.getByTestId('embed-figure')).toHaveAttribute('data-drawn', 'true', { timeout: 60_000 });
      all.push(...(await problems(page)).map((p) => `embed ${figure}: ${p}`));
    }
    await page.goto('/?lang=ru&embed=heatmap&controls=speed');
    await expect(page.getByTestId('embed-problem')).toBeVisible();
    all.push(...(await problems(page)).map((p) => `embed (bad figure): ${p}`));
    expect(all).toEqual([]);
  });

  test('every step of the tour reads in Russian', async ({ page }) => {
    const all: string[] = [];
    await page.goto('/?lang=ru&tour=1');
    for (let i = 0; i < TOUR.length; i++) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(new RegExp(`tour=${i + 1}(&|$)`));
      await settled(page);
      all.push(...(await problems(page)).map((p) => `tour ${i + 1}: ${p}`));
    }
    expect(all).toEqual([]);
  });

  test('a broken link is explained in Russian, naming the fields', async ({ page }) => {
    await page.goto('/?lang=ru&steps=99999&radius=abc&compare=foo&bogus=1&tour=99');
    await expect(page.getByTestId('url-notices')).toBeVisible();
    expect(await problems(page)).toEqual([]);
    await expect(page.getByTestId('url-notices')).toContainText('steps');
  });

  test('the language switch changes the page at once and is remembered', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByLabel('Language').selectOption('ru');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page).toHaveURL(/lang=ru/);
    await settled(page);
    expect(await problems(page)).toEqual([]);
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await page.getByLabel('Язык').selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto('/?lang=fr');
    await expect(page.getByTestId('url-notices')).toContainText('lang: must be one of en, ru, got "fr"');
  });
});
