// A student reads the captions and labels at the ends of the controls' ranges: what the dashed
// rho^k is beside a tanh RNN, why radius 2 does not explode (and one click to see it explode),
// a custom phi's equation, "1 step", a gate power with the digits it needs, and labels the
// curves and eigenvalues no longer cover. Numbers are checked against exact powers and the engine.
import { ratioFromLog10 } from '../src/lib/figures/format';
import { simulate } from '../src/lib/sim/index';
import { DEFAULT_STATE, specFor } from '../src/lib/model/lab-state';
import { expect, test } from './fixtures';

test('beside a tanh RNN the dashed ρᵏ is named the linear RNN’s, with the bound that holds', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('ratio-rnn')).toHaveText('1.0e-20');
  await expect(page.locator('.chart-legend').first()).toContainText('linear RNN: ρᵏ = 1.00ᵏ');
  await expect(page.locator('.chart-legend').first()).not.toContainText('theory: ρᵏ');
  const caption = page.getByTestId('rnn-theory-caption');
  await expect(caption).toHaveText(
    "Dashed ρᵏ is the linear RNN's; with tanh, |φ′| ≤ γ = 1 only bounds this RNN by (γ‖W‖)ᵏ = 1.00ᵏ " +
      '(Pascanu et al. 2013).'
  );
  await expect(page.getByTestId('show-explosion')).toHaveCount(0); // radius 1: nothing to show
});

test('at radius 2 the caption says why tanh bounds it, and one click shows the explosion', async ({ page }) => {
  await page.goto('/?radius=2');
  const exact = (2n ** 100n).toString(); // 1267650600228229401496703205376
  await expect(page.getByTestId('rnn-theory-caption')).toContainText(
    `would grow by 2.00¹⁰⁰ = ${exact[0]}.${Math.round(Number(exact.slice(1, 3)) / 10)}e${exact.length - 1}`
  );
  await expect(page.getByTestId('rnn-theory-caption')).toContainText(
    `this one keeps ${await page.getByTestId('ratio-rnn').textContent()} after 100 steps: tanh saturates`
  );
  // the radius diagram quotes no radius the slider cannot set
  const phase = page.getByTestId('phase-radius-caption');
  await expect(phase).toContainText('After 100 steps', { timeout: 30_000 });
  await expect(phase).not.toContainText('2.05');
  const button = page.getByRole('button', { name: 'Show the explosion (φ linear)' });
  await expect(button).toBeInViewport(); // in the heatmap caption, on the first screen at 1280 x 720
  await button.click();
  await expect(page).toHaveURL(/activation=linear/);
  await expect(page.getByLabel('Nonlinearity')).toHaveValue('linear');
  // the linear RNN with an orthogonal W of radius 2: exactly 2^100, as the engine says
  const r = simulate(specFor({ ...DEFAULT_STATE, radius: 2, activation: 'linear' }, 'rnn', false));
  expect(r.hGradLog10[0] - r.hGradLog10[100]).toBeCloseTo(100 * Math.log10(2), 9);
  await expect(page.getByTestId('ratio-rnn')).toHaveText('1.3e30');
  await expect(page.getByTestId('show-explosion')).toHaveCount(0);
});

test('a custom formula’s RNN equation shows φ and the formula, not tanh', async ({ page }) => {
  await page.goto('/?activation=custom&formula=sin(x)');
  const rnn = page.getByTestId('equations-rnn');
  await expect(rnn.locator('.katex').first()).toBeVisible({ timeout: 30_000 });
  await expect(rnn).not.toContainText('tanh');
  await expect(rnn.getByTestId('equations-rnn-phi')).toHaveText('φ(x) = sin(x), your formula');
  await expect(page.getByTestId('rnn-theory-caption')).toContainText('with φ(x) = sin(x), |φ′| ≤ γ = 1 only bounds');
});

test('one step is "1 step", and a gate power near 1 has the digits its power needs', async ({ page }) => {
  await page.goto('/?steps=1');
  await expect(page.getByTestId('heatmap-caption')).toContainText('After 1 step:');
  await expect(page.getByTestId('line-caption')).toContainText('after 1 step');
  await expect(page.getByTestId('line-caption')).not.toContainText('1 steps');
  await page.goto('/?forgetBias=8');
  // sigma(8) = 0.999665; 0.9997^100 = 0.970 and sigma(8)^100 = 0.967: both read 0.97
  await expect(page.getByTestId('line-caption')).toContainText('constant gates: 0.9997¹⁰⁰ = 0.97');
  await expect(page.getByText('σ(b) = 0.9997')).toBeVisible();
});

