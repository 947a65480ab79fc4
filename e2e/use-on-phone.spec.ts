// A student opens a shared link on a phone: the figures take the whole width, nothing
// scrolls sideways, and the controls fold behind a button that works by touch.
import { expect, test } from './fixtures';
import { archBox } from './helpers';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('on a 390 px phone the heatmaps fill the width and the controls open by touch', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('sweep-ms')).toBeVisible({ timeout: 30_000 });
  for (const id of ['rnn-h', 'lstm-h', 'lstm-c']) {
    const box = (await page.getByTestId(`heatmap-${id}`).boundingBox())!;
    expect(box.width, `${id} heatmap width`).toBeGreaterThanOrEqual(300);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // folded: one tap opens the controls, and a tap on a slider moves it
  const controls = page.getByRole('complementary', { name: 'Controls' });
  await expect(controls).toBeHidden();
  const toggle = page.getByRole('button', { name: 'Controls' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.tap();
  await expect(controls).toBeVisible();
  const slider = page.getByRole('slider', { name: 'Sequence length' });
  const box = (await slider.boundingBox())!;
  const before = await page.getByRole('spinbutton', { name: 'Sequence length' }).inputValue();
  await page.touchscreen.tap(box.x + box.width * 0.9, box.y + box.height / 2);
  await expect(page.getByRole('spinbutton', { name: 'Sequence length' })).not.toHaveValue(before);
  await archBox(page, 'GRU').tap();
  await expect(archBox(page, 'GRU')).toBeChecked();
  await expect(page.getByTestId('heatmap-gru-h')).toBeVisible();
  await toggle.tap();
  await expect(controls).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // the explorer: one column
  await page.getByRole('tab', { name: 'Eigenvalues & connectivity' }).tap();
  await expect(page.getByTestId('eigen-editor')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('on a phone an eigenvalue is dragged with a finger', async ({ page }) => {
  await page.goto('/?view=explorer&init=eigenvalues&eig=0.5:0');
  const handle = page.getByTestId('eigen-handle-0');
  await expect(handle).toBeVisible();
  const radius = page.getByText('spectral radius ρ').locator('xpath=following-sibling::dd[1]');
  await expect(radius).toHaveText('0.500');
  const h = (await handle.boundingBox())!;
  const [x, y] = [h.x + h.width / 2, h.y + h.height / 2];
  // Playwright's touchscreen only taps: a drag goes through the browser's own touch input
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', px: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: px, y }] });
  await touch('touchStart', x);
  for (let i = 1; i <= 6; i++) await touch('touchMove', x + i * 8);
  await touch('touchEnd', x + 48);
  await expect(radius).not.toHaveText('0.500');
  expect(Number(await radius.textContent())).toBeGreaterThan(0.55);
});
