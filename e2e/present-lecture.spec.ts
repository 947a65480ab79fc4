// A lecturer switches to presentation mode and back, and looks up the shortcuts.
import { expect, test } from './fixtures';

test('p enters presentation mode (large type, high contrast, controls hidden); Escape leaves it', async ({ page }) => {
  await page.goto('/');
  await page.locator('h1').click(); // a user gesture, so full screen may be granted
  await page.keyboard.press('p');
  const html = page.locator('html');
  await expect(html).toHaveClass(/presenting/);
  await expect(html).toHaveAttribute('data-theme', 'contrast');
  await expect(page.getByRole('complementary', { name: 'Controls' })).toBeHidden();
  expect(
    await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
  ).toBeGreaterThanOrEqual(19);
  await page.getByRole('button', { name: 'Controls' }).click();
  await expect(page.getByRole('complementary', { name: 'Controls' })).toBeVisible();
  await page.locator('h1').click();
  await page.keyboard.press('Escape');
  await expect(html).not.toHaveClass(/presenting/);
  await expect(html).toHaveAttribute('data-theme', 'system');
});

test('? lists the shortcuts; Escape closes the list', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  for (const key of ['t', 'p', 'Esc', 'e', '?'])
    await expect(dialog.locator('kbd', { hasText: new RegExp(`^${key.replace('?', '\\?')}$`) })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the theme follows the system by default and can be chosen', async ({ browser }) => {
  const page = await (await browser.newContext({ colorScheme: 'dark' })).newPage();
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible(); // a page of its own: mounted after the load event
  const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(await bg()).toBe('rgb(22, 24, 28)');
  await page.getByLabel('Theme').selectOption('light');
  expect(await bg()).toBe('rgb(255, 255, 255)');
});

test('the latch presents at 1280x720: its own controls stay on screen, no figure overflows', async ({ page }) => {
  await page.goto('/?view=latch');
  await page.locator('h1').click();
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveClass(/presenting/);
  // the latch's controls are in its view, not in the folded sidebar: w moves without opening anything
  await expect(page.getByRole('button', { name: 'Controls' })).toHaveCount(0);
  const w = page.getByRole('slider', { name: 'Weight w' });
  await expect(w).toBeInViewport();
  await w.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('spinbutton', { name: 'Weight w' })).toHaveValue('1.95');
  for (const id of ['latch-map', 'latch-trajectories', 'latch-gradient', 'latch-tradeoff'])
    await expect(page.locator(`[data-export=${id}] svg[role=img]`).first()).toBeVisible();
  // the map and the trajectories, the lecturer's first picture, on the first screen
  await expect(page.locator('[data-export=latch-map] svg[role=img]')).toBeInViewport();
  await expect(page.locator('[data-export=latch-trajectories] svg[role=img]')).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  await page.screenshot({ path: 'test-results/screens/latch-presenting-1280x720.png', fullPage: true });
});

test('on a phone in presentation mode, no two tick labels of a training chart run together', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?view=training&hidden=4&trainSteps=8&trainIterations=1500');
  await page.getByRole('button', { name: /Start training/ }).click();
  for (const arch of ['rnn', 'lstm'])
    await expect(page.locator(`[data-testid=train-status] li[data-arch=${arch}]`)).toHaveAttribute(
      'data-status',
      'done',
      { timeout: 60_000 }
    );
  await page.locator('h1').click();
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveClass(/presenting/);
  const crowded = await page.evaluate(() =>
    [...document.querySelectorAll('.training svg.chart')].flatMap((svg) =>
      [...svg.querySelectorAll('g')]
        .filter((g) => g.querySelectorAll(':scope > .tick text').length > 1)
        .flatMap((axis) => {
          const boxes = [...axis.querySelectorAll(':scope > .tick text')].map((t) => t.getBoundingClientRect());
          return boxes.slice(1).flatMap((b, i) => {
            const a = boxes[i];
            const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
            return apart ? [] : [`${svg.getAttribute('aria-label')}: ${axis.textContent}`];
          });
        })
    )
  );
  expect(crowded).toEqual([]);
});