test('the float32 label and the unit circle’s label are drawn over what would cover them', async ({ page }) => {
  await page.goto('/?steps=500');
  const line = page.locator('[data-export=line] svg.chart');
  await expect(line.locator('.f32-label')).toHaveText('float32 underflow ≈ 10⁻³⁸');
  // later in the SVG is on top: the label comes after every curve
  const order = await line.evaluate((svg) => {
    const all = [...svg.querySelectorAll('path[data-series], .f32-label')];
    return all.map((e) => (e.classList.contains('f32-label') ? 'label' : 'curve'));
  });
  expect(order.at(-1)).toBe('label');
  expect(order.indexOf('label')).toBe(order.length - 1);
  // thousands of decades on one axis: the two limits are pixels apart, and one label names both
  await page.goto('/?steps=5000&activation=linear&radius=2&hidden=8');
  await expect(line.locator('.f32')).toHaveCount(2);
  await expect(line.locator('.f32-label')).toHaveText(['float32 range ≈ 10⁻³⁸ to 3·10³⁸']);

  await page.goto('/?view=explorer&hidden=128'); // 128 eigenvalues on the circle: some sat under the label
  const label = page.getByTestId('unit-circle-label');
  await expect(label).toHaveText('|λ| = 1');
  const box = (await label.boundingBox())!;
  const markers = page.locator('[data-testid=eigen-editor] circle.measured');
  await expect(markers).toHaveCount(128, { timeout: 30_000 }); // the engine's run of 128 units, on a busy CI
  for (const m of await markers.all()) {
    const b = (await m.boundingBox())!;
    const apart =
      b.x > box.x + box.width || b.x + b.width < box.x || b.y > box.y + box.height || b.y + b.height < box.y;
    expect(apart, `marker at ${b.x},${b.y} under the label at ${box.x},${box.y}`).toBe(true);
  }
});

test('the latch tells 1 + 2⁻⁵² from 1, and blames a pulse of 0 rather than the steps', async ({ page }) => {
  await page.goto('/?view=latch&latchW=1.0000000000000002');
  await expect(page.getByTestId('latch-map-caption')).toContainText(
    'w = 1.0000000000000002: three fixed points. ±2.7e-8 attract (|f′| = 0.9999999999999996 < 1)'
  );
  await page.goto('/?view=latch&latchPulse=0&latchSteps=1000');
  const grid = page.getByTestId('latch-tradeoff-caption');
  await expect(grid).toContainText('At T = 1000', { timeout: 60_000 });
  await expect(grid).toContainText('The pulse is 0: no bit is written');
  await expect(grid).not.toContainText('try more steps');
});

// issue 19: "even σ = 0.99 fades over hundreds of steps" sat beside rows that grew; the captions now
// read the full cell gradient and the highway Πf as two quantities, and the memory figure beside them
test('forget bias 4 at 500 steps: the bias diagram says which biases grow, and the highway only fades', async ({
  page
}) => {
  test.setTimeout(180_000); // 49 LSTM runs of 500 steps on a busy CI core
  await page.goto('/?compare=rnn,lstm&steps=500&forgetBias=4');
  const lab = { ...DEFAULT_STATE, steps: 500 };
  const at = (forgetBias: number) => {
    const r = simulate(specFor({ ...lab, forgetBias }, 'lstm', false));
    return { cell: r.cGradLog10![0] - r.cGradLog10![500], highway: r.cellPathLog10![0] - r.cellPathLog10![500] };
  };
  // the engine, independently: the full cell gradient grows at b = 4.5 and 4.75, the highway fades
  for (const b of [4.5, 4.75]) {
    expect(at(b).cell).toBeGreaterThan(0.5);
    expect(at(b).highway).toBeLessThan(-1);
  }
  const phase = page.getByTestId('phase-bias-caption');
  await expect(phase).not.toContainText('so far', { timeout: 150_000 });
  await expect(phase).toContainText('After 500 steps, the full cell gradient has shrunk for b ≤ 3.50');
  await expect(phase).toContainText(`grown for b ≥ 4.50 (most: ${ratioFromLog10(at(4.75).cell)} at b = 4.75)`);
  await expect(phase).toContainText('The highway Πf only dilutes (σ(8.00)ᵀ = 0.85)');
  await expect(phase).toContainText('growth comes via h and W.');
  await expect(phase).not.toContainText('fades over hundreds');
  // the line chart's caption names both quantities at b = 4 with the engine's numbers
  const here = at(4);
  await expect(page.getByTestId('highway-ratio')).toHaveText(ratioFromLog10(here.highway));
  await expect(page.getByTestId('lstm-cell-caption')).toContainText(
    `Full cell: ${here.cell > 0 ? 'grows to ' : ''}${ratioFromLog10(here.cell)}`
  );
  // and the memory figure reads the same product forward
  await expect(page.getByTestId('memory-caption')).toContainText('one product, dilution forward and backward');
});

test('forget bias 8: the full cell gradient grows (2.7 after 100 steps) and the caption says why', async ({ page }) => {
  await page.goto('/?forgetBias=8');
  const r = simulate(specFor({ ...DEFAULT_STATE, forgetBias: 8 }, 'lstm', false));
  expect(ratioFromLog10(r.cGradLog10![0] - r.cGradLog10![100])).toBe('2.7');
  await expect(page.getByTestId('lstm-cell-caption')).toHaveText('Full cell: grows to 2.7 via h and W.');
  await expect(page.getByTestId('heatmap-caption')).toContainText('LSTM cell: dilution along Πf');
  await expect(page.getByTestId('heatmap-caption')).not.toContainText('(vanishing)');
  await expect(page.getByTestId('colorbar').first().locator('svg')).toHaveAttribute('aria-label', /blue, shrunk/);
});

test('a GRU without the LSTM shows no memory figure', async ({ page }) => {
  await page.goto('/?compare=rnn,gru');
  await expect(page.getByTestId('heatmap-caption')).toContainText('GRU: dilution along Πz');
  await expect(page.getByTestId('memory-figure')).toHaveCount(0);
});
