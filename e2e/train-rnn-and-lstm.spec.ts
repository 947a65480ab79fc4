// A lecturer trains an RNN and an LSTM side by side on the adding problem: start, pause,
// resume, reset; the history on the page is the engine's, computed here for the same spec.
import { TASK_REGISTRY, TASKS } from '../src/lib/sim/train/task-registry';
import { train } from '../src/lib/sim/train/train';
import { runsOf, validateTrainSpec } from '../src/lib/sim/train/train-spec';
import { DEFAULT_STATE, trainSpecFor } from '../src/lib/model/lab-state';
import { queryToState } from '../src/lib/model/url-state';
import { save } from './export-files';
import { expect, test } from './fixtures';

const URL = '/?view=training&hidden=8&trainSteps=10&trainIterations=300';
const state = { ...DEFAULT_STATE, hidden: 8, trainSteps: 10, trainIterations: 300 };

test('start trains both in workers; the history shown is the engine history for the same spec', async ({ page }) => {
  await page.goto(URL);
  await page.getByRole('button', { name: 'Start training RNN and LSTM' }).click();
  const status = page.getByTestId('train-status');
  for (const arch of ['rnn', 'lstm'])
    await expect(status.locator(`li[data-arch=${arch}]`)).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  // the engine, here, with the page's spec: the same final evaluation loss, to the last digit shown
  const lstm = train(runsOf(validateTrainSpec(trainSpecFor(state, 'lstm')))[0]);
  const last = lstm.history.at(-1)!;
  expect(last.iteration).toBe(300);
  // (log10 itself may differ in the last bit between Node's V8 and the browser's: compared to 1e-13)
  const cell = page.locator('[data-testid=train-loss-data] tr[data-k=peak] td[data-id=lstm-loss]');
  await expect(cell).toHaveAttribute('data-log10', /./);
  expect(Number(await cell.getAttribute('data-log10'))).toBeCloseTo(
    Math.max(...lstm.history.map((e) => Math.log10(e.evalLoss))),
    13
  );
  // the whole history from the JSON export, to the bit: the trainer takes no logarithm, exp or
  // pow from the engine's Math (det-math.ts; Node 20 and this Chromium differ in their last bits)
  await page.getByRole('button', { name: 'Export' }).click();
  const json = JSON.parse((await save(page, 'JSON (specs and results)')).bytes.toString('utf8'));
  for (const arch of ['rnn', 'lstm'] as const) {
    const node = arch === 'lstm' ? lstm : train(runsOf(validateTrainSpec(trainSpecFor(state, arch)))[0]);
    const shown = json.training.find((r: { arch: string }) => r.arch === arch).history;
    const fields = (h: typeof node.history) =>
      h.map((e) => [
        e.loss,
        e.evalLoss,
        e.evalAccuracy,
        e.gradNormLog10,
        e.normsLog10,
        Array.from(e.flowLog10),
        e.spectralRadius
      ]);
    expect(fields(shown)).toEqual(fields(node.history));
  }
  await page.keyboard.press('Escape');
  await expect(status.locator('li[data-arch=lstm]')).toHaveAttribute('data-entries', String(lstm.history.length));
  await expect(page.locator('[data-export=train-loss] path[data-series=lstm-loss]')).toHaveCount(1);
  await expect(page.getByTestId('heatmap-train-flow-lstm')).toBeVisible();
  // every iteration's gradient norm, the clipped ones counted, and no "steps to fall" row
  const grad = page.getByTestId('train-grad-data');
  const clipped = lstm.history.flatMap((e) => e.normsLog10).filter((v) => v > 0).length; // clip 1
  await expect(grad.locator('tr[data-k=marks] td[data-id=lstm-grad]')).toHaveAttribute('data-marks', String(clipped));
  await expect(grad.locator('tr[data-k=fall]')).toHaveCount(0);
  const dots = await page.locator('[data-marks=lstm-grad] circle').count(); // at most one per pixel column
  expect(dots > 0).toBe(clipped > 0);
  expect(dots).toBeLessThanOrEqual(clipped);
  // the connectivity maps before and after, and a caption that reads them
  for (const key of ['rnn-before', 'rnn-after', 'lstm-before', 'lstm-after'])
    await expect(page.getByTestId(`train-conn-${key}`)).toBeVisible();
  await expect(page.getByTestId('train-conn-caption')).toContainText('LSTM');
  // the note under Start describes the runs on screen, even after a control moves
  const box = page.getByRole('spinbutton', { name: 'Task length T' });
  await box.fill('12');
  await box.press('Enter');
  await expect(page).toHaveURL(/trainSteps=12/);
  await expect(page.getByTestId('train-note')).toContainText('adding at T = 10');
});