/**
 * What presenting the gradients view shows: the page's height, and the smallest rendered type
 * of each kind of text (its font size times the page's zoom), and any figure text that runs
 * outside its chart (a chart squeezed below its axes).
 */
async function presentedReport(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const rendered = (el: Element) => parseFloat(getComputedStyle(el).fontSize) * (el.currentCSSZoom ?? 1);
    const kinds: Record<string, string> = {
      captions: 'main .caption, [data-testid=tour-caption]',
      titles: 'main .fig-title',
      ticks: 'main svg .tick text',
      'axis titles': 'main svg .axis-title',
      legends: 'main .chart-legend li'
    };
    const smallest: Record<string, number> = {};
    for (const [kind, selector] of Object.entries(kinds)) {
      const sizes = [...document.querySelectorAll(selector)]
        .filter((el) => el.getBoundingClientRect().height > 0 && el.textContent!.trim())
        .map(rendered);
      smallest[kind] = sizes.length ? Math.min(...sizes) : NaN;
    }
    const spilled = [...document.querySelectorAll('main svg.chart, main .heatmap > svg')].flatMap((svg) => {
      const box = svg.getBoundingClientRect();
      // a tick label centred on the plot's top edge may stand out by half its height
      return [...svg.querySelectorAll('.tick text, .axis-title')]
        .filter((t) => {
          const r = t.getBoundingClientRect();
          const half = r.height / 2 + 2;
          return r.bottom > box.bottom + half || r.top < box.top - half;
        })
        .map((t) => `${svg.closest('[data-export]')?.getAttribute('data-export')}: ${t.textContent}`);
    });
    const offScreen = [...document.querySelectorAll('main figure, main .caption, main .fig-title')]
      .filter((el) => el.getBoundingClientRect().bottom > innerHeight + 1)
      .map((el) => el.textContent!.trim().slice(0, 30));
    return {
      scrollHeight: document.scrollingElement!.scrollHeight,
      scrollWidth: document.scrollingElement!.scrollWidth,
      smallest,
      spilled,
      offScreen
    };
  });
}

// A back row reads type by its share of the screen's height, the same on the wall at any
// resolution: 24 px at 1080 (the designed slide's smallest type), so 16 px at 720.
for (const [width, height] of [
  [1280, 720],
  [1920, 1080]
])
  for (const tour of [false, true])
    for (const lang of ['en', 'ru'])
      test(`presenting the gradients${tour ? ' (tour 8)' : ''} at ${width}x${height} in ${lang}: one screen`, async ({
        page
      }) => {
        await page.setViewportSize({ width, height });
        // Russian runs a fifth longer than English: its captions must fit the same screen
        await page.goto(`/?lang=${lang}${tour ? '&tour=8' : ''}`);
        await expect(page.getByTestId('sweep-ms')).toBeVisible({ timeout: 30_000 });
        await page.locator('h1').click();
        await page.keyboard.press('p');
        await expect(page.locator('html')).toHaveClass(/presenting/);
        await expect(page.locator('.layout.fit-screen')).toBeVisible();
        await page.waitForTimeout(500); // the charts redraw at their new size
        const report = await presentedReport(page);
        await page.screenshot({
          path: `test-results/screens/present-gradients${tour ? '-tour8' : ''}-${width}x${height}-${lang}.png`
        });
        expect(report.scrollHeight, 'page height').toBeLessThanOrEqual(height);
        expect(report.scrollWidth, 'page width').toBeLessThanOrEqual(width);
        expect(report.offScreen, 'figures or captions below the screen').toEqual([]);
        expect(report.spilled, 'axis text outside its chart').toEqual([]);
        const least = (24 * height) / 1080;
        for (const [kind, size] of Object.entries(report.smallest))
          expect(size, `smallest ${kind} (px)`).toBeGreaterThanOrEqual(least - 0.01);
        if (tour) {
          // step 8 is about the LSTM's fading: the line chart's axis fits it, not the RNN's 10⁻¹⁰⁰
          const ticks = await page.locator('[data-export=line] svg.chart .tick text').allTextContents();
          expect(ticks).toContain('10⁻¹');
          expect(ticks).not.toContain('10⁻²⁰');
        }
      });
