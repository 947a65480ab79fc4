// A lecturer walks the Bengio-1994 tour with the arrow keys; every caption's numbers are
// the engine's, computed here independently of the page.
import { percentText, ratioFromLog10 } from '../src/lib/figures/format';
import { attentionReading } from '../src/lib/figures/reach-attention';
import { simulate } from '../src/lib/sim/index';
import { gatePathLog10, linearRnnLog10, powerNorms2x2 } from '../src/lib/sim/theory';
import { farShareText, recentShareText, weightShares } from '../src/lib/figures/weight-shares';
import { LATCH_GRID, latchFixedPoints, latchGridRows, latchRun } from '../src/lib/sim/latch';
import { DEFAULT_STATE, latchSpecFor, specFor, trainSpecFor, type LabState } from '../src/lib/model/lab-state';
import { train } from '../src/lib/sim/train/train';
import { runsOf, validateTrainSpec } from '../src/lib/sim/train/train-spec';
import { TOUR } from '../src/lib/tour/tour';
import { expect, test } from './fixtures';

const total = (c: Float64Array) => c[0] - c[c.length - 1];
const stateOf = (i: number): LabState => ({ ...DEFAULT_STATE, ...TOUR[i].state });
const run = (i: number, arch: 'rnn' | 'lstm' | 'gru' | 'attention') => simulate(specFor(stateOf(i), arch));
/** The spread of attention's weights on screen (every head's), as the caption words it. */
const spread = (i: number) => {
  const r = attentionReading(run(i, 'attention').attention!)!;
  return `${percentText(r.nearUniform)} of the weights lie within a factor 2 of 1/T = ${(1 / r.T).toPrecision(2)}`;
};
/** The training step, followed by the attention steps. */
const TRAIN_STEP = TOUR.findIndex((s) => s.train) + 1;

/** What each step promises (the story), as the engine computes it. */
const PROMISES: ((i: number) => string[])[] = [
  (i) => [ratioFromLog10(total(run(i, 'rnn').hGradLog10)), ratioFromLog10(linearRnnLog10(1.1, 100)), '2.7e-5', '1.4e4'],
  (i) => [ratioFromLog10(total(run(i, 'rnn').hGradLog10)), '7.9e-31', '1.3e30'],
  () => ['keeps 1 of its norm'],
  (i) => [ratioFromLog10(total(run(i, 'rnn').hGradLog10))],
  () => {
    const norms = powerNorms2x2(
      [
        [0.9, 5],
        [0, 0.9]
      ],
      100
    );
    return [`peaks at ${Math.max(...norms).toFixed(1)} at k = 9`, 'until k = 55'];
  },
  (i) => [ratioFromLog10(gatePathLog10(0, 100)), '7.9e-31', ratioFromLog10(total(run(i, 'lstm').cellPathLog10!))],
  () => ['below 1e-3 after 23 steps'],
  (i) => [
    ratioFromLog10(gatePathLog10(5, 500)),
    '0.035',
    ratioFromLog10(total(run(i, 'lstm').cellPathLog10!)),
    ratioFromLog10(total(run(i, 'lstm').cGradLog10!))
  ],
  (i) => [
    ratioFromLog10(total(run(i, 'lstm').cGradLog10!)),
    ratioFromLog10(total(run(i, 'lstm').cellPathLog10!)),
    '0.51'
  ],
  (i) => [ratioFromLog10(total(run(i, 'gru').updatePathLog10!)), ratioFromLog10(total(run(i, 'gru').hGradLog10))],
  // where dL/dW comes from: the shares of the last 10 steps and of those before the last 50
  (i) =>
    (['rnn', 'lstm'] as const).flatMap((arch) => {
      const s = weightShares(arch, run(i, arch).wGradByStepLog10!);
      return [recentShareText(s, 10), farShareText(s, 50)];
    }),
  // the latch at w = 2: kept bits, the noise-free gradient, the attractor's slope
  (i) => {
    const r = latchRun(latchSpecFor(stateOf(i)));
    return [`${r.kept} of 8`, ratioFromLog10(r.clean.gradLog10[99]), latchFixedPoints(2)[2].slope.toFixed(3)];
  },
  // w = 1: the gradient reaches back, and the grid's cell at this w and noise is a coin flip
  (i) => {
    const spec = latchSpecFor(stateOf(i));
    const r = latchRun(spec);
    const [cell] = latchGridRows({ ...spec, trajectories: LATCH_GRID.trajectories }, [spec.w, 2], [spec.noise]);
    return [
      ratioFromLog10(r.clean.gradLog10[99]),
      `${r.kept} of 8`,
      `${Math.round(100 * cell[0])}% of 64`,
      `is ${ratioFromLog10(cell[2])} here against ${ratioFromLog10(cell[3])} at w = 2`
    ];
  },
  // the training step starts its runs on entry: the caption says so at once (its outcome: below)
  () => ['An RNN and an LSTM side by side on the adding problem at T = 20 (16 units, adam, clipping at 1)'],
  (i) => {
    const a = run(i, 'attention').hGradLog10;
    return [
      ratioFromLog10(total(run(i, 'rnn').hGradLog10)),
      ratioFromLog10(total(run(i, 'lstm').cGradLog10!)),
      `gradient to the first position is ${ratioFromLog10(a[1] - a[a.length - 1])}`,
      spread(i)
    ];
  },
  () => ['about T² / 2 = 125000 query-key products', 'an RNN keeps 32 numbers', '2nT = 32000 numbers']
];

