// A lecturer demos Bengio et al. (1994)'s single-neuron latch: moving w across 1 turns one
// fixed point into three, raising the noise loses the bit, and the gradient of the robust
// latch has vanished. Every number checked here is computed independently by the engine.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { ratioFromLog10 } from '../src/lib/figures/format';
import { gridCell, tradeoffCaption } from '../src/lib/figures/latch-caption';
import { LATCH_GRID, latchGridRows, latchRun } from '../src/lib/sim/latch';
import { DEFAULT_STATE, latchSpecFor } from '../src/lib/model/lab-state';
import { expect, test } from './fixtures';
import { pressTimes } from './helpers';

async function save(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click()
  ]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

const fixedPoints = (page: Page) => page.getByTestId('fixed-points');

test('moving w across 1 changes the fixed points from one to three', async ({ page }) => {
  await page.goto('/?view=latch&latchW=0.95');
  await expect(page.getByRole('tab', { name: 'Latch (Bengio 1994)' })).toHaveAttribute('aria-selected', 'true');
  await expect(fixedPoints(page)).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId('latch-map-caption')).toContainText('one fixed point, a = 0; it attracts');
  const slider = page.getByRole('slider', { name: 'Weight w' });
  await slider.focus();
  await pressTimes(page, 'ArrowRight', 5); // 0.95 -> 1.00: still one, now marginal
  await expect(page.getByRole('spinbutton', { name: 'Weight w' })).toHaveValue('1');
  await expect(fixedPoints(page)).toHaveAttribute('data-count', '1');
  await expect(fixedPoints(page).locator('tr[data-kind=marginal]')).toHaveCount(1);
  await pressTimes(page, 'ArrowRight', 10); // 1.00 -> 1.10
  await expect(page.getByRole('spinbutton', { name: 'Weight w' })).toHaveValue('1.1');
  await expect(fixedPoints(page)).toHaveAttribute('data-count', '3');
  await expect(fixedPoints(page).locator('tr[data-kind=stable]')).toHaveCount(2);
  await expect(fixedPoints(page).locator('tr[data-kind=unstable]')).toHaveCount(1);
  await expect(page).toHaveURL(/latchW=1\.1(&|$)/);
});

test('raising the noise loses the bit, while the robust latch has no gradient left', async ({ page }) => {
  await page.goto('/?view=latch');
  const kept = page.getByTestId('kept');
  const base = { ...DEFAULT_STATE, view: 'latch' as const };
  const quiet = latchRun(latchSpecFor(base));
  await expect(kept).toHaveAttribute('data-kept', String(quiet.kept));
  expect(quiet.kept).toBe(8);
  await expect(page.getByTestId('latch-gradient-caption')).toContainText(
    `|∂a_T/∂a₁| = ${ratioFromLog10(quiet.clean.gradLog10[99])} at T = 100`
  );
  expect(quiet.clean.gradLog10[99]).toBeLessThan(-70);

  const box = page.getByRole('spinbutton', { name: 'Noise σ' });
  await box.fill('1.5');
  await box.press('Enter');
  const loud = latchRun(latchSpecFor({ ...base, latchNoise: 1.5 }));
  expect(loud.kept).toBeLessThan(8);
  await expect(kept).toHaveAttribute('data-kept', String(loud.kept));
  await expect(page.getByTestId('latch-kept-caption')).toContainText(`${loud.kept} of 8 trajectories keep their bit`);
  await expect(page.locator('[data-export=latch-trajectories] path.trajectory[data-kept=false]')).toHaveCount(
    8 - loud.kept
  );
});

