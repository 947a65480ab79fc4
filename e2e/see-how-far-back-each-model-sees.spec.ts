// A student opens "How far back?": the gradient reaching each input k steps back, for the RNN and
// the LSTM on one axis, is the engine's in Node; the caption quotes it 99 steps back. A lecturer
// measures the cost on this device (a button, never on load), sees each model's points and fitted
// slope fill in, then exports the reach chart and the cost as PNG, SVG and CSV.
import { csvParse } from 'd3';
import { DEFAULT_STATE, specFor } from '../src/lib/model/lab-state';
import { simulate } from '../src/lib/sim/index';
import { archBox } from './helpers';
import { decodePng, parseSvg, save } from './export-files';
import { expect, test } from './fixtures';

test('the reach chart reads the engine, and the cost is measured on request and exported', async ({ page }) => {
  test.slow(); // the measurement takes up to its 3 s budget, longer on a busy machine
  await page.goto('/?view=reach');
  await expect(page.getByRole('tab', { name: 'How far back?' })).toHaveAttribute('aria-selected', 'true');

  // the chart's data are the engine's input gradients, absolute, k steps back
  const T = DEFAULT_STATE.steps;
  const runs = (['rnn', 'lstm'] as const).map((a) => simulate(specFor(DEFAULT_STATE, a, false)));
  const table = page.getByTestId('reach-data');
  for (const [i, arch] of (['rnn', 'lstm'] as const).entries()) {
    const cell = table.locator(`tr[data-k="50"] td[data-id="reach-${arch}"]`);
    expect(Number(await cell.getAttribute('data-log10'))).toBeCloseTo(runs[i].xGradLog10[T - 1 - 50], 9);
  }
  const caption = page.getByTestId('reach-caption');
  await expect(caption).toContainText('99 steps back (k = 99)');
  await expect(caption).toContainText('a path of 99 steps through the recurrence');
  await expect(page.getByTestId('attention-caption')).toContainText('Attention is not among the compared models');

  // nothing is measured on load; the button measures both models, point by point
  const status = page.getByTestId('cost-status');
  await expect(status).toHaveAttribute('data-status', 'idle');
  await expect(page.getByTestId('cost-data')).toHaveCount(0);
  await page.getByRole('button', { name: 'Measure on this device' }).click();
  await expect(status).toHaveAttribute('data-status', /complete|budget/, { timeout: 60_000 });
  for (const arch of ['rnn', 'lstm']) {
    const rows = page.getByTestId('cost-data').locator(`tbody tr[data-id="cost-${arch}"]`);
    const points = await rows.evaluateAll((r) => r.map((x) => [Number(x.dataset.t), Number(x.dataset.ms)]));
    expect(points.slice(0, 4).map(([t]) => t)).toEqual([16, 32, 64, 128]);
    for (const [, ms] of points) expect(ms).toBeGreaterThan(0);
  }
  await expect(page.getByTestId('cost-caption')).toContainText(/Fitted log–log slopes: RNN \d\.\d\d \(T = 128 to/);
  await expect(page.getByTestId('memory-table').locator('tr[data-arch="lstm"] td').first()).toHaveText('64');

  // export: each figure as PNG and SVG, and the data behind it as CSV
  await page.getByRole('button', { name: 'Export' }).click();
  for (const [id, text] of [
    ['reach', 'steps back from the loss, k'],
    ['reach-cost', 'sequence length T (log scale)']
  ]) {
    await page.getByLabel('Figure').selectOption(id);
    const png = await save(page, 'PNG 2x');
    expect(png.name).toMatch(new RegExp(`^reach_rnn-vs-lstm_T100_${id}@2x\\.png$`));
    expect((await decodePng(page, png.bytes)).width).toBeGreaterThan(400);
    const svg = await parseSvg(page, (await save(page, 'SVG')).bytes.toString('utf8'));
    expect(svg.error).toBeNull();
    expect(svg.texts.join(' | ')).toContain(text);
  }
  await page.getByLabel('Figure').selectOption('reach');
  const reach = csvParse((await save(page, 'CSV (data of this figure)')).bytes.toString('utf8'));
  expect(reach.columns).toEqual(['k', 'rnn_log10_norm', 'lstm_log10_norm']);
  // Math.log may differ in the last bit between the page and Node
  expect(Number(reach[T - 1].rnn_log10_norm)).toBeCloseTo(runs[0].xGradLog10[0], 9);
  await page.getByLabel('Figure').selectOption('reach-cost');
  const cost = csvParse((await save(page, 'CSV (data of this figure)')).bytes.toString('utf8'));
  expect(cost.filter((r) => r.model === 'lstm').length).toBeGreaterThanOrEqual(4);
});

test('a measurement is cancelled on request, and cleared when the compared models change', async ({ page }) => {
  await page.goto('/?view=reach&hidden=64');
  const status = page.getByTestId('cost-status');
  const measure = page.getByRole('button', { name: 'Measure on this device' });
  await measure.click();
  await expect(status).toHaveAttribute('data-status', 'running');
  await expect(measure).toBeDisabled();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(status).toHaveAttribute('data-status', 'cancelled');
  await expect(status).toContainText('Cancelled after');
  await expect(measure).toBeEnabled();

  // another set of models: the points of the old set are gone, nothing runs until asked
  await measure.click();
  await expect(status).toHaveAttribute('data-status', 'running');
  await archBox(page, 'GRU').check();
  await expect(status).toHaveAttribute('data-status', 'idle');
  await archBox(page, 'LSTM').uncheck(); // RNN and GRU
  await expect(page.getByTestId('cost-data')).toHaveCount(0);
  await expect(page.getByTestId('memory-table').locator('tr[data-arch]')).toHaveCount(2);
  await expect(page.getByTestId('memory-table').locator('tr[data-arch="gru"]')).toHaveCount(1);
});

for (const [width, height] of [
  [390, 844],
  [768, 1024]
])
  test(`at ${width} px every figure of the view fits the width`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/?view=reach&compare=rnn-lstm-gru');
    await expect(page.getByTestId('reach-caption')).toContainText('GRU');
    for (const id of ['reach', 'reach-attention', 'reach-cost']) {
      const box = (await page.locator(`[data-export=${id}]`).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
    const chart = (await page.locator('[data-export=reach] svg.chart').boundingBox())!;
    expect(chart.width).toBeGreaterThan(width - 60);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
