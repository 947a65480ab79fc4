// A lecturer trains an LSTM at T = 1000, where the chapter says memory dilutes: the page says
// which lengths it draws, forecasts the run, shows its progress with the time left (measured),
// pauses and resumes it, and then shows the forget gates the LSTM learned with a caption that is
// the engine's reading of the same run, computed here in Node.
import { gatesCaption } from '../src/lib/figures/trained-gates';
import { DEFAULT_STATE, trainSpecFor } from '../src/lib/model/lab-state';
import { trainedForgetGates } from '../src/lib/sim/train/forget-gates';
import { train } from '../src/lib/sim/train/train';
import { runsOf, validateTrainSpec } from '../src/lib/sim/train/train-spec';
import { expect, test } from './fixtures';

test('an LSTM at T = 1000: lengths, forecast, time left, pause, and its forget gates', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('/?view=training&compare=lstm&hidden=4&trainSteps=1000&trainIterations=300');
  await expect(page.getByTestId('train-lengths')).toHaveText('sequences of 1000 to 1100 steps');
  await expect(page.getByTestId('train-forecast')).toContainText('Forecast with these settings: LSTM about');
  await expect(page.getByTestId('train-budget')).toHaveCount(0);
  await page.getByRole('button', { name: 'Start training LSTM' }).click();
  const lstm = page.getByTestId('train-status').locator('li[data-arch=lstm]');
  // the time left appears once the worker has timed some iterations
  await expect(lstm).toContainText(/iteration \d+ of 300 \(\d+%\), .* of training, about .+ left/, {
    timeout: 60_000
  });
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(lstm).toHaveAttribute('data-status', 'paused');
  await expect(lstm).toContainText(/paused at iteration \d+ of 300/);
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(lstm).toHaveAttribute('data-status', 'done', { timeout: 240_000 });

  // the same run in Node: the caption the page shows is the one its gates give
  const spec = runsOf(
    validateTrainSpec(trainSpecFor({ ...DEFAULT_STATE, hidden: 4, trainSteps: 1000, trainIterations: 300 }, 'lstm'))
  )[0];
  const gates = trainedForgetGates(spec, train(spec).theta)!;
  await expect(page.getByTestId('train-gates-caption')).toHaveText(gatesCaption(gates, 1000));
  await expect(page.getByTestId('train-gates-caption')).toContainText('longer than the task length T = 1000');
  for (const key of ['before', 'after'])
    await expect(page.getByTestId(`gatemap-train-gates-${key}`).locator('canvas')).toHaveAttribute(
      'data-cols',
      String(gates.T)
    );
  await expect(page.getByTestId('train-gates-colorbar')).toContainText('forget gate f');
  // the maps before and after are affordable for 4 units at 1100 steps, and drawn
  await expect(page.getByTestId('train-conn-lstm-after')).toBeVisible();
  await expect(page.getByTestId('train-flow-caption')).toContainText(
    'Task length T = 1000: sequences of 1000 to 1100 steps'
  );
});

test('a run forecast past the page bound is refused before it starts, naming the iterations that fit', async ({
  page
}) => {
  await page.goto('/?view=training&compare=lstm&hidden=64&trainSteps=1000&trainIterations=20000');
  await expect(page.getByTestId('train-budget')).toContainText('Start will refuse: Iterations: must be at most');
  await page.getByRole('button', { name: 'Start training LSTM' }).click();
  await expect(page.getByTestId('train-problem')).toContainText(
    'Cannot train with these settings: Iterations: must be at most'
  );
  await expect(page.getByTestId('train-problem')).toContainText("over the page's bound of 20 min a run");
  await expect(page.getByTestId('train-status').locator('li')).toHaveCount(0);
});