test('pause stops the runs where they are, resume goes on, reset clears them', async ({ page }) => {
  await page.goto('/?view=training&hidden=16&trainSteps=40&trainIterations=5000');
  await page.getByRole('button', { name: /Start training/ }).click();
  const lstm = page.getByTestId('train-status').locator('li[data-arch=lstm]');
  await expect
    .poll(async () => Number(await lstm.getAttribute('data-entries')), { timeout: 30_000 })
    .toBeGreaterThan(1);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(lstm).toHaveAttribute('data-status', 'paused');
  const held = Number(await lstm.getAttribute('data-entries'));
  // a paused worker posts at most the slice it was in; then nothing, however long we wait
  await page.waitForTimeout(1500);
  const settled = Number(await lstm.getAttribute('data-entries'));
  expect(settled - held).toBeLessThanOrEqual(1);
  await page.waitForTimeout(1500);
  await expect(lstm).toHaveAttribute('data-entries', String(settled));
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(lstm).toHaveAttribute('data-status', 'running');
  await expect
    .poll(async () => Number(await lstm.getAttribute('data-entries')), { timeout: 30_000 })
    .toBeGreaterThan(settled);
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByTestId('train-status').locator('li')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start training RNN and LSTM' })).toBeVisible();
});

test('settings the trainer refuses say which field and why, and start nothing', async ({ page }) => {
  await page.goto('/?view=training&hidden=200');
  await page.getByRole('button', { name: /Start training/ }).click();
  await expect(page.getByTestId('train-problem')).toContainText('hidden: must be an integer from 1 to 128, got 200');
  await expect(page.getByTestId('train-status').locator('li')).toHaveCount(0);
});

test('the length sweep fills in run by run in a pool of workers, agrees with the trainer, and cancels', async ({
  page
}) => {
  await page.goto('/?view=training&hidden=4&trainIterations=100');
  await page.getByTestId('sweep-start').click();
  const caption = page.getByTestId('sweep-caption');
  await expect(caption).toContainText('of 36 runs done'); // RNN (clipped and not) and LSTM x 4 lengths x 3 seeds
  // the first finished run, whatever it is, is counted; then cancelling stops the pool
  await expect(caption).not.toContainText(' 0 of 36 runs done', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Cancel the sweep' }).click();
  await expect(caption).toHaveCount(0);
  // run to the end at a tiny budget: every cell is the trainer's verdict for that spec
  await page.getByTestId('sweep-start').click();
  await expect(caption).toContainText('36 of 36 runs done', { timeout: 120_000 });
  const state = { ...DEFAULT_STATE, hidden: 4, trainIterations: 100 };
  const solved = (arch: 'rnn' | 'lstm', T: number, trainClip = 1) =>
    [0, 1, 2].filter((s) => {
      const spec = { ...trainSpecFor({ ...state, trainSteps: T, trainClip }, arch), seed: 1 + s };
      return train(runsOf(validateTrainSpec(spec))[0]).solvedAt !== null;
    }).length;
  await expect(caption).toContainText(`LSTM: ${solved('lstm', 8)} of 3 at T = 8`);
  await expect(caption).toContainText(`RNN, clipped at 1: ${solved('rnn', 8)} of 3 at T = 8`);
  await expect(caption).toContainText(`RNN, no clipping: ${solved('rnn', 8, 0)} of 3 at T = 8`);
});

test('an eigenvalue-built, ill-conditioned network trains to the same history in the page as in Node', async ({
  page
}) => {
  // V's singular values are condition^(i/(n-1)): a power, taken from det-math, not the engine's **
  const query =
    '?view=training&compare=rnn-lstm&trainSteps=10&trainIterations=60&init=eigenvalues&condition=10&eig=' +
    Array.from({ length: 16 }, (_, i) => `${(0.95 - 0.1 * i).toFixed(2)}:0`).join(','); // n = 16 eigenvalues
  await page.goto(`/${query}`);
  await page.getByRole('button', { name: 'Start training RNN and LSTM' }).click();
  for (const arch of ['rnn', 'lstm'])
    await expect(page.locator(`[data-testid=train-status] li[data-arch=${arch}]`)).toHaveAttribute(
      'data-status',
      'done',
      { timeout: 60_000 }
    );
  await page.getByRole('button', { name: 'Export' }).click();
  const json = JSON.parse((await save(page, 'JSON (specs and results)')).bytes.toString('utf8'));
  const { state } = queryToState(query);
  for (const arch of ['rnn', 'lstm'] as const) {
    const node = train(runsOf(validateTrainSpec(trainSpecFor(state, arch)))[0]);
    const shown = json.training.find((r: { arch: string }) => r.arch === arch).history;
    expect(shown.map((e: { evalLoss: number }) => e.evalLoss)).toEqual(node.history.map((e) => e.evalLoss));
    expect(shown.map((e: { spectralRadius: number }) => e.spectralRadius)).toEqual(
      node.history.map((e) => e.spectralRadius)
    );
  }
});

test('choosing the latch task: the selector offers every task, and the view names the latch, not adding', async ({
  page
}) => {
  await page.goto('/?view=training');
  const task = page.getByLabel('Task', { exact: true });
  expect(await task.locator('option').allTextContents()).toEqual(TASKS.map((t) => TASK_REGISTRY[t].label));
  const intro = page.locator('.training .intro');
  await expect(intro).toContainText('on the adding problem');
  await task.selectOption('latch');
  await expect(page).toHaveURL(/trainTask=latch/);
  await expect(intro).toContainText('on the latch');
  await expect(intro).not.toContainText('adding');
  await expect(page.getByRole('heading', { name: /Success against sequence length/ })).toContainText('on the latch');
});