test('the trade-off grid fills in from the worker and agrees with the engine; the sliders stay live', async ({
  page
}) => {
  await page.goto('/?view=latch');
  // moving w while the grid computes: the controls answer at once, the grid does not restart
  const slider = page.getByRole('slider', { name: 'Weight w' });
  await slider.focus();
  await pressTimes(page, 'ArrowLeft', 3); // 2.00 -> 1.85
  await expect(page.getByRole('spinbutton', { name: 'Weight w' })).toHaveValue('1.85');
  await expect(page.getByTestId('latch-tradeoff-done')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('latch-grid')).toHaveAttribute('data-filled', String(LATCH_GRID.noises.length));
  // the caption's numbers: the robust cells' largest gradient, computed here from the engine's rows
  const spec = latchSpecFor({ ...DEFAULT_STATE, latchW: 1.85 }, LATCH_GRID.trajectories);
  const rows = [...latchGridRows(spec, LATCH_GRID.ws, LATCH_GRID.noises)];
  const W = LATCH_GRID.ws.length;
  const grid = {
    ws: LATCH_GRID.ws,
    noises: LATCH_GRID.noises,
    kept: Float64Array.from(rows.flatMap((r) => Array.from(r.subarray(0, W)))),
    grad: Float64Array.from(rows.flatMap((r) => Array.from(r.subarray(W)))),
    filled: rows.length,
    steps: 100,
    trajectories: LATCH_GRID.trajectories,
    ms: 0,
    error: ''
  };
  await expect(page.getByTestId('latch-tradeoff-caption')).toContainText(tradeoffCaption(grid));
  // robust cells (95% kept, with noise) all have a vanished gradient
  expect(tradeoffCaption(grid)).toMatch(/is at most \d\.\de-\d\d/);
  expect(gridCell(grid, 2, 0.3)!.kept).toBe(1);
});

test('the latch settings live in the link; a bad value is clamped with a notice naming the field', async ({ page }) => {
  await page.goto('/?view=latch&latchW=9&latchSteps=300&latchNoise=0.5');
  await expect(page.getByTestId('url-notices')).toContainText('latchW: must be a number from 0 to 3; 9 was set to 3');
  await expect(page.getByRole('spinbutton', { name: 'Weight w' })).toHaveValue('3');
  await expect(page.getByRole('spinbutton', { name: 'Steps T' })).toHaveValue('300');
  await expect(page.getByTestId('kept')).toHaveAttribute('data-total', '8');
  await page.getByRole('button', { name: 'New noise' }).click();
  await expect(page.getByTestId('latch-seed')).toHaveText('2');
  await expect(page).toHaveURL(/seed=2.*latchW=3&latchNoise=0\.5&latchPulse=1&latchLength=3&latchSteps=300/);
  await page.reload();
  await expect(page.getByRole('spinbutton', { name: 'Noise σ' })).toHaveValue('0.5');
  await expect(page.getByTestId('latch-seed')).toHaveText('2');
});

test('the latch figures export: the trade-off grid as CSV, the map as SVG with real text', async ({ page }) => {
  await page.goto('/?view=latch');
  await expect(page.getByTestId('latch-tradeoff-done')).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('e');
  const figure = page.getByLabel('Figure');
  await expect(figure.locator('option')).toHaveText([
    'Latch: the map and its fixed points',
    'Latch: noisy trajectories',
    'Latch: |∂aₜ/∂a₁| against steps',
    'Latch: the trade-off grid'
  ]);
  await figure.selectOption('latch-tradeoff');
  const csv = await save(page, 'CSV (data of this figure)');
  expect(csv.name).toBe('latch_w2.00_noise0.30_T100_latch-tradeoff.csv');
  const lines = csv.bytes.toString().trim().split('\n');
  expect(lines[0]).toBe('w,noise,kept,median_grad_log10');
  expect(lines).toHaveLength(1 + LATCH_GRID.ws.length * LATCH_GRID.noises.length);
  await figure.selectOption('latch-map');
  const svg = await save(page, 'SVG');
  expect(svg.name).toBe('latch_w2.00_noise0.30_T100_latch-map.svg');
  const text = svg.bytes.toString();
  expect(text).toContain('<text');
  expect(text).toContain('±1.92: |f′| = 0.166');
});
