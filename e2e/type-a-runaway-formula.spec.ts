// A student types a formula whose state runs away (x^2 squares past 1e308) or that is undefined
// where the network goes (sqrt of a negative pre-activation). The page says so beside the
// figures, shows what can be shown, and never leaves another formula's figures on screen.
import { expect, test } from './fixtures';

const heatmap = (page: import('@playwright/test').Page) => page.getByTestId('heatmap-rnn-h').locator('canvas');

async function typeFormula(page: import('@playwright/test').Page, formula: string) {
  const box = page.getByLabel('Formula φ(x)');
  await box.fill(formula);
  await box.press('Enter');
}

test('x^2 overflows: the figures stop before that step, and the notice above them says where', async ({ page }) => {
  await page.goto('/?activation=custom&formula=2*tanh(x)');
  await expect(heatmap(page)).toHaveAttribute('data-cols', '101', { timeout: 20_000 }); // mathjs loads first
  await typeFormula(page, 'x^2');
  const notice = page.getByTestId('halted');
  // mathjs loads for the formula first: on a busy 2-core machine that alone took over 5 s
  await expect(notice).toContainText('x^2', { timeout: 30000 });
  await expect(notice).toBeInViewport(); // above the figures, not below the fold in the sidebar
  const shown = Number((await notice.textContent())!.match(/the figures stop at step (\d+)\./)![1]);
  await expect(notice).toContainText('100 steps were asked for');
  expect(shown).toBeGreaterThanOrEqual(1);
  expect(shown).toBeLessThan(100);
  // the figures and their caption are this formula's, over the steps it could run
  await expect(heatmap(page)).toHaveAttribute('data-cols', String(shown + 1));
  await expect(page.getByTestId('heatmap-caption')).toContainText(`After ${shown} step`);
  // the link reproduces it
  await page.reload();
  await expect(page.getByTestId('halted')).toContainText(`stop at step ${shown}.`);
  await expect(heatmap(page)).toHaveAttribute('data-cols', String(shown + 1));
});

test('a formula undefined at the first step: no figures at all, and the reason in view', async ({ page }) => {
  await page.goto('/?activation=custom&formula=2*tanh(x)');
  await expect(heatmap(page)).toHaveAttribute('data-cols', '101', { timeout: 20_000 }); // mathjs loads first
  await typeFormula(page, 'log(x - 100)');
  const nothing = page.getByTestId('no-results');
  await expect(nothing).toContainText('log(x - 100)');
  await expect(nothing).toContainText('Change the formula φ(x).');
  await expect(nothing).not.toContainText('..');
  await expect(nothing).toBeInViewport();
  await expect(heatmap(page)).not.toBeVisible(); // the previous formula's figures are gone
});

test('on a phone the notice is in view once the formula is applied', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?activation=custom&formula=x%5E2');
  const notice = page.getByTestId('halted');
  // mathjs loads for the formula first: on a busy 2-core machine that alone took over 5 s
  await expect(notice).toContainText('x^2', { timeout: 30000 });
  await notice.scrollIntoViewIfNeeded();
  await expect(notice).toBeInViewport();
  // the notice sits directly above the figures it speaks of
  const noticeBox = (await notice.boundingBox())!;
  const figureBox = (await page.locator('[data-export="heatmaps"]').boundingBox())!;
  expect(figureBox.y).toBeGreaterThan(noticeBox.y);
});