test('the tour walks every step by arrow key, each caption showing the numbers it promises', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('t');
  const caption = page.getByTestId('tour-caption');
  for (let i = 0; i < TOUR.length; i++) {
    await expect(page.getByTestId('tour')).toContainText(`Tour ${i + 1} / ${TOUR.length}`);
    for (const number of PROMISES[i](i)) await expect(caption).toContainText(number);
    await expect(page).toHaveURL(new RegExp(`tour=${i + 1}$`));
    await page.keyboard.press('ArrowRight');
  }
  // step 4's gradient really grew while tanh held the state: about 10^5
  const grown = total(run(3, 'rnn').hGradLog10);
  expect(grown).toBeGreaterThan(4);
  expect(grown).toBeLessThan(6);
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('tour')).toContainText(`Tour ${TOUR.length - 1} / ${TOUR.length}`);
});

test('each tour step is a link: opened fresh, it shows that step with its settings', async ({ page, browser }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Tour' }).click();
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.getByRole('button', { name: 'Next step' }).click(); // step 4: tanh, 100 units, radius 1.5
  const href = await page.getByTestId('tour-link').getAttribute('href');
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(href!);
  await expect(fresh.getByTestId('tour')).toContainText(`Tour 4 / ${TOUR.length}`);
  await expect(fresh.getByRole('spinbutton', { name: 'Hidden size' })).toHaveValue('100');
  await expect(fresh.getByRole('spinbutton', { name: 'Spectral radius' })).toHaveValue('1.5');
  // 100 units run in the worker: on a busy machine the caption's number comes a while later
  await expect(fresh.getByTestId('tour-caption')).toContainText(ratioFromLog10(total(run(3, 'rnn').hGradLog10)), {
    timeout: 30_000
  });
});

test('arrow keys on a focused slider move the slider, not the tour', async ({ page }) => {
  await page.goto('/?tour=1');
  await page.getByRole('slider', { name: 'Spectral radius' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('tour')).toContainText(`Tour 1 / ${TOUR.length}`);
  await expect(page.getByRole('spinbutton', { name: 'Spectral radius' })).toHaveValue('0.91');
});

test('the training step trains on entry and, once done, captions what the runs show', async ({ page }) => {
  test.setTimeout(240_000); // two trainings in the page and the same two here, on a busy 2-core machine
  const step = TRAIN_STEP;
  await page.goto(`/?tour=${step}`);
  const caption = page.getByTestId('tour-caption');
  await expect(caption).toContainText('After 1500 iterations on the adding problem at T = 20', { timeout: 150_000 });
  await expect(caption).toContainText('of predicting the mean');
  // the LSTM's accuracy and the RNN's loss, as the trainer computes them for the same spec
  const state = { ...DEFAULT_STATE, ...TOUR[step - 1].state };
  const lstm = train(runsOf(validateTrainSpec(trainSpecFor(state, 'lstm')))[0]);
  const rnn = train(runsOf(validateTrainSpec(trainSpecFor(state, 'rnn')))[0]);
  await expect(caption).toContainText(
    `the LSTM solved it at iteration ${lstm.solvedAt} (${percentText(lstm.final.evalAccuracy)} accuracy at the end)`
  );
  await expect(caption).toContainText(`stayed at ${ratioFromLog10(Math.log10(rnn.final.evalLoss))}`);
  expect(lstm.final.evalAccuracy).toBeGreaterThan(0.95);
  expect(rnn.final.evalLoss).toBeGreaterThan(0.03);
});
