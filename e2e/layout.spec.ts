// A lecturer on a 1280x720 projector, a student on a 1440x900 laptop, a 768 px tablet, a phone:
// no text under 14 px, nothing wider than the screen, no two blocks overlapping. The
// screenshots land in test-results/screens for a person to look at.
import { expect, test } from './fixtures';
import { archBox } from './helpers';

const VIEWPORTS = [
  { name: 'projector-1280x720', width: 1280, height: 720 },
  { name: 'laptop-1440x900', width: 1440, height: 900 },
  { name: 'tablet-768x1024', width: 768, height: 1024 },
  { name: 'phone-390x844', width: 390, height: 844 }
];

const VIEWS = [
  { name: 'gradients', url: '/', ready: 'sweep-ms' },
  { name: 'latch', url: '/?view=latch', ready: 'latch-tradeoff-done' },
  { name: 'training', url: '/?view=training', ready: 'train-start' },
  {
    name: 'explorer',
    url:
      '/?view=explorer&init=eigenvalues&eig=0.9:0.3,0.5:0,-0.3:0.6,0.95:0,0.2:0' +
      '&activation=custom&formula=max(0,%20x)',
    ready: 'connectivity-ms'
  }
];

for (const vp of VIEWPORTS)
  for (const view of VIEWS) {
    test(`the ${view.name} view reads cleanly at ${vp.name}`, async ({ page }) => {
      await page.setViewportSize({ width: vp.width, height: vp.height });
      await page.goto(view.url);
      await expect(page.getByTestId(view.ready)).toBeVisible({ timeout: 20_000 });
      await page.screenshot({ path: `test-results/screens/${view.name}-${vp.name}.png` });
      await page.screenshot({ path: `test-results/screens/${view.name}-${vp.name}-full.png`, fullPage: true });

      const report = await page.evaluate(() => {
        const small: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const el = node.parentElement!;
          if (!node.textContent!.trim() || el.closest('.visually-hidden, .katex, option')) continue;
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) continue;
          const size = parseFloat(getComputedStyle(el).fontSize);
          if (size < 14) small.push(`${size}px: ${node.textContent!.trim().slice(0, 40)}`);
        }
        const boxes = [
          ...document.querySelectorAll(
            'aside.controls > *, main figure, main .caption, main .line, main .phase, [data-testid=colorbar], ' +
              '.equations .block, .explorer .plane, .explorer .side, .explorer .line, .latch-controls > *, ' +
              '.latch-figures > *, .train-controls > *, .train-figures > *'
          )
        ].map((el) => ({
          name: `${el.tagName.toLowerCase()}.${el.className.toString().split(' ')[0]} ${el.textContent!.trim()}`.slice(
            0,
            60
          ),
          r: el.getBoundingClientRect()
        }));
        const overlaps: string[] = [];
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i].r;
            const b = boxes[j].r;
            const ix = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const iy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            const nested =
              (a.left <= b.left && a.right >= b.right && a.top <= b.top && a.bottom >= b.bottom) ||
              (b.left <= a.left && b.right >= a.right && b.top <= a.top && b.bottom >= a.bottom);
            if (ix > 1 && iy > 1 && !nested) overlaps.push(`${boxes[i].name} / ${boxes[j].name}`);
          }
        // the heatmaps, the gradient-norm chart and where dL/dW comes from, with their captions, on
        // the first screen; the phase diagrams, the LSTM's memory figure and the equations follow below
        const belowFold = [
          ...document.querySelectorAll('main figure, main .caption, main .line, [data-testid=colorbar]')
        ]
          .filter(
            (el) =>
              !el.closest('.equations, .phase, .memory') && el.getBoundingClientRect().bottom > window.innerHeight + 1
          )
          .map(
            (el) =>
              `${el.tagName.toLowerCase()}.${el.className.toString().split(' ')[0]} ` +
              `${el.textContent!.trim().slice(0, 24)}: bottom ${Math.round(el.getBoundingClientRect().bottom)}`
          );
        return { small, overlaps, belowFold, scrollWidth: document.documentElement.scrollWidth };
      });
      if (vp.name === 'projector-1280x720' && view.name === 'gradients')
        expect(report.belowFold, 'figures and captions below the first screen').toEqual([]);
      expect(report.small, 'text under 14 px').toEqual([]);
      expect(report.overlaps, 'overlapping blocks').toEqual([]);
      expect(report.scrollWidth, 'horizontal overflow').toBeLessThanOrEqual(vp.width);
    });
  }

