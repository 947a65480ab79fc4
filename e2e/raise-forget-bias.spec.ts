// A student raises the LSTM forget bias and sees the memory lengthen.
import { simulate } from '../src/lib/sim/index';
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
