// A lecturer chooses the sweep's lengths and seeds on the page: a bad list says why and keeps the
// lengths in force, the start button forecasts the cost, a sweep too long for the page is refused
// by name, and a run sweep draws every series (coinciding ones too) and exports.
import { decodePng, parseSvg, save } from './export-files';
import { expect, test } from './fixtures';

test('lengths and seeds typed on the page drive the sweep, its forecast and its exports', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/?view=training&hidden=4&trainIterations=100');
  const lengths = page.getByLabel('Lengths T');
  await expect(lengths).toHaveValue('8, 12, 20, 40');
  const start = page.getByTestId('sweep-start');
  await expect(start).toContainText(/36 runs of 100 iterations, about \d+ (s|min) on this machine \(\d+ cores?\)/);

  await lengths.fill('8, abc');
  await expect(page.getByTestId('sweep-steps-problem')).toHaveText(
    'Lengths T: must be 1 to 8 lengths, each an integer from 8 to 1000, separated by commas (for example ' +
      '20,100,500), got "8, abc": "abc" is not a number; kept 8, 12, 20, 40'
  );
  await lengths.fill('12 8 12');
  await expect(page.getByTestId('sweep-steps-problem')).toHaveCount(0);
  await page.getByLabel('Seeds per length').fill('1');
  await page.getByLabel('Seeds per length').press('Enter');
  await expect(page).toHaveURL(/sweepSteps=8,12&sweepSeeds=1/);
  await expect(start).toContainText('6 runs of 100 iterations'); // RNN clipped and not, LSTM, 2 lengths, 1 seed

  await start.click();
  const caption = page.getByTestId('sweep-caption');
  await expect(caption).toContainText('6 of 6 runs done', { timeout: 120_000 });
  await expect(caption).toContainText(/RNN, clipped at 1: \d of 1 at T = 8, \d of 1 at T = 12/);
  // every series is in the chart, each drawn narrower than the one before it
  const widths = await page
    .locator('[data-export=train-sweep] path[data-series]')
    .evaluateAll((ps) => ps.map((p) => Number(p.getAttribute('stroke-width'))));
  expect(widths).toHaveLength(3);
  expect(widths[1]).toBeLessThan(widths[0]);
  expect(widths[2]).toBeLessThan(widths[1]);

  // moving a control afterwards: the chart says whose runs it shows
  await lengths.fill('20');
  await expect(page.getByTestId('sweep-stale-note')).toContainText('This chart shows the sweep started earlier');

  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByLabel('Figure').selectOption('train-sweep');
  const png = await save(page, 'PNG 2x');
  expect(png.name).toMatch(/_train-sweep@2x\.png$/);
  expect((await decodePng(page, png.bytes)).width).toBeGreaterThan(400);
  const svg = await parseSvg(page, (await save(page, 'SVG')).bytes.toString('utf8'));
  expect(svg.error).toBeNull();
  expect(svg.texts.join(' | ')).toContain('fraction solved');
  const csv = (await save(page, 'CSV (data of this figure)')).bytes.toString('utf8');
  expect(csv.split('\n')[0]).toBe(
    'T,rnn_clip_finished,rnn_clip_solved,rnn_clip_fraction,rnn_free_finished,rnn_free_solved,rnn_free_fraction,' +
      'lstm_finished,lstm_solved,lstm_fraction'
  );
});

test('a sweep too long for the page is refused by name, before anything starts', async ({ page }) => {
  await page.goto('/?view=training&trainIterations=5000&sweepSteps=500,1000&sweepSeeds=10');
  await expect(page.getByTestId('sweep-forecast-problem')).toContainText(
    /Length sweep: 60 runs would take about \d+ h( \d+ min)? on \d+ cores?, over the page's bound of 1 h/
  );
  await page.getByTestId('sweep-start').click();
  await expect(page.getByTestId('sweep-problem')).toContainText('npm run --silent train -- SWEEP.json > sweep.json');
  await expect(page.getByTestId('sweep-caption')).toHaveCount(0);
  // a bad list in the address names the field and keeps the defaults
  await page.goto('/?view=training&sweepSteps=8,2000');
  await expect(
    page.getByText(/sweepSteps: must be 1 to 8 lengths.*2000 is outside 8 to 1000; kept 8,12,20,40/)
  ).toBeVisible();
});
