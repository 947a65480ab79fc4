// A lecturer exports the slide, the figures and the data for a class. Every file is read
// back: PNGs decoded at the promised size, SVGs parsed, CSV rows matched to the engine.
import { csvParse } from 'd3';
import { simulate } from '../src/lib/sim/index';
import { DEFAULT_STATE, specFor } from '../src/lib/model/lab-state';
import { decodePng, parseSvg, save } from './export-files';
import { expect, test } from './fixtures';

test('the slide exports as PNG at 1x (1920x1080) and 2x (3840x2160), and as SVG with axis titles, colour bar', async ({
  page
}) => {
  await page.goto('/?radius=0.9');
  await expect(page.getByTestId('sweep-ms')).toBeVisible({ timeout: 20_000 });
  await page.keyboard.press('e');
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();

  const one = await save(page, 'PNG 1x');
  expect(one.name).toBe('rnn-vs-lstm_T100_radius0.90_slide@1x.png');
  const img1 = await decodePng(page, one.bytes);
  expect([img1.width, img1.height]).toEqual([1920, 1080]);
  await expect(page.getByTestId('export-status')).toContainText('1920 x 1080');

  const two = await save(page, 'PNG 2x');
  expect(two.name).toBe('rnn-vs-lstm_T100_radius0.90_slide@2x.png');
  expect(await decodePng(page, two.bytes)).toMatchObject({ width: 3840, height: 2160 });

  const svg = await save(page, 'SVG');
  expect(svg.name).toBe('rnn-vs-lstm_T100_radius0.90_slide.svg');
  const parsed = await parseSvg(page, svg.bytes.toString('utf8'));
  expect(parsed.error).toBeNull();
  expect(parsed.width).toBe('1920');
  const all = parsed.texts.join(' | ');
  expect(all).toContain('steps back from the loss, k'); // axis titles
  expect(all).toContain('hidden unit');
  expect(all).toContain('gradient ratio'); // the colour bar's title...
  expect(all).toContain('10⁻¹⁰'); // ...and its ticks, typeset
  expect(all).toContain('spectral radius 0.90'); // the footer's parameters
  // the caption, its numbers typeset and never split across lines
  expect(parsed.texts.join(' ')).toMatch(
    /After 100 steps back: RNN keeps \d\.\d\s×\s10⁻[⁰-⁹¹²³]+; LSTM cell \d\.\d\s×\s10⁻[⁰-⁹¹²³]+/
  );
  expect(parsed.texts.some((t) => /×$/.test(t.trim()))).toBe(false);
  // the absolute link, wrapped at its separators, and its QR code
  const link = parsed.texts.filter((_, i) => i >= parsed.texts.findIndex((x) => x.startsWith('http'))).join('');
  expect(link).toContain(`${new URL(page.url()).origin}/?view=gradients&compare=rnn,lstm&steps=100&radius=0.9&`);
  expect(parsed.qr).toBe(true);
  expect(all).not.toMatch(/\^|\de-?\d/); // no 10^-10, no 1.0e-20
  // designed for the back row: one heatmap per architecture, each over a third of the width,
  // and no text under 24 px
  expect(parsed.images).toBe(2); // RNN h and the LSTM cell
  for (const w of parsed.imageWidths) expect(w).toBeGreaterThanOrEqual(1920 / 3);
  expect(Math.min(...parsed.fontSizes)).toBeGreaterThanOrEqual(24);
});

test('a single figure exports at 3x, on white for handouts', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByLabel('Figure').selectOption('line');
  await page.getByLabel('white, for printed handouts').check();
  const three = await save(page, 'PNG 3x');
  expect(three.name).toBe('rnn-vs-lstm_T100_radius1.00_line@3x.png');
  const img = await decodePng(page, three.bytes);
  expect(img.width % 3).toBe(0);
  expect(img.width).toBeGreaterThan(900);
  expect(img.topLeft.slice(0, 3)).toEqual([255, 255, 255]); // white, although the screen is dark
});

