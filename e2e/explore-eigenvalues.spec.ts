// A student places eigenvalues, skews their basis, types a nonlinearity, and compares
// connectivity maps.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { curveAt, expectFarBack } from './helpers';

const START = '/?view=explorer&activation=linear&init=eigenvalues&condition=1&eig=0.6:0.3,0.5:0,0.4:0,-0.3:0';

/** The engine-measured eigenvalues drawn in the plane. */
async function measured(page: Page): Promise<[number, number][]> {
  return page
    .locator('[data-testid=eigen-editor] circle.measured')
    .evaluateAll((cs) =>
      cs.map((c) => [Number(c.getAttribute('data-re')), Number(c.getAttribute('data-im'))] as [number, number])
    );
}

/** Drags a handle to a point of the complex plane, with the mouse. */
async function dragTo(page: Page, index: number, re: number, im: number) {
  const plane = page.locator('[data-testid=eigen-editor] svg');
  const one = await page.getByTestId('unit-circle').boundingBox(); // the unit circle gives the scale
  const cx = one!.x + one!.width / 2;
  const cy = one!.y + one!.height / 2;
  const r = one!.width / 2;
  const h = await page.getByTestId(`eigen-handle-${index}`).boundingBox();
  await page.mouse.move(h!.x + h!.width / 2, h!.y + h!.height / 2);
  await page.mouse.down();
  for (let s = 1; s <= 8; s++)
    await page.mouse.move(
      h!.x + h!.width / 2 + ((cx + re * r - h!.x - h!.width / 2) * s) / 8,
      h!.y + h!.height / 2 + ((cy - im * r - h!.y - h!.height / 2) * s) / 8
    );
  await page.mouse.up();
  await expect(plane).toBeVisible();
}

test('dragging an eigenvalue outside the unit circle turns the RNN heatmap warm', async ({ page }) => {
  await page.goto(START);
  await expect(page.getByTestId('spectral-radius')).toHaveText('0.671');
  await page.getByRole('tab', { name: 'Gradients' }).click();
  await expectFarBack(page, 'rnn-h', 'cold');
  await page.getByRole('tab', { name: 'Eigenvalues & connectivity' }).click();
  await dragTo(page, 1, 1.3, 0); // the real eigenvalue 0.5
  const values = await measured(page);
  expect(Math.max(...values.map(([re, im]) => Math.hypot(re, im)))).toBeGreaterThan(1.2);
  await page.getByRole('tab', { name: 'Gradients' }).click();
  await expectFarBack(page, 'rnn-h', 'warm');
});

test('a complex eigenvalue drags its conjugate with it (the engine measures both)', async ({ page }) => {
  await page.goto(START);
  await dragTo(page, 0, -0.2, 0.8);
  const values = await measured(page);
  const upper = values.find(([, im]) => im > 0.5)!;
  expect(upper[0]).toBeCloseTo(-0.2, 1);
  expect(upper[1]).toBeCloseTo(0.8, 1);
  expect(values.some(([re, im]) => Math.abs(re - upper[0]) < 1e-9 && Math.abs(im + upper[1]) < 1e-9)).toBe(true);
  await expect(page).toHaveURL(/eig=/);
});

test('the keyboard moves the selected eigenvalue; real ones stay on the axis', async ({ page }) => {
  await page.goto(START);
  await page.getByTestId('eigen-handle-2').focus(); // the real 0.4
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('eigen-handle-2')).toHaveAttribute('aria-label', /^eigenvalue 0\.45:/);
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.getByTestId('eigen-handle-2')).toHaveAttribute('aria-label', /^eigenvalue 0\.35:/);
  await page.getByRole('button', { name: 'Add pair' }).click();
  await expect(page.locator('[data-testid=eigen-editor] circle.measured')).toHaveCount(7);
});

test('an eigenvalue pair added with the button can be dragged with the mouse like the others', async ({ page }) => {
  await page.goto(START);
  await page.getByRole('button', { name: 'Add pair' }).click(); // mode 4: 0.5 +- 0.5i
  await expect(page.locator('[data-testid=eigen-editor] circle.measured')).toHaveCount(7);
  await dragTo(page, 4, -0.6, 0.6);
  await expect
    .poll(async () => (await measured(page)).some(([re, im]) => Math.abs(re + 0.6) < 0.05 && Math.abs(im - 0.6) < 0.05))
    .toBe(true);
  const values = await measured(page);
  expect(values.some(([re, im]) => Math.abs(re + 0.6) < 0.05 && Math.abs(im + 0.6) < 0.05)).toBe(true); // its conjugate
});

