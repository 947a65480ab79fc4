// A lecturer opens the lab: the engine runs in the browser and the figures show its numbers.
import { simulate } from '../src/lib/sim/index';
import { expect, test } from './fixtures';
import { curveAt } from './helpers';

test("the default view shows the engine's numbers", async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('combobox', { name: 'Architecture' })).toHaveValue('rnn-lstm');
  const rnn = simulate({ arch: 'rnn' });
  const lstm = simulate({ arch: 'lstm' });
  for (const k of [0, 25, 50, 75, 100]) {
    expect(await curveAt(page, 'rnn-h', k)).toBeCloseTo(rnn.hGradLog10[100 - k] - rnn.hGradLog10[100], 9);
    expect(await curveAt(page, 'lstm-c', k)).toBeCloseTo(lstm.cGradLog10![100 - k] - lstm.cGradLog10![100], 9);
    expect(await curveAt(page, 'lstm-path', k)).toBeCloseTo(lstm.cellPathLog10![100 - k] - lstm.cellPathLog10![100], 9);
  }
  await expect(page.getByTestId('ratio-rnn')).toHaveText('1.0e-20');
  // RNN measured and linear theory; LSTM cell, highway and its theory
  await expect(page.locator('svg path[data-series]')).toHaveCount(5);
  await expect(page.getByTestId('heatmap-rnn-h').locator('canvas')).toHaveAttribute('data-cols', '101');
  await expect(page.getByTestId('heatmap-rnn-h').locator('canvas')).toHaveAttribute('data-rows', '32');
});
