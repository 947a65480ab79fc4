// Reading exported files back, for the export tests: a download's name and bytes, a PNG
// decoded in the browser, an SVG parsed with the texts and sizes a lecturer would check.
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';

export async function save(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click()
  ]);
  const d = download as Download;
  return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
}

/** Decodes a PNG in the browser: its real pixel size, or an error if it is not a PNG. */
export async function decodePng(
  page: Page,
  bytes: Buffer
): Promise<{ width: number; height: number; topLeft: number[] }> {
  return page.evaluate(async (b64) => {
    const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
    const bmp = await createImageBitmap(blob);
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    return { width: bmp.width, height: bmp.height, topLeft: Array.from(ctx.getImageData(2, 2, 1, 1).data) };
  }, bytes.toString('base64'));
}

export interface ParsedSvg {
  error: string | null;
  texts: string[];
  images: number;
  width: string | null;
  /** the slide's heatmap images' widths, at 1x */
  imageWidths: number[];
  /** the effective font size of every text, in px at 1x */
  fontSizes: number[];
  qr: boolean;
}

export async function parseSvg(page: Page, text: string): Promise<ParsedSvg> {
  return page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    const err = doc.querySelector('parsererror');
    const size = (el: Element | null): number =>
      !el ? NaN : el.hasAttribute('font-size') ? Number(el.getAttribute('font-size')) : size(el.parentElement);
    return {
      error: err ? err.textContent : null,
      texts: [...doc.querySelectorAll('text')].map((x) => x.textContent ?? ''),
      images: doc.querySelectorAll('image').length,
      width: doc.documentElement.getAttribute('width'),
      imageWidths: [...doc.querySelectorAll('image')].map((i) => Number(i.getAttribute('width'))),
      fontSizes: [...doc.querySelectorAll('text')].map(size),
      qr: doc.querySelector('[data-testid=slide-qr]') !== null
    };
  }, text);
}
