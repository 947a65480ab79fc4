// A lecturer shows why self-attention replaced the LSTM (issue 18): one preset trains attention
// beside the LSTM on the adding problem at T = 200. Attention reaches X1 and X2 in one step and
// solves it within a minute; the LSTM, 200 steps of forget gates away, stays at the baseline.
// The page's histories are the trainer's, computed here in Node for the same specs.
import { resultToJSON } from '../src/lib/sim/index';
import { train } from '../src/lib/sim/train/train';
import { runsOf, validateTrainSpec } from '../src/lib/sim/train/train-spec';
import { ARCH_LABELS, DEFAULT_STATE, trainSpecFor } from '../src/lib/model/lab-state';
import { ATTENTION_VS_LSTM } from '../src/lib/training/presets';
import { save } from './export-files';
import { expect, test } from './fixtures';

test('the preset at T = 200: attention solves the adding problem within a minute, the LSTM does not', async ({
  page
}) => {
  test.setTimeout(240_000);
  await page.goto('/?view=training');
  const started = Date.now();
  await page.getByRole('button', { name: ATTENTION_VS_LSTM.label }).click();
  // the preset's settings are the page's: in the URL and the controls, and the runs use them
  await expect(page).toHaveURL(/trainSteps=200/);
  await expect(page.getByRole('spinbutton', { name: 'Task length T' })).toHaveValue('200');
  const status = page.getByTestId('train-status');
  const attention = status.locator('li[data-arch=attention]');
  const lstm = status.locator('li[data-arch=lstm]');
  await expect(attention).toContainText('95% first reached at iteration', { timeout: 60_000 });
  const seconds = (Date.now() - started) / 1000;
  test.info().annotations.push({ type: 'attention solved T = 200 after', description: `${seconds.toFixed(1)} s` });
  expect(seconds).toBeLessThan(60);
  await expect(lstm).toHaveAttribute('data-status', 'done', { timeout: 150_000 });
  await expect(attention).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(lstm).toContainText('not solved');
  // a spectral radius for the LSTM's W_f; attention has no recurrent matrix, and says so
  await expect(lstm).toContainText('ρ(W_f)');
  await expect(attention).toContainText('no recurrent matrix');
  await expect(status).not.toContainText('NaN');
  // the flow: dL/dh for the LSTM, dL/de for attention, each named; the maps: the LSTM's, and why not attention's
  await expect(page.locator('[data-export=train-flow] h2')).toContainText('‖∂L/∂e‖');
  await expect(page.getByTestId('heatmap-train-flow-attention')).toBeVisible();
  await expect(page.getByTestId('train-conn-lstm-after')).toBeVisible();
  await expect(page.getByTestId('train-conn-missing')).toContainText('no recurrent state');
  // the whole history, bit for bit, from the JSON export
  await page.getByRole('button', { name: 'Export' }).click();
  const json = JSON.parse((await save(page, 'JSON (specs and results)')).bytes.toString('utf8'));
  const node = train(runsOf(validateTrainSpec(trainSpecFor(json.lab, 'attention')))[0]);
  const shown = json.training.find((r: { arch: string }) => r.arch === 'attention');
  expect(shown.solvedAt).toBe(node.solvedAt);
  const fields = (h: typeof node.history) =>
    h.map((e) => [e.loss, e.evalLoss, e.evalAccuracy, e.gradNormLog10, e.spectralRadius]);
  expect(fields(shown.history)).toEqual(fields(node.history));
});

test('attention and the window side by side: their own flows, no radius and no maps, the histories of Node', async ({
  page
}) => {
  test.setTimeout(120_000);
  await page.goto('/?view=training&compare=attention,window&hidden=8&window=4&trainSteps=10&trainIterations=200');
  await page.getByRole('button', { name: /Start training/ }).click();
  const status = page.getByTestId('train-status');
  for (const arch of ['attention', 'window']) {
    const row = status.locator(`li[data-arch=${arch}]`);
    await expect(row).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    await expect(row).toContainText('no recurrent matrix');
  }
  await expect(status).not.toContainText('NaN');
  // the window's gradient beyond its 4 inputs is exactly zero, and the caption says so, not "below 1e-301"
  await expect(page.getByTestId('train-flow-caption')).toContainText(/exactly 0 \(k = \d+, beyond its window of 4\)/);
  await expect(page.locator('[data-export=train-flow] h2')).toContainText('‖∂L/∂x‖');
  await expect(page.getByTestId('train-conn-missing')).toContainText('no recurrent state');
  await expect(page.locator('[data-export=train-connectivity]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Export' }).click();
  const json = JSON.parse((await save(page, 'JSON (specs and results)')).bytes.toString('utf8'));
  for (const arch of ['attention', 'window'] as const) {
    const node = train(runsOf(validateTrainSpec(trainSpecFor(json.lab, arch)))[0]);
    const shown = json.training.find((r: { arch: string }) => r.arch === arch).history;
    // JSON writes the window's exact zeros (log10 = -Infinity) as null: compare through the same JSON
    expect(shown).toEqual(JSON.parse(resultToJSON(node.history)));
  }
});

test('the length sweep gains a row for each new model, each cell the trainer verdict', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/?view=training&compare=residual,attention,window&hidden=4&trainIterations=100');
  await page.getByTestId('sweep-start').click();
  const caption = page.getByTestId('sweep-caption');
  await expect(caption).toContainText('36 of 36 runs done', { timeout: 150_000 }); // 3 models x 4 lengths x 3 seeds
  const lab = { ...DEFAULT_STATE, hidden: 4, trainIterations: 100 };
  for (const arch of ['residual', 'attention', 'window'] as const) {
    const solved = [0, 1, 2].filter((s) => {
      const spec = { ...trainSpecFor({ ...lab, trainSteps: 8 }, arch), seed: 1 + s };
      return train(runsOf(validateTrainSpec(spec))[0]).solvedAt !== null;
    }).length;
    await expect(caption).toContainText(`${ARCH_LABELS[arch]}: ${solved} of 3 at T = 8`);
  }
  // one series a model in the chart, named and coloured as everywhere in the lab
  for (const arch of ['residual', 'attention', 'window'])
    await expect(page.locator(`[data-testid=train-sweep-data] th[data-id=${arch}-success]`)).toHaveCount(1);
});
