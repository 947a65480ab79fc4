// Reading what the page shows: heatmap pixels and the line chart's data table.
import { expect, type Page } from '@playwright/test';

/** Mean colour of the rightmost `fraction` of a heatmap's canvas (the far-back columns). */
export async function farBackColour(
  page: Page,
  id: string,
  fraction = 0.1
): Promise<{ r: number; g: number; b: number }> {
  return page
    .getByTestId(`heatmap-${id}`)
    .locator('canvas')
    .evaluate((canvas: HTMLCanvasElement, f) => {
      const ctx = canvas.getContext('2d')!;
      const w = Math.max(1, Math.floor(canvas.width * f));
      const { data } = ctx.getImageData(canvas.width - w, 0, w, canvas.height);
      let r = 0,
        g = 0,
        b = 0;
      for (let i = 0; i < data.length; i += 4) {
        r += data[i];
        g += data[i + 1];
        b += data[i + 2];
      }
      const n = data.length / 4;
      return { r: r / n, g: g / n, b: b / n };
    }, fraction);
}

/**
 * Waits until the far-back columns of a heatmap read cold (blue over red by 40 levels:
 * vanished) or warm (red over blue: exploded). Polled: a redraw may land a frame after the
 * control shows its value.
 */
export async function expectFarBack(page: Page, id: string, tone: 'cold' | 'warm'): Promise<void> {
  await expect
    .poll(async () => {
      const c = await farBackColour(page, id);
      return tone === 'cold' ? c.b - c.r : c.r - c.b;
    })
    .toBeGreaterThan(40);
}

/** The line chart's "steps to fall below 10^-3" for one curve; null when it never falls. */
export async function stepsToFall(page: Page, curve: string): Promise<number | null> {
  const text = await page
    .locator(`[data-testid=line-data] tr[data-k=fall] td[data-id=${curve}]`)
    .getAttribute('data-steps');
  return text ? Number(text) : null;
}

/** log10 ratio of a curve at k steps back, as the page's data table holds it. */
export async function curveAt(page: Page, curve: string, k: number | string): Promise<number> {
  return Number(
    await page.locator(`[data-testid=line-data] tr[data-k="${k}"] td[data-id=${curve}]`).getAttribute('data-log10')
  );
}

export async function pressTimes(page: Page, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** The compared-set checkbox of an architecture, by its visible label ("RNN" is not "Residual RNN"). */
export const archBox = (page: Page, label: string) => page.getByRole('checkbox', { name: label, exact: true });