test('the non-normal preset grows before it decays, with every eigenvalue inside the circle', async ({ page }) => {
  await page.goto('/?view=explorer&activation=linear&hidden=32');
  await page.getByLabel('Preset').selectOption('non-normal');
  await expect(page.getByRole('spinbutton', { name: 'Non-normality' })).toHaveValue('300');
  await expect(page.getByTestId('spectral-radius')).toHaveText('0.900');
  expect(Number(await page.getByTestId('spectral-norm').textContent())).toBeGreaterThan(10);
  const peak = await curveAt(page, 'rnn-h', 'peak');
  expect(peak).toBeGreaterThan(0.5); // grows first: above 3x its start...
  expect(await curveAt(page, 'rnn-h', 100)).toBeLessThan(0); // ...then decays below it
  await expect(page.locator('svg path[data-series=rnn-bound]')).toHaveCount(1); // the (gamma ||W||)^k bound is drawn
});

test('the Bi-LSTM map is full while the LSTM map is triangular', async ({ page }) => {
  await page.goto('/?view=explorer&steps=60');
  await expect(page.getByTestId('connectivity-ms')).toBeVisible({ timeout: 20_000 });
  // upper right of each map (t small, s large): the future, as seen from an early step
  const corner = (id: string) =>
    page
      .getByTestId(`heatmap-conn-${id}`)
      .locator('canvas')
      .evaluate((c: HTMLCanvasElement) =>
        Array.from(c.getContext('2d')!.getImageData(Math.floor(c.width * 0.9), Math.floor(c.height * 0.1), 1, 1).data)
      );
  expect((await corner('lstm')).slice(0, 3)).toEqual([200, 200, 200]); // neutral grey: exactly zero
  expect((await corner('rnn')).slice(0, 3)).toEqual([200, 200, 200]);
  const bi = await corner('bilstm');
  expect(bi.slice(0, 3)).not.toEqual([200, 200, 200]);
});

test('a custom formula: symbolic or automatic derivative, gamma, refusals that keep the last valid formula', async ({
  page
}) => {
  await page.goto('/');
  await page.getByLabel('Nonlinearity').selectOption('custom');
  const box = page.getByLabel('Formula φ(x)');
  await expect(page.getByTestId('formula-info')).toContainText('symbolic');
  await box.fill('1.5 * tanh(x)');
  await box.press('Enter');
  await expect(page.getByTestId('formula-info')).toContainText('γ = sup|φ′| ≈ 1.500');
  await box.fill('max(0, x)');
  await box.press('Enter');
  await expect(page.getByTestId('formula-info')).toContainText('automatic differentiation');
  await expect(page).toHaveURL(/formula=max/);
  await box.fill('alert(1)');
  await box.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Formula: function "alert" is not allowed' })).toContainText(
    'Still using max(0, x)'
  );
  await expect(page).toHaveURL(/formula=max/);
});

test.describe(() => {
  test.use({ allowedConsoleErrors: [/Failed to load resource: net::ERR_FAILED/] }); // the chunk blocked below

  test('choosing another nonlinearity while mathjs loads wins; a failed load says so and can be retried', async ({
    page
  }) => {
    let mode: 'slow' | 'fail' | 'pass' = 'slow';
    await page.goto('/');
    // the mathjs chunk (named after mathjs's lib/esm folder); it loads only for the first formula
    await page.route(/\/assets\/esm-[^/]+\.js$/, async (route) => {
      if (mode === 'fail') return route.abort();
      if (mode === 'slow') await new Promise((r) => setTimeout(r, 1500));
      return route.fallback();
    });
    const nonlinearity = page.getByLabel('Nonlinearity');
    await nonlinearity.selectOption('custom');
    await nonlinearity.selectOption('linear'); // before mathjs arrives
    // mathjs has arrived (the store's own signal), and a frame has passed for a stale choice to show
    await page.waitForFunction(
      () => (window as unknown as { __gflPerf: { parserLoadedAt: number } }).__gflPerf.parserLoadedAt > 0
    );
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    await expect(nonlinearity).toHaveValue('linear');
    await expect(page.getByLabel('Formula φ(x)', { exact: true })).toHaveCount(0);

    await page.goto('/');
    mode = 'fail';
    await nonlinearity.selectOption('custom');
    await expect(page.getByTestId('control-problem')).toHaveText(
      'Nonlinearity: the formula parser could not be loaded (offline?); kept tanh.'
    );
    await expect(nonlinearity).toHaveValue('tanh'); // the box shows what the lab uses
    mode = 'pass';
    await nonlinearity.selectOption('custom');
    await expect(page.getByLabel('Formula φ(x)', { exact: true })).toBeVisible();
    await expect(nonlinearity).toHaveValue('custom');
    await expect(page.getByTestId('control-problem')).toHaveCount(0);
  });
});
