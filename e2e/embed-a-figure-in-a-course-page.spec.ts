// A lecturer puts live figures of the lab into a course page on another website: every figure
// in an <iframe> at 320x200, 640x400 and 1280x720 shows alone, drawn, with no scrollbar in the
// frame and no console error; the export dialog's embed code works pasted into such a page; a
// slide deck sets a frame's parameters by postMessage. The lab is served by vite preview (the
// config's web server), the course page by a plain static server on another port: another origin.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Frame, type Page } from '@playwright/test';
import { staticHost, type StaticHost } from './static-host';

const LAB_PORT = Number(process.env.E2E_PORT ?? 4174);
const LAB = `http://127.0.0.1:${LAB_PORT}/`;
const HOST_PORT = LAB_PORT + 1;

/** Every request stays on the two origins (the lab's and the course page's); no console error anywhere. */
const test = base.extend<{ guard: void }>({
  guard: [
    async ({ page }, use) => {
      const outside: string[] = [];
      const errors: string[] = [];
      await page.context().route('**/*', (route) => {
        const url = route.request().url();
        const own = [LAB, `http://127.0.0.1:${HOST_PORT}/`].some((o) => url.startsWith(o));
        if (own || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
        outside.push(url);
        return route.abort();
      });
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await use();
      expect(outside, 'requests that left the two origins').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true }
  ]
});

let host: StaticHost;
let dir = '';
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gfl-course-'));
  host = await staticHost(dir, HOST_PORT, '/course/');
});
test.afterAll(async () => {
  await host?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A course page of the other origin holding `body`; the page's messages from frames go to window.got. */
async function coursePage(page: Page, name: string, body: string): Promise<void> {
  writeFileSync(
    join(dir, name),
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>Course: ${name}</title>
<body style="margin:8px">${body}
<script>window.got = []; addEventListener('message', (e) => window.got.push(e.data));</script></body></html>`
  );
  await page.goto(`${host.url}${name}`);
}

const FIGURES_BY_VIEW: Record<string, { query: string; figures: string[] }> = {
  gradients: {
    query: '',
    figures: ['heatmaps', 'line', 'weight-shares', 'phase-radius', 'phase-bias', 'memory']
  },
  explorer: { query: '&hidden=16&steps=50', figures: ['eigenvalues', 'connectivity'] },
  latch: { query: '', figures: ['latch-map', 'latch-trajectories', 'latch-gradient', 'latch-tradeoff'] },
  training: {
    query: '&hidden=4&trainSteps=8&trainIterations=100&sweepSteps=8,12&sweepSeeds=1',
    figures: [
      'train-loss',
      'train-accuracy',
      'train-grad',
      'train-flow',
      'train-connectivity',
      'train-gates',
      'train-sweep'
    ]
  },
  reach: {
    query: '&compare=rnn,lstm,attention&hidden=16&steps=50',
    figures: ['reach', 'reach-attention', 'reach-cost']
  }
};
const SIZES = [
  [320, 200],
  [640, 400],
  [1280, 720]
] as const;

function frameOf(page: Page, figure: string): Frame {
  const frame = page.frames().find((f) => new URL(f.url()).searchParams.get('embed') === figure);
  if (!frame) throw new Error(`no frame of ${figure}`);
  return frame;
}

/** The frame's figure is drawn, alone and visible, and its document has no scrollbar. */
async function expectEmbedded(page: Page, figure: string) {
  // a browser does not render a frame of another origin out of view: bring it in, as a reader scrolls
  await page.locator(`iframe[title="${figure}"]`).scrollIntoViewIfNeeded();
  const frame = frameOf(page, figure);
  const start = frame.getByTestId(figure === 'train-sweep' ? 'embed-sweep' : 'embed-train');
  if (figure.startsWith('train-')) await start.click();
  if (figure === 'reach-cost') await frame.getByRole('button', { name: 'Measure on this device' }).click();
  await expect(frame.getByTestId('embed-figure'), figure).toHaveAttribute('data-drawn', 'true', { timeout: 45_000 });
  await expect(frame.locator(`[data-export="${figure}"]`)).toBeVisible();
  // nothing else of the lab: no header, tabs or sidebar
  await expect(frame.locator('header, [role=tablist], #controls')).toHaveCount(0);
  const box = await frame.evaluate(() => {
    const d = document.documentElement;
    return { sw: d.scrollWidth, cw: d.clientWidth, sh: d.scrollHeight, ch: d.clientHeight };
  });
  expect(box.sw, `${figure}: scroll width`).toBeLessThanOrEqual(box.cw);
  expect(box.sh, `${figure}: scroll height`).toBeLessThanOrEqual(box.ch);
  await expect(frame.getByRole('link', { name: 'open in the lab' })).toBeVisible();
}

for (const [w, h] of SIZES) {
  for (const [view, { query, figures }] of Object.entries(FIGURES_BY_VIEW)) {
    test(`the ${view} view's figures embed alone at ${w}x${h} in a page of another origin`, async ({ page }) => {
      test.setTimeout(180_000);
      const frames = figures
        .map(
          (f) =>
            `<iframe src="${LAB}?embed=${f}${query}" width="${w}" height="${h}" title="${f}" ` +
            `style="border:0;display:block"></iframe>`
        )
        .join('\n');
      await coursePage(page, `${view}-${w}.html`, frames);
      for (const f of figures) await expectEmbedded(page, f);
    });
  }
}

