// A lecturer ticks Attention beside the RNN and the LSTM: its curve, its heatmap and its
// equations appear, the address says compare=rnn,lstm,attention, and a fifth model is refused
// out loud. An old link (compare=rnn-gru) still opens RNN vs GRU.
import { simulate } from '../src/lib/sim/index';
import { DEFAULT_STATE, specFor } from '../src/lib/model/lab-state';
import { expect, test } from './fixtures';
import { archBox, curveAt } from './helpers';

test('ticking Attention adds its curve, heatmap and equations, and the URL holds the set', async ({ page }) => {
  await page.goto('/');
  await expect(archBox(page, 'Attention')).not.toBeChecked();
  await archBox(page, 'Attention').check();
  await expect(page).toHaveURL(/[?&]compare=rnn,lstm,attention&/);
  await expect(page).toHaveURL(/[?&]heads=1&positionScale=1(&|$)/);
  // its own controls appear only now
  await expect(page.getByRole('slider', { name: 'Attention heads' })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Position scale' })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Window N' })).toHaveCount(0);

  // the curve on screen is the engine's, relative to the loss step
  const attention = simulate(specFor({ ...DEFAULT_STATE, compare: ['rnn', 'lstm', 'attention'] }, 'attention'));
  const T = DEFAULT_STATE.steps;
  for (const k of [0, 25, 50, 75])
    expect(await curveAt(page, 'attention-e', k)).toBeCloseTo(attention.hGradLog10[T - k] - attention.hGradLog10[T], 9);
  await expect(page.getByTestId('heatmap-attention-h')).toBeVisible();
  await expect(page.getByTestId('equations-attention')).toContainText('softmax');
  await expect(page.getByTestId('line-caption')).toContainText('one step from every position to the last');

  // keyboard: a fourth by Space, then a fifth is refused with the reason
  await archBox(page, 'Window').focus();
  await page.keyboard.press('Space');
  await expect(archBox(page, 'Window')).toBeChecked();
  await expect(page).toHaveURL(/[?&]compare=rnn,lstm,attention,window&/);
  await archBox(page, 'GRU').focus();
  await page.keyboard.press('Space');
  await expect(archBox(page, 'GRU')).not.toBeChecked();
  await expect(page.getByTestId('compare-message')).toHaveText(
    'GRU: at most 4 architectures side by side; untick one of RNN, LSTM, Attention, Window first.'
  );
  await expect(page).toHaveURL(/[?&]compare=rnn,lstm,attention,window&/);

  // and the last one cannot be unticked
  for (const a of ['LSTM', 'Attention', 'Window']) await archBox(page, a).uncheck();
  await archBox(page, 'RNN').click();
  await expect(archBox(page, 'RNN')).toBeChecked();
  await expect(page.getByTestId('compare-message')).toHaveText(
    'RNN: at least one architecture must be compared; tick another first.'
  );
  await expect(page).toHaveURL(/[?&]compare=rnn&/);
});

test('an old link compare=rnn-gru still opens RNN vs GRU; a bad set is refused with a notice', async ({ page }) => {
  await page.goto('/?compare=rnn-gru');
  await expect(archBox(page, 'RNN')).toBeChecked();
  await expect(archBox(page, 'GRU')).toBeChecked();
  await expect(archBox(page, 'LSTM')).not.toBeChecked();
  await expect(page.getByTestId('heatmap-gru-h')).toBeVisible();
  await expect(page).toHaveURL(/[?&]compare=rnn,gru&/);

  await page.goto('/?compare=rnn,lstm,gru,residual,attention');
  await expect(page.getByTestId('url-notices')).toContainText(
    'compare: must be 1 to 4 different architectures from rnn, lstm, gru, residual, attention, window, separated ' +
      'by commas (for example rnn,lstm,attention), got "rnn,lstm,gru,residual,attention": 5 architectures were ' +
      'named; kept rnn,lstm'
  );
  await expect(archBox(page, 'RNN')).toBeChecked();
  await expect(archBox(page, 'LSTM')).toBeChecked();
  await expect(archBox(page, 'Attention')).not.toBeChecked();
});
