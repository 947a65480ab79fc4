// A student raises the sequence length to 1000 on the explorer: small networks' maps are computed
// at once (a 1000 x 1000 map, binned to the canvas); the default network's are forecast too slow,
// and the explorer says so with the forecast and offers to compute them anyway or to go back to 300.
import { expect, test } from './fixtures';

test('a 1000 x 1000 connectivity map fills in for a small network while the page stays usable', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/?view=explorer&compare=rnn&hidden=4&bidirectional=false&steps=1000');
  const map = page.getByTestId('connectivity-rnn');
  await expect(map).toBeVisible({ timeout: 30_000 });
  // the page answers while the worker fills the map in
  await page.getByRole('tab', { name: 'Training' }).click();
  await expect(page.getByTestId('sweep-start')).toBeVisible();
  await page.getByRole('tab', { name: /Eigenvalues/ }).click();
  await expect(page.getByTestId('connectivity-ms')).toBeVisible({ timeout: 150_000 });
  await expect(page.getByTestId('connectivity-rnn')).toHaveAttribute('data-done', '1000');
  await expect(page.getByTestId('connectivity-waiting')).toHaveCount(0);
});

test('maps forecast too slow wait with their forecast; "compute anyway" and "back to 300" both work', async ({
  page
}) => {
  test.setTimeout(120_000);
  await page.goto('/?view=explorer&steps=1000');
  const waiting = page.getByTestId('connectivity-waiting');
  await expect(waiting).toContainText(/The maps at T = 1000 \(RNN, LSTM and Bi-LSTM\)\s+are\s+forecast to take about/, {
    timeout: 30_000
  });
  await expect(waiting).toContainText('500,000 cells a map');
  await expect(page.getByTestId('connectivity-rnn')).toHaveCount(0); // nothing computed unasked
  await page.getByTestId('connectivity-anyway').click();
  await expect(waiting).toHaveCount(0);
  await expect(page.getByTestId('connectivity-rnn')).toBeVisible();
  // another length asks again; the offer sets the sequence length to 300, where the maps compute unasked
  await page.goto('/?view=explorer&steps=900');
  await page.getByRole('button', { name: 'Set the sequence length to 300' }).click();
  await expect(page).toHaveURL(/steps=300/);
  await expect(page.getByTestId('connectivity-ms')).toBeVisible({ timeout: 90_000 });
});
