// A lecturer switches the LSTM's forget gates to chrono initialisation (Tallec & Ollivier 2018)
// and sees the highway Pi f change; the link carries the choice, and the forget-bias slider says
// it is overridden.
import { simulate } from '../src/lib/sim/index';
import { expect, test } from './fixtures';
import { curveAt } from './helpers';

/** The highway's log10 ratio k steps back from the loss at T steps, as the page's data table holds it. */
const highwayAt = (path: Float64Array, T: number, k: number) => path[T - k] - path[T];

test('chrono init changes the LSTM highway, is in the link, and overrides the forget bias', async ({ page }) => {
  await page.goto('/');
  const constant = simulate({ arch: 'lstm' }).cellPathLog10!;
  await expect.poll(() => curveAt(page, 'lstm-path', 100)).toBeCloseTo(highwayAt(constant, 100, 100), 9);
  await expect(page.getByTestId('forget-bias-overridden')).toHaveCount(0);

  await page.getByLabel('Forget-gate init').selectOption('chrono');
  const tMax = page.getByRole('spinbutton', { name: 'Chrono T_max' });
  await expect(tMax).toHaveValue('100'); // the default: the default sequence length
  await tMax.fill('500');
  await tMax.press('Enter');
  await expect(page).toHaveURL(/forgetInit=chrono&chronoMax=500/);
  await expect(page.getByTestId('forget-bias-overridden')).toContainText('overridden by chrono init');

  // the page's number is the engine's with chrono's biases; at the constant bias 1 it fell 3 decades
  // within 30 steps, with chrono some units keep their value for hundreds
  const chrono = simulate({ arch: 'lstm', forgetInit: 'chrono', chronoMax: 500 }).cellPathLog10!;
  await expect.poll(() => curveAt(page, 'lstm-path', 100)).toBeCloseTo(highwayAt(chrono, 100, 100), 9);
  expect(highwayAt(chrono, 100, 100)).toBeGreaterThan(highwayAt(constant, 100, 100) + 3);

  // a bad value in the link is named with its range, and the previous value kept
  await page.goto('/?forgetInit=chrono&chronoMax=abc');
  await expect(
    page.getByText('chronoMax: must be an integer from 2 to 5000; "abc" is not a number, kept 100')
  ).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: 'Chrono T_max' })).toHaveValue('100');
});
