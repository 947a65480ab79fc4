// A student raises the LSTM forget bias and sees the memory lengthen.
import { csvParse } from 'd3';
import { ratioFromLog10 } from '../src/lib/figures/format';
import { simulate } from '../src/lib/sim/index';
import { DEFAULT_STATE, specFor } from '../src/lib/model/lab-state';
import { decodePng, parseSvg, save } from './export-files';
import { expect, test } from './fixtures';
import { curveAt, pressTimes, stepsToFall } from './helpers';

test('raising Forget bias lengthens the LSTM memory in the line chart', async ({ page }) => {
  await page.goto('/');
  const before = await stepsToFall(page, 'lstm-path');
  // the page's number is the engine's: the highway at the default forget bias 1 (sigma = 0.731)
  const base = simulate({ arch: 'lstm' }).cellPathLog10!;
  const expected = Array.from(base)
    .reverse()
    .findIndex((v) => v - base[100] < -3);
  expect(before).toBe(expected);
  expect(before).toBeGreaterThan(15);
  expect(before).toBeLessThan(30);
  const slider = page.getByRole('slider', { name: 'Forget bias' });
  await slider.focus();
  await pressTimes(page, 'ArrowRight', 8); // 1.00 -> 3.00
  await expect(page.getByRole('spinbutton', { name: 'Forget bias' })).toHaveValue('3');
  await expect(page.getByText('σ(b) = 0.953')).toBeVisible();
  const after = await stepsToFall(page, 'lstm-path');
  expect(after === null || after > 100 || after > 3 * before!).toBe(true);
  // and the numbers on the page are the engine's
  const r = simulate({ arch: 'lstm', forgetBias: 3 });
  expect(await curveAt(page, 'lstm-c', 100)).toBeCloseTo(r.cGradLog10![0] - r.cGradLog10![100], 9);
});

test('the memory figure reads what a unit keeps, and exports as PNG, SVG and CSV', async ({ page }) => {
  await page.goto('/?forgetBias=3');
  // the engine, independently: the unit that keeps most of a value written 100 steps back
  const r = simulate(specFor({ ...DEFAULT_STATE, forgetBias: 3 }, 'lstm', true));
  const far = Array.from(r.perUnit!.memory![0]);
  const unit = far.indexOf(Math.max(...far)) + 1;
  const caption = page.getByTestId('memory-caption');
  await expect(caption).toContainText(
    `Unit ${unit} keeps ${ratioFromLog10(far[unit - 1])} of a value written 100 steps back`
  );
  await expect(caption).toContainText(`the highway Πf carries the same ${ratioFromLog10(far[unit - 1])}`);
  await page.keyboard.press('e');
  await page.getByLabel('Figure').selectOption('memory');
  const csv = await save(page, 'CSV (data of this figure)');
  expect(csv.name).toBe('rnn-vs-lstm_T100_radius1.00_memory.csv');
  const rows = csvParse(csv.bytes.toString('utf8'));
  expect(rows.length).toBe(101);
  expect(rows.columns[0]).toBe('k');
  expect(rows.columns).toContain('memory_kept_unit1_log10');
  expect(rows.columns).toContain('memory_cell_unit32_log10');
  // k = 100 steps back is s = 0: the share kept over every step
  expect(Number(rows[100][`memory_kept_unit${unit}_log10`])).toBeCloseTo(far[unit - 1], 9);
  const png = await save(page, 'PNG 1x');
  expect((await decodePng(page, png.bytes)).width).toBeGreaterThan(300);
  const svg = await parseSvg(page, (await save(page, 'SVG')).bytes.toString('utf8'));
  expect(svg.error).toBeNull();
  expect(svg.texts.join(' ')).toContain('Share of cₛ still in c at T (= Πf back to s)');
});
