// A lecturer shows Bengio et al. (1994)'s first claim: the weight gradient is a sum over time
// steps dominated by the recent ones. The figure's caption and table are the engine's numbers.
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3';
import { resultShares, sharesCaption } from '../src/lib/figures/weight-shares';
import { simulate } from '../src/lib/sim/index';
import { DEFAULT_STATE, specFor } from '../src/lib/model/lab-state';
import { expect, test } from './fixtures';

const sharesFor = (state: typeof DEFAULT_STATE) =>
  resultShares((['rnn', 'lstm'] as const).map((arch) => simulate(specFor(state, arch))));

test('the caption says how much of dL/dW the last steps carry, and follows the radius', async ({ page }) => {
  await page.goto('/');
  const caption = page.getByTestId('share-caption');
  await expect(caption).toHaveText(sharesCaption(sharesFor(DEFAULT_STATE), 100));
  await expect(caption).toContainText("The last 10 steps carry 99.04% of the RNN's ∂L/∂W");
  // the table behind the chart: the RNN's share 20 steps back, in log10, as the engine has it
  const rnn = sharesFor(DEFAULT_STATE)[0];
  const cell = page.locator('[data-testid=share-data] tr[data-k="25"] td[data-id=rnn-share]');
  expect(Number(await cell.getAttribute('data-log10'))).toBeCloseTo(rnn.share[25], 12);

  const box = page.getByRole('spinbutton', { name: 'Spectral radius' });
  await box.fill('0.5');
  await box.press('Enter');
  const shrunk = sharesFor({ ...DEFAULT_STATE, radius: 0.5 });
  await expect(caption).toHaveText(sharesCaption(shrunk, 100));
  expect(shrunk[0].beyond[49]).toBeLessThan(-20); // the far past carries nothing at all
});

test('the figure exports as CSV with each step share, the share beyond it and the recent share', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('e');
  await page.getByLabel('Figure').selectOption('weight-shares');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV (data of this figure)', exact: true }).click()
  ]);
  expect(download.suggestedFilename()).toBe('rnn-vs-lstm_T100_radius1.00_weight-shares.csv');
  const rows = csvParse(readFileSync((await download.path())!).toString());
  expect(rows.columns).toEqual([
    'k',
    'rnn_share_log10',
    'rnn_beyond_log10',
    'rnn_recent',
    'lstm_share_log10',
    'lstm_beyond_log10',
    'lstm_recent'
  ]);
  expect(rows).toHaveLength(100);
  const [rnn] = sharesFor(DEFAULT_STATE);
  expect(Number(rows[9].rnn_recent)).toBeCloseTo(1 - 10 ** rnn.beyond[9], 14);
});
