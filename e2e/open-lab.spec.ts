// A lecturer opens the lab: the engine runs in the browser and the chart shows its numbers.
import { simulate } from '../src/lib/sim/index';
import { expect, test } from './fixtures';

test('the default chart shows the engine\'s numbers', async ({ page }) => {
  await page.goto('/');
  const table = page.getByTestId('line-data');
  await expect(table.locator('tbody tr')).toHaveCount(101);
  const rnn = simulate({ arch: 'rnn' });
  const lstm = simulate({ arch: 'lstm' });
  for (const k of [0, 10, 50, 100]) {
    const cells = table.locator('tbody tr').nth(k).locator('td');
    expect(Number(await cells.nth(1).textContent())).toBeCloseTo(rnn.hGradLog10[100 - k], 9);
    expect(Number(await cells.nth(2).textContent())).toBeCloseTo(lstm.cGradLog10![100 - k], 9);
  }
  await expect(page.locator('svg path[data-series]')).toHaveCount(2);
});
