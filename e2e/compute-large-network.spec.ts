// A student types the largest network the lab offers: the engine needs over a second per
// run, so it runs in a worker and the controls stay live; the figures then show that run's
// numbers, the same as the engine gives in Node.
import { simulate } from '../src/lib/sim/index';
import { DEFAULT_STATE, specFor } from '../src/lib/model/lab-state';
import { curveAt } from './helpers';
import { expect, test } from './fixtures';

// Heavy by design (two runs of ~1.5 s in the page, two in Node, the sweeps behind): three
// times the usual time, and every wait is on the page's own signals with room for a busy machine.
test.slow();

test('a network too large for the main thread computes in the background while the sliders stay live', async ({
  page
}) => {
  await page.goto('/');
  const status = page.getByTestId('computing');
  await expect(status).toHaveText('');
  for (const [name, value] of [
    ['Hidden size', '256'],
    ['Sequence length', '5000']
  ]) {
    const box = page.getByRole('spinbutton', { name });
    await box.fill(value);
    await box.press('Enter');
  }
  await expect(status).toContainText('Computing n = 256, T = 5000', { timeout: 30_000 });
  const runBefore = await status.getAttribute('data-run'); // the run on screen: it changes when a new one lands

  // While it computes, a key on the radius slider is handled and shown at once: the page is not blocked.
  const radius = page.getByRole('slider', { name: 'Spectral radius' });
  await radius.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const shown = await radius.getAttribute('aria-valuetext');
  expect(shown).not.toBe('1.00');
  await expect(status).toContainText('Computing'); // still under way: the key did not wait for it

  // The last request wins; its numbers are the engine's.
  await expect(status).toHaveText('', { timeout: 120_000 });
  await expect(status).not.toHaveAttribute('data-run', runBefore!);
  await expect(page.getByTestId('heatmap-rnn-h').locator('canvas')).toHaveAttribute('data-cols', '5001');
  const value = Number(await page.getByRole('spinbutton', { name: 'Spectral radius' }).inputValue());
  const state = { ...DEFAULT_STATE, hidden: 256, steps: 5000, radius: value };
  const rnn = simulate(specFor(state, 'rnn', false)); // the norms alone: per-unit rows are not compared
  const lstm = simulate(specFor(state, 'lstm', false));
  for (const k of [1250, 5000]) {
    expect(await curveAt(page, 'rnn-h', k)).toBeCloseTo(rnn.hGradLog10[5000 - k] - rnn.hGradLog10[5000], 9);
    expect(await curveAt(page, 'lstm-c', k)).toBeCloseTo(lstm.cGradLog10![5000 - k] - lstm.cGradLog10![5000], 9);
  }
});

test('a link to the largest network opens at once: its first run computes in the background too', async ({ page }) => {
  await page.goto('/?compare=rnn-lstm-gru&steps=5000&hidden=256');
  const status = page.getByTestId('computing');
  // the page is up and says what it computes; had the first run taken the main thread (seconds
  // at this size) the page would have opened on finished figures, never on this status
  await expect(status).toContainText('Computing n = 256, T = 5000');
  const radius = page.getByRole('slider', { name: 'Spectral radius' });
  await radius.focus();
  await page.keyboard.press('ArrowLeft');
  expect(await radius.getAttribute('aria-valuetext')).not.toBe('1.00');
  await expect(status).toHaveText('', { timeout: 180_000 });
  await expect(page.getByTestId('heatmap-gru-h').locator('canvas')).toHaveAttribute('data-cols', '5001');
});
