// The page's words, in the language chosen (locale.ts). `msg()` is the catalogue to read from:
// msg().controls.steps, msg().figures.lineCaption(...). Numbers go through numbers.ts.
import { en, type Messages } from './en/index';
import { getLocale, type Locale } from './locale';
import { ru } from './ru/index';

export type { Messages };
export const CATALOGUES: Record<Locale, Messages> = { en, ru };

/** The catalogue of the language the page is in. */
export const msg = (): Messages => CATALOGUES[getLocale()];

export * from './locale';
export * from './numbers';
export { foreignWords, LATIN_ALLOWED } from './latin';