for (const vp of VIEWPORTS)
  for (const presenting of [false, true])
    test(`every Architectures label whole at ${vp.name}${presenting ? ', presenting' : ''}`, async ({ page }) => {
      await page.setViewportSize({ width: vp.width, height: vp.height });
      await page.goto('/?compare=rnn-lstm-gru');
      if (presenting) {
        await page.locator('h1').click();
        await page.keyboard.press('p');
        await expect(page.locator('html')).toHaveClass(/presenting/);
      }
      const controls = page.getByRole('button', { name: 'Controls' });
      if (await controls.isVisible()) await controls.click();
      const group = page.getByRole('group', { name: 'Architectures' });
      await expect(group.getByRole('checkbox')).toHaveCount(6);
      for (const a of ['RNN', 'LSTM', 'GRU']) await expect(archBox(page, a)).toBeChecked();
      // each label on screen and not cut: its text as wide as it needs, its right edge inside the page
      const labels = await group
        .locator('label')
        .evaluateAll((ls) => ls.map((l) => [l.scrollWidth - l.clientWidth, l.getBoundingClientRect().right]));
      for (const [cut, right] of labels) {
        expect(cut).toBeLessThanOrEqual(0);
        expect(right).toBeLessThanOrEqual(vp.width);
      }
    });

test('three networks in training: each before/after map wide, its title on one line, the colour bar beside', async ({
  page
}) => {
  await page.goto('/?view=training&compare=rnn-lstm-gru&hidden=4&trainSteps=8&trainIterations=100');
  await page.getByRole('button', { name: /Start training/ }).click();
  for (const arch of ['rnn', 'lstm', 'gru'])
    await expect(page.locator(`[data-testid=train-status] li[data-arch=${arch}]`)).toHaveAttribute(
      'data-status',
      'done',
      { timeout: 60_000 }
    );
  const maps = page.locator('[data-export=train-connectivity]');
  await expect(maps.locator('figure')).toHaveCount(6);
  for (const fig of await maps.locator('figure').all()) {
    const box = (await fig.boundingBox())!;
    expect(box.width, `${await fig.getAttribute('data-testid')} width`).toBeGreaterThanOrEqual(180);
    const caption = fig.locator('figcaption');
    const lines = await caption.evaluate(
      (c) => c.getBoundingClientRect().height / parseFloat(getComputedStyle(c).lineHeight)
    );
    expect(lines, `${await caption.textContent()}: lines`).toBeLessThan(1.5);
  }
  const bar = (await maps.getByTestId('colorbar').boundingBox())!;
  const lastMap = (await maps.locator('figure').last().boundingBox())!;
  expect(bar.x).toBeGreaterThanOrEqual(lastMap.x + lastMap.width);
  expect(bar.x + bar.width).toBeLessThanOrEqual(1280);
});

test("the explorer's connectivity maps have their colour bar, on the maps' scale", async ({ page }) => {
  await page.goto('/?view=explorer&decades=6');
  await expect(page.getByTestId('connectivity-ms')).toBeVisible({ timeout: 30_000 });
  const section = page.locator('[data-export=connectivity]');
  const bar = section.getByTestId('colorbar');
  await expect(bar).toContainText('relative to the diagonal');
  await expect(bar).toContainText('exactly 0');
  // the colour range the maps are drawn on (decades = 6): 10⁻⁶ to 10⁶
  await expect(bar.locator('svg')).toHaveAttribute('aria-label', /from 10⁻⁶ .* to 10⁶/);
  const box = (await bar.boundingBox())!;
  for (const fig of await section.locator('figure').all())
    expect(box.x).toBeGreaterThanOrEqual((await fig.boundingBox())!.x + (await fig.boundingBox())!.width);
  expect(box.x + box.width).toBeLessThanOrEqual(1280);
});
