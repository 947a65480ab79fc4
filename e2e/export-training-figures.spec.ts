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
  await expect(page.getByTestId('train-gates-after')).toBeVisible();
  const figures: [string, string][] = [
    ['train-loss', 'training iteration'],
    ['train-accuracy', 'fraction correct'],
    ['train-grad', 'training iteration'],
    ['train-flow', 'steps back from the loss, k'],
    ['train-connectivity', 'input step s'],
    ['train-gates', 'memory length']
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
  // the LSTM's forget gates: one row per map and unit, f at every step of the same sequence
  await page.getByLabel('Figure').selectOption('train-gates');
  const gates = csvParse((await save(page, 'CSV (data of this figure)')).bytes.toString('utf8'));
  expect(gates.map((r) => r.map)).toEqual([...Array(8).fill('before'), ...Array(8).fill('after')]);
  expect(gates.columns).toHaveLength(4 + T);
  for (const r of gates) expect(Number(r.f_t1)).toBeGreaterThan(0);
});

test('attention and the window export their training figures; the flow CSV keeps the exact zeros', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/?view=training&compare=attention,window&hidden=8&window=4&trainSteps=10&trainIterations=200');
  await page.getByRole('button', { name: /Start training/ }).click();
  const status = page.getByTestId('train-status');
  for (const arch of ['attention', 'window'])
    await expect(status.locator(`li[data-arch=${arch}]`)).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Export' }).click();
  for (const [id, text] of [
    ['train-loss', 'training iteration'],
    ['train-accuracy', 'fraction correct'],
    ['train-grad', 'training iteration'],
    ['train-flow', 'steps back from the loss, k']
  ]) {
    await page.getByLabel('Figure').selectOption(id);
    const img = await decodePng(page, (await save(page, 'PNG 2x')).bytes);
    expect(img.width).toBeGreaterThan(400);
    const parsed = await parseSvg(page, (await save(page, 'SVG')).bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.texts.join(' | ')).toContain(text);
  }
  await page.getByLabel('Figure').selectOption('train-flow');
  const csv = csvParse((await save(page, 'CSV (data of this figure)')).bytes.toString('utf8'));
  const window = csv.filter((r) => r.arch === 'window');
  expect(window.length).toBeGreaterThan(1);
  // the window's gradient at k >= 4 steps back is exactly zero: log10 -Infinity, never a number or a blank
  for (const r of window) {
    expect(Number.isFinite(Number(r.k3_log10))).toBe(true);
    expect(r.k4_log10).toBe('-Infinity');
  }
  expect(csv.filter((r) => r.arch === 'attention').every((r) => Number.isFinite(Number(r.k5_log10)))).toBe(true);
});
