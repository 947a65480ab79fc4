// A lecturer trains an RNN and an LSTM, then exports every training figure for a slide: each
// PNG decodes at the promised scale, each SVG parses with the figure's titles in it, and the
// connectivity CSV holds the maps the page drew.
import { csvParse } from 'd3';
import { decodePng, parseSvg, save } from './export-files';
import { expect, test } from './fixtures';

test('every training figure exports as PNG and SVG once the runs are done', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/?view=training&hidden=8&trainSteps=10&trainIterations=200');
  await page.getByRole('button', { name: 'Start training RNN and LSTM' }).click();
  const status = page.getByTestId('train-status');
  for (const arch of ['rnn', 'lstm'])
    await expect(status.locator(`li[data-arch=${arch}]`)).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(page.getByTestId('train-conn-lstm-after')).toBeVisible();
  const figures: [string, string][] = [
    ['train-loss', 'training iteration'],
    ['train-accuracy', 'fraction correct'],
    ['train-grad', 'training iteration'],
    ['train-flow', 'steps back from the loss, k'],
    ['train-connectivity', 'input step s']
  ];
  await page.getByRole('button', { name: 'Export' }).click();
  for (const [id, text] of figures) {
    await page.getByLabel('Figure').selectOption(id);
    const png = await save(page, 'PNG 2x');
    expect(png.name).toMatch(new RegExp(`_${id}@2x\\.png$`));
    const img = await decodePng(page, png.bytes);
    expect(img.width % 2).toBe(0);
    expect(img.width).toBeGreaterThan(400);
    const svg = await save(page, 'SVG');
    const parsed = await parseSvg(page, svg.bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.texts.join(' | ')).toContain(text);
  }
  await page.getByLabel('Figure').selectOption('train-connectivity');
  const csv = csvParse((await save(page, 'CSV (data of this figure)')).bytes.toString('utf8'));
  const T = csv.filter((r) => r.arch === 'lstm' && r.map === 'after').length;
  expect(T).toBeGreaterThanOrEqual(10);
  expect(csv.columns.slice(0, 4)).toEqual(['arch', 'map', 't', 's1_log10']);
  expect(csv.filter((r) => r.arch === 'rnn')).toHaveLength(2 * T); // before and after
});