test('the line chart data is a CSV with a header and T + 1 rows matching the engine; JSON holds the specs', async ({
  page
}) => {
  await page.goto('/?steps=60&forgetBias=2');
  await page.keyboard.press('e');
  await page.getByLabel('Figure').selectOption('line');
  const csv = await save(page, 'CSV (data of this figure)');
  expect(csv.name).toBe('rnn-vs-lstm_T60_radius1.00_line.csv');
  const rows = csvParse(csv.bytes.toString('utf8'));
  expect(rows.columns).toEqual([
    'k',
    'rnn_h_log10',
    'rnn_theory_log10',
    'lstm_c_log10',
    'lstm_path_log10',
    'lstm_theory_log10'
  ]);
  expect(rows).toHaveLength(61);
  const state = { ...DEFAULT_STATE, steps: 60, forgetBias: 2 };
  const lstm = simulate(specFor(state, 'lstm'));
  rows.forEach((row, k) =>
    expect(Number(row.lstm_c_log10)).toBeCloseTo(lstm.cGradLog10![60 - k] - lstm.cGradLog10![60], 9)
  );

  await page.getByLabel('Figure').selectOption('heatmaps');
  const heat = await save(page, 'CSV (data of this figure)');
  expect(csvParse(heat.bytes.toString('utf8'))).toHaveLength(61);

  const json = await save(page, 'JSON (specs and results)');
  expect(json.name).toBe('rnn-vs-lstm_T60_radius1.00_data.json');
  const data = JSON.parse(json.bytes.toString('utf8'));
  expect(data.runs[1].result.spec).toMatchObject({ arch: 'lstm', steps: 60, forgetBias: 2 });
  expect(data.runs[1].result.cGradLog10[0]).toBeCloseTo(lstm.cGradLog10![0], 12);
});

test('Copy PNG puts the image on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.keyboard.press('e');
  await page.getByLabel('Figure').selectOption('heatmaps');
  await page.getByRole('button', { name: 'Copy PNG' }).click();
  await expect(page.getByTestId('export-status')).toContainText('Copied the heatmaps');
  const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
  expect(types).toContain('image/png');
});

test('after an image export the dialog still closes with its Close button and with Escape', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await page.getByLabel('Figure').selectOption('line');
  await save(page, 'PNG 1x');
  await expect(page.getByTestId('export-status')).toContainText('Saved');
  await expect(dialog).toBeVisible(); // capture hid it for a frame; it is back
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Export' }).click();
  await save(page, 'SVG');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a link too long for the slide is cut visibly, and the QR code gives way to a note', async ({ page }) => {
  const eig = Array.from({ length: 128 }, (_, k) => {
    const a = (Math.PI * (2 * k + 1)) / 256;
    return `${(0.9 * Math.cos(a)).toFixed(4)}:${(0.9 * Math.sin(a)).toFixed(4)}`;
  }).join(',');
  await page.goto(`/?init=eigenvalues&eig=${encodeURIComponent(eig)}&activation=custom&formula=x%2F(1%2Babs(x))`);
  await expect(page.getByTestId('sweep-ms')).toBeVisible({ timeout: 60_000 });
  await page.keyboard.press('e');
  const svg = await save(page, 'SVG');
  const parsed = await parseSvg(page, svg.bytes.toString('utf8'));
  expect(parsed.error).toBeNull();
  const all = parsed.texts.join(' | ');
  expect(all).toContain("… too long to print in full: copy it from the page's address bar.");
  expect(all).toContain('link too long | for a QR code');
  expect(parsed.qr).toBe(false);
  expect(all).toContain('hidden 256'); // one unit per eigenvalue, not the hidden-size control's 32
  expect(all).toContain('φ(x) = x/(1+abs(x))');
});

