// A student changes the sequence length by slider and by typing, and types nonsense.
import { expect, test } from './fixtures';
import { archBox } from './helpers';

test('Sequence length sets the number of heatmap columns', async ({ page }) => {
  await page.goto('/');
  const canvas = page.getByTestId('heatmap-rnn-h').locator('canvas');
  await expect(canvas).toHaveAttribute('data-cols', '101');
  await page.getByRole('slider', { name: 'Sequence length' }).focus();
  await page.keyboard.press('ArrowRight'); // 100 -> 110
  await expect(canvas).toHaveAttribute('data-cols', '111');
  const box = page.getByRole('spinbutton', { name: 'Sequence length' });
  await box.fill('250');
  await box.press('Enter');
  await expect(canvas).toHaveAttribute('data-cols', '251');
  await expect(page.getByTestId('heatmap-lstm-c').locator('canvas')).toHaveAttribute('data-cols', '251');
});

test('typed out-of-range values are clamped with a visible message naming the field and range', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('spinbutton', { name: 'Sequence length' });
  await box.fill('9999');
  await box.press('Enter');
  await expect(
    page.getByText('Sequence length: must be an integer from 1 to 5000; 9999 was set to 5000')
  ).toBeVisible();
  await expect(box).toHaveValue('5000');
  // T = 5000 runs in the worker: wait for the page to say it is done, with room for a busy machine
  await expect(page.getByTestId('computing')).toHaveText('', { timeout: 60_000 });
  await expect(page.getByTestId('heatmap-rnn-h').locator('canvas')).toHaveAttribute('data-cols', '5001');

  const radius = page.getByRole('spinbutton', { name: 'Spectral radius' });
  await radius.fill('-3');
  await radius.press('Enter');
  await expect(page.getByText('Spectral radius: must be a number from 0 to 2; -3 was set to 0')).toBeVisible();
  await expect(radius).toHaveValue('0');
  // radius 0: every earlier RNN gradient is exactly zero, drawn as the coldest colour, never NaN
  await expect(page.getByTestId('ratio-rnn')).toHaveText('exactly 0');

  // malformed text, typed key by key as a student would: refused, the last value kept
  const bias = page.getByRole('spinbutton', { name: 'Forget bias' });
  await bias.selectText();
  await page.keyboard.type('1e');
  await bias.press('Enter');
  await expect(
    page.getByText('Forget bias: must be a number from -4 to 8; that was not a number, kept 1')
  ).toBeVisible();
  await expect(bias).toHaveValue('1');
});

test('every extreme a student can reach renders without an error', async ({ page }) => {
  await page.goto('/');
  for (const [name, value] of [
    ['Sequence length', '1'],
    ['Sequence length', '2'],
    ['Spectral radius', '2'],
    ['Hidden size', '1'],
    ['Input scale', '0'],
    ['Forget bias', '-4'],
    ['Forget bias', '8'],
    ['Sequence length', '3']
  ]) {
    const box = page.getByRole('spinbutton', { name });
    await box.fill(value);
    await box.press('Enter');
    await expect(box).toHaveValue(value);
  }
  await archBox(page, 'GRU').check();
  await page.getByLabel('Nonlinearity').selectOption('relu');
  await expect(page.getByTestId('heatmap-gru-h').locator('canvas')).toHaveAttribute('data-cols', '4');
  await expect(page.getByTestId('heatmap-caption')).not.toContainText('NaN');
});
