// A lecturer presents the example deck (static/examples/embed-deck.html): its frames are the
// lab's figures, and each slide change sets the frame's parameters by postMessage.
import { expect, test } from './fixtures';

test('the example deck sets its frames on each slide change, with the arrow keys', async ({ page }) => {
  await page.goto('/examples/embed-deck.html');
  const first = page.frameLocator('.slide.current iframe');
  await expect(first.getByTestId('embed-figure')).toHaveAttribute('data-drawn', 'true', { timeout: 30_000 });
  await expect(first.getByRole('spinbutton', { name: 'Spectral radius' })).toHaveValue('0.9');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#count')).toHaveText('2 / 3');
  const second = page.frameLocator('.slide.current iframe');
  await expect(second.getByRole('spinbutton', { name: 'Spectral radius' })).toHaveValue('1.1', { timeout: 30_000 });
  await page.keyboard.press('ArrowRight');
  const third = page.frameLocator('.slide.current iframe');
  await expect(third.getByRole('spinbutton', { name: 'Forget bias' })).toHaveValue('3', { timeout: 30_000 });
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('#count')).toHaveText('2 / 3');
  await expect(page.locator('#log')).toHaveText('');
});