test('from a local address the dialog warns and takes a public address (remembered); the link keeps the tour', async ({
  page
}) => {
  await page.goto('/?tour=2');
  await expect(page.getByTestId('tour')).toBeVisible();
  await page.keyboard.press('e');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  // the e2e server is 127.0.0.1: only this machine can open it
  await expect(dialog.getByTestId('private-address-warning')).toContainText('127.0.0.1');
  await expect(dialog.getByTestId('slide-link')).toContainText(`${new URL(page.url()).origin}/?view=gradients`);
  await dialog.getByLabel('Public address').fill('192.168.0.7/lab/');
  await expect(dialog.getByTestId('public-address-problem')).toContainText('private too');
  await dialog.getByLabel('Public address').fill('https://course.example.edu/lab/');
  await expect(dialog.getByTestId('public-address-problem')).toHaveCount(0);
  await expect(dialog.getByTestId('slide-link')).toContainText('https://course.example.edu/lab/?view=gradients&');

  const svg = await save(page, 'SVG');
  const parsed = await parseSvg(page, svg.bytes.toString('utf8'));
  const start = parsed.texts.findIndex((x) => x.startsWith('http'));
  const link = parsed.texts.slice(start).join('');
  expect(link.startsWith('https://course.example.edu/lab/?view=gradients&compare=rnn,lstm&')).toBe(true);
  expect(link).toMatch(/&tour=2$/);
  expect(parsed.qr).toBe(true);
  // tour step 2's caption quotes 1.3e30 at the end of a sentence: typeset like every other exponent
  const caption = parsed.texts.filter((_, i) => i < start).join(' ');
  expect(caption).toContain('10³⁰');
  expect(caption).not.toMatch(/\de-?\d/);

  // remembered on this device
  await page.reload();
  await page.keyboard.press('e');
  await expect(page.getByLabel('Public address')).toHaveValue('https://course.example.edu/lab/');
  await expect(page.getByTestId('slide-link')).toContainText('https://course.example.edu/lab/?view=gradients&');
});

test("the explorer offers each of its figures, and its whole slide is the explorer's, named for it", async ({
  page
}) => {
  await page.goto('/?view=explorer');
  await expect(page.getByTestId('connectivity-ms')).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('e');
  const options = await page.getByLabel('Figure').locator('option').allTextContents();
  expect(options).toEqual([
    'Whole slide (16:9)',
    'Eigenvalues in the complex plane',
    'Line chart',
    'Connectivity maps'
  ]);

  const slide = await save(page, 'SVG');
  expect(slide.name).toBe('explorer_rnn-vs-lstm_T100_radius1.00_slide.svg');
  const parsed = await parseSvg(page, slide.bytes.toString('utf8'));
  expect(parsed.error).toBeNull();
  const all = parsed.texts.join(' | ');
  expect(all).toContain('eigenvalues, gradient and connectivity'); // its own title
  expect(all).toContain('Eigenvalues of W in the complex');
  expect(all).toContain('Connectivity: how strongly');
  expect(parsed.texts.join(' ')).toContain('relative to the diagonal'); // the maps' colour bar
  expect(all).not.toContain('gradient ratio'); // not the gradients slide's colour bar
  expect(parsed.qr).toBe(true);

  for (const [id, name] of [
    ['eigenvalues', 'explorer_rnn-vs-lstm_T100_radius1.00_eigenvalues@1x.png'],
    ['line', 'explorer_rnn-vs-lstm_T100_radius1.00_line@1x.png'],
    ['connectivity', 'explorer_rnn-vs-lstm_T100_radius1.00_connectivity@1x.png']
  ]) {
    await page.getByLabel('Figure').selectOption(id);
    const png = await save(page, 'PNG 1x');
    expect(png.name).toBe(name);
    expect((await decodePng(page, png.bytes)).width).toBeGreaterThan(200);
  }
  await page.getByLabel('Figure').selectOption('connectivity');
  const csv = csvParse((await save(page, 'CSV (data of this figure)')).bytes.toString('utf8'));
  expect(csv.columns.slice(0, 3)).toEqual(['map', 't', 's1_log10']);
  expect(new Set(csv.map((r) => r.map))).toEqual(new Set(['rnn', 'lstm', 'bilstm']));
  expect(csv).toHaveLength(300); // T = 100 rows per map
  // a one-way network cannot see the future (exactly zero); the Bi-LSTM can
  const first = (map: string) => csv.find((r) => r.map === map && r.t === '1')!;
  expect(first('rnn').s2_log10).toBe('-Infinity');
  expect(Number.isFinite(Number(first('bilstm').s2_log10))).toBe(true);
});

test('on a 390 px phone the export dialog and its figure menu fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?view=training');
  await page.getByRole('button', { name: 'Export' }).click();
  const select = page.getByLabel('Figure');
  await select.selectOption('train-sweep'); // the longest label
  for (const box of [await page.getByRole('dialog', { name: 'Export' }).boundingBox(), await select.boundingBox()]) {
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
