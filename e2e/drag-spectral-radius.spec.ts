// A student moves the spectral radius with the keyboard and watches the RNN heatmap.
import { expect, test } from './fixtures';
import { expectFarBack, pressTimes } from './helpers';

test('with a linear RNN, radius 0.9 -> 1.1 by keyboard turns the far-back columns from cold to warm', async ({
  page
}) => {
  await page.goto('/');
  await page.getByLabel('Nonlinearity').selectOption('linear');
  const slider = page.getByRole('slider', { name: 'Spectral radius' });
  await slider.focus();
  await pressTimes(page, 'ArrowLeft', 10); // 1.00 -> 0.90, one stop of 0.01 per key near 1
  await expect(page.getByRole('spinbutton', { name: 'Spectral radius' })).toHaveValue('0.9');
  await expect(slider).toHaveAttribute('aria-valuetext', '0.90');
  await expectFarBack(page, 'rnn-h', 'cold'); // blue: vanished (0.9^100 = 2.7e-5, -4.6 of the 10 decades)

  await pressTimes(page, 'ArrowRight', 20); // 0.90 -> 1.10
  await expect(slider).toHaveAttribute('aria-valuetext', '1.10');
  await expectFarBack(page, 'rnn-h', 'warm'); // red: exploded (1.1^100 = 1.4e4)
});

test('0.95, 0.99, 1.00 and 1.01 are each reachable by keyboard', async ({ page }) => {
  await page.goto('/');
  const slider = page.getByRole('slider', { name: 'Spectral radius' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', '1.01');
  await pressTimes(page, 'ArrowLeft', 2);
  await expect(slider).toHaveAttribute('aria-valuetext', '0.99');
  await pressTimes(page, 'ArrowLeft', 4);
  await expect(slider).toHaveAttribute('aria-valuetext', '0.95');
  await pressTimes(page, 'ArrowRight', 5);
  await expect(slider).toHaveAttribute('aria-valuetext', '1.00');
});

test('the phase diagram marks the current radius and fills in from the worker', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('sweep-ms')).toBeVisible({ timeout: 20_000 });
  const map = page.getByTestId('heatmap-phase-radius');
  await expect(map.locator('.marker-label')).toHaveText('ρ = 1.00');
  await page.getByRole('spinbutton', { name: 'Spectral radius' }).fill('1.3');
  await page.keyboard.press('Enter');
  await expect(map.locator('.marker-label')).toHaveText('ρ = 1.30');
  await expect(page.getByTestId('sweep-ms')).toBeVisible();
  // every row filled: no pending hatch left (hatch pixels are grey 225/240)
  const grey = await map.locator('canvas').evaluate((c: HTMLCanvasElement) => {
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i] === data[i + 1] && data[i + 1] === data[i + 2] && (data[i] === 225 || data[i] === 240)) count++;
    return count / (data.length / 4);
  });
  expect(grey).toBeLessThan(0.01);
});