test('the frame links to the whole lab at its settings, names a bad figure or control, and speaks Russian', async ({
  page
}) => {
  await coursePage(
    page,
    'links.html',
    `<iframe src="${LAB}?embed=line&radius=1.1&controls=radius,speed" width="640" height="400" title="line"></iframe>
     <iframe src="${LAB}?embed=heatmap" width="640" height="400" title="bad"></iframe>
     <iframe src="${LAB}?embed=line&lang=ru" width="640" height="400" title="ru"></iframe>`
  );
  const line = page.frameLocator('iframe[title=line]');
  await expect(line.getByTestId('embed-figure')).toHaveAttribute('data-drawn', 'true', { timeout: 30_000 });
  const href = await line.getByRole('link', { name: 'open in the lab' }).getAttribute('href');
  expect(href).toMatch(
    new RegExp(`^${LAB.replace(/\./g, '\\.')}\\?view=gradients&compare=rnn,lstm&steps=100&radius=1\\.1&`)
  );
  expect(href).not.toMatch(/embed=|controls=/);
  await expect(line.getByRole('link', { name: 'open in the lab' })).toHaveAttribute('target', '_blank');
  await expect(line.getByTestId('embed-notices')).toContainText('controls: no control is named "speed"');
  await expect(line.getByRole('slider', { name: 'Spectral radius' })).toBeVisible();
  await expect(line.getByRole('slider', { name: 'Sequence length' })).toHaveCount(0);

  const bad = page.frameLocator('iframe[title=bad]');
  await expect(bad.getByTestId('embed-problem')).toContainText('embed: no figure is named "heatmap"; the figures are');
  await expect(bad.getByTestId('embed-problem')).toContainText('heatmaps, eigenvalues, line');

  const ru = page.frameLocator('iframe[title=ru]');
  await expect(ru.getByRole('link', { name: 'открыть в лаборатории' })).toBeVisible({ timeout: 30_000 });
});

test('a slide deck sets a frame’s parameters by postMessage; a bad one is answered with an error', async ({ page }) => {
  await coursePage(
    page,
    'deck.html',
    `<iframe src="${LAB}?embed=line&controls=radius" width="800" height="500" title="line"></iframe>`
  );
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { got: unknown[] }).got))
    .toContainEqual({
      type: 'ready',
      figure: 'line'
    });
  const frame = page.frameLocator('iframe[title=line]');
  const box = frame.getByRole('spinbutton', { name: 'Spectral radius' });
  await expect(box).toHaveValue('1');
  await page.evaluate(() =>
    document.querySelector('iframe')!.contentWindow!.postMessage({ type: 'set', radius: 1.1 }, '*')
  );
  await expect(box).toHaveValue('1.1');
  await expect(frame.getByRole('link', { name: 'open in the lab' })).toHaveAttribute('href', /radius=1\.1&/);
  await page.evaluate(() =>
    document.querySelector('iframe')!.contentWindow!.postMessage({ type: 'set', radius: 'big' }, '*')
  );
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { got: { type: string }[] }).got.filter((m) => m.type === 'error'))
    )
    .toEqual([{ type: 'error', message: expect.stringMatching(/^radius: /) }]);
  await expect(box).toHaveValue('1.1');
});

test('the export dialog’s embed code, pasted into a course page, shows the figure at its settings', async ({
  page
}) => {
  await page.goto(`${LAB}?steps=200&radius=1.05`);
  await expect(page.getByTestId('heatmap-rnn-h')).toBeVisible();
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByLabel('Figure', { exact: true }).selectOption('line');
  const panel = page.getByTestId('embed-panel');
  await panel.getByText('Embed', { exact: true }).click();
  await panel.getByLabel('Size', { exact: true }).selectOption('800x500');
  await panel.getByLabel('Sliders in the frame').fill('radius,steps');
  const code = await page.getByTestId('embed-code').inputValue();
  expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?view=gradients&amp;compare=rnn,lstm&amp;steps=200/);
  expect(code).toContain('embed=line&amp;controls=radius,steps" width="800" height="500"');
  // the page is served from this machine: the dialog says students cannot open the code
  await expect(page.getByTestId('embed-private')).toBeVisible();
  // the preview is the frame itself
  await expect(page.frameLocator('[data-testid=embed-preview]').getByTestId('embed-figure')).toHaveAttribute(
    'data-drawn',
    'true',
    { timeout: 30_000 }
  );
  await panel.getByLabel('Size', { exact: true }).selectOption('custom');
  await panel.getByLabel('Width', { exact: true }).fill('300');
  await expect(page.getByTestId('embed-size-problem')).toContainText('width must be from 320 to 1920 px');
  await expect(page.getByTestId('embed-code')).toHaveValue('');

  await coursePage(page, 'pasted.html', code);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByTestId('embed-figure')).toHaveAttribute('data-drawn', 'true', { timeout: 30_000 });
  await expect(frame.getByRole('spinbutton', { name: 'Spectral radius' })).toHaveValue('1.05');
  await expect(frame.getByRole('spinbutton', { name: 'Sequence length' })).toHaveValue('200');
});
