// A lecturer opens the lab: the engine runs in the browser and the figures show its numbers.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { simulate } from '../src/lib/sim/index';
import { expect, test } from './fixtures';
import { archBox, curveAt, expectFarBack } from './helpers';

test("the default view shows the engine's numbers", async ({ page }) => {
  await page.goto('/');
  await expect(archBox(page, 'RNN')).toBeChecked();
  await expect(archBox(page, 'LSTM')).toBeChecked();
  await expect(archBox(page, 'GRU')).not.toBeChecked();
  const rnn = simulate({ arch: 'rnn' });
  const lstm = simulate({ arch: 'lstm' });
  for (const k of [0, 25, 50, 75, 100]) {
    expect(await curveAt(page, 'rnn-h', k)).toBeCloseTo(rnn.hGradLog10[100 - k] - rnn.hGradLog10[100], 9);
    expect(await curveAt(page, 'lstm-c', k)).toBeCloseTo(lstm.cGradLog10![100 - k] - lstm.cGradLog10![100], 9);
    expect(await curveAt(page, 'lstm-path', k)).toBeCloseTo(lstm.cellPathLog10![100 - k] - lstm.cellPathLog10![100], 9);
  }
  await expect(page.getByTestId('ratio-rnn')).toHaveText('1.0e-20');
  // RNN measured and linear theory; LSTM cell, highway and its theory
  await expect(page.locator('[data-export=line] svg path[data-series]')).toHaveCount(5);
  // where dL/dW comes from: each architecture's step share and the share beyond it
  await expect(page.locator('[data-export=weight-shares] svg path[data-series]')).toHaveCount(4);
  await expect(page.getByTestId('heatmap-rnn-h').locator('canvas')).toHaveAttribute('data-cols', '101');
  await expect(page.getByTestId('heatmap-rnn-h').locator('canvas')).toHaveAttribute('data-rows', '32');
});

test('captions say what the figure above them shows, and unused controls say why they are absent', async ({ page }) => {
  // the case: rho = 1.1 with tanh still vanishes after 200 steps
  await page.goto('/?steps=200&radius=1.1');
  const caption = page.getByTestId('phase-radius-caption');
  await expect(caption).toContainText('After 200 steps, the gradient has shrunk at every radius swept', {
    timeout: 30_000
  });
  await expect(caption).not.toContainText('explodes');
  // linear: the boundary is rho = 1, as rho^T says
  await page.goto('/?steps=100&activation=linear');
  await expect(caption).toContainText('7.9e-31 at ρ = 0.50', { timeout: 30_000 });
  await expect(caption).toContainText('grown for ρ ≥ 1.02');

  await expect(page.getByTestId('update-bias-unused')).toHaveText('Update bias: a GRU gate; no GRU is compared.');
  await expect(page.getByRole('slider', { name: 'Update bias' })).toHaveCount(0);
  await archBox(page, 'LSTM').uncheck();
  await archBox(page, 'GRU').check();
  await expect(page.getByRole('slider', { name: 'Update bias' })).toBeVisible();
  await expect(page.getByTestId('forget-bias-unused')).toBeVisible();
});

test('the first figure waits for at most 250 KiB of gzipped JavaScript', async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(
    () => (window as unknown as { __gflPerf: { firstDrawnAt: number } }).__gflPerf.firstDrawnAt > 0
  );
  const before = await page.evaluate(() => {
    const at = (window as unknown as { __gflPerf: { firstDrawnAt: number } }).__gflPerf.firstDrawnAt;
    return performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.js') && e.startTime < at)
      .map((e) => new URL(e.name).pathname);
  });
  expect(before.length).toBeGreaterThan(0);
  const gz = before.map((p) => gzipSync(readFileSync(`dist${p}`)).length).reduce((a, b) => a + b, 0);
  expect(gz / 1024, `gzipped JavaScript before the first figure: ${before.join(', ')}`).toBeLessThanOrEqual(250);
  // mathjs (~180 KiB) and KaTeX (~80 KiB) arrive later, so the budget above would not hold with them
});

test('phase diagrams with more steps than pixels fill in as their rows arrive', async ({ page }) => {
  // T = 300: 301 columns averaged into a narrower canvas, while the sweep fills the same array
  await page.goto('/?steps=300');
  await expect(page.getByTestId('sweep-ms')).toBeVisible({ timeout: 30_000 });
  await expectFarBack(page, 'phase-radius', 'cold'); // hatched (grey) if drawn from the first, empty rows
  await expectFarBack(page, 'phase-bias', 'cold');
});
