// A lecturer copies the build into a folder of the course website; students open it there,
// and open it again in a classroom whose wifi has failed; next term a new build goes up.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { staticHost, type StaticHost } from './static-host';

const PORT = 4181;
let host: StaticHost;
let copy = '';
test.use({ baseURL: `http://127.0.0.1:${PORT}`, serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'gfl-site-'));
  cpSync('dist', copy, { recursive: true });
  host = await staticHost(copy, PORT);
});
test.afterAll(async () => {
  await host.close();
  rmSync(copy, { recursive: true, force: true });
});

/** The figures, the worker's phase diagram and (with a formula) mathjs all came through. */
async function expectWorkingLab(page: Page) {
  await expect(page.getByTestId('heatmap-rnn-h')).toBeVisible();
  await page.waitForFunction(
    () => (window as unknown as { __gflPerf: { sweepDoneAt: number } }).__gflPerf.sweepDoneAt > 0
  );
}

test('the build works from a sub-folder of a plain static host, workers and formulas included', async ({ page }) => {
  await page.goto(host.url);
  await expectWorkingLab(page);
  await page.goto(`${host.url}?activation=custom&formula=${encodeURIComponent('x / (1 + abs(x))')}`);
  await expectWorkingLab(page);
  await expect(page.getByLabel('Formula φ(x)', { exact: true })).toHaveValue('x / (1 + abs(x))');
});

/** One visit online, then offline: a reload, mathjs loaded on demand and the explorer's worker all work. */
async function expectOpensOffline(page: Page, context: BrowserContext, url: string) {
  await page.goto(url);
  await expectWorkingLab(page);
  // the service worker has cached every file and controls the page
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });

  await context.setOffline(true);
  await page.reload();
  await expectWorkingLab(page);
  await page.goto(`${url}?activation=custom&formula=${encodeURIComponent('tanh(2*x)')}`);
  await expectWorkingLab(page); // mathjs, loaded on demand, came from the cache too
  await page.getByRole('tab', { name: 'Eigenvalues & connectivity' }).click();
  await expect(page.getByTestId('connectivity-rnn')).toHaveAttribute('data-done', /[1-9]/, { timeout: 30_000 });
}

test('after one visit the lab opens offline; a new build replaces the old on the next visit', async ({
  page,
  context
}) => {
  await expectOpensOffline(page, context, host.url);

  // next term: a new build on the same site
  await context.setOffline(false);
  const html = readFileSync(join(copy, 'index.html'), 'utf8');
  writeFileSync(join(copy, 'index.html'), html.replace('<div id="app">', '<div id="app" data-build="next">'));
  const sw = readFileSync(join(copy, 'sw.js'), 'utf8');
  writeFileSync(join(copy, 'sw.js'), sw.replace(/const CACHE = "gfl-[0-9a-f]+"/, 'const CACHE = "gfl-next"'));
  await page.goto(host.url);
  await expect(page.locator('#app[data-build=next]')).toHaveCount(1); // online: the new page at once
  await expectWorkingLab(page);
  // the new worker takes over; the old cache stays for one build (a tab still open on it);
  // offline, the new build is what opens
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          // installed and active, not merely started (its cache exists from the first moment)
          const reg = await navigator.serviceWorker.getRegistration();
          const done = reg && !reg.installing && !reg.waiting && reg.active?.state === 'activated';
          return done ? (await caches.keys()).at(-1) : 'installing';
        }),
      { timeout: 30_000 }
    )
    .toBe('gfl-next');
  expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(2);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('#app[data-build=next]')).toHaveCount(1);
  await expectWorkingLab(page);
});

test('a host without directory indexes and a missing font: the lab still installs for offline use', async ({
  page,
  context
}) => {
  // a copy of the build with one KaTeX font gone, served where '/course/lab/' itself is a 404
  const bare = mkdtempSync(join(tmpdir(), 'gfl-bare-'));
  cpSync('dist', bare, { recursive: true });
  const font = readdirSync(join(bare, 'assets')).find((f) => f.endsWith('.woff2'))!;
  rmSync(join(bare, 'assets', font));
  host.serve(bare, { directoryIndex: false });
  try {
    await page.goto(`${host.url}index.html`);
    await expectWorkingLab(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    await context.setOffline(true);
    await page.goto(`${host.url}index.html?steps=50`);
    await expectWorkingLab(page);
  } finally {
    await context.setOffline(false);
    host.serve(copy);
    rmSync(bare, { recursive: true, force: true });
  }
});

test.describe('served by npm start (vite preview), as the README says to run it', () => {
  // vite preview answers with `Vary: Origin` and the page asks for its script and style with
  // `crossorigin`: the cache must still answer those requests when the network is gone
  const preview = `http://127.0.0.1:${process.env.E2E_PORT ?? 4174}/`;
  test.use({ baseURL: preview });

  test('after one visit the lab opens offline', async ({ page, context }) => {
    await expectOpensOffline(page, context, preview);
  });
});
