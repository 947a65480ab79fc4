// Which language the page speaks. One module-level choice, set before the page mounts (and again
// by the language switch, which re-renders the page): every message and number reads it, so a
// caption computed from the numbers is built in the language it is shown in (issue 20).
export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
/** English is the default and the source of truth: every other catalogue is typed against it. */
export const DEFAULT_LOCALE: Locale = 'en';
/** Each language's name in itself, for the switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ru: 'Русский' };
/** Where the chosen language is remembered (the `lang` in a link wins over it). */
export const LOCALE_STORAGE_KEY = 'gradient-flow-lab:lang';

let current: Locale = DEFAULT_LOCALE;

export const isLocale = (s: unknown): s is Locale => (LOCALES as readonly unknown[]).includes(s);

export function setLocale(locale: Locale): void {
  current = locale;
}

export const getLocale = (): Locale => current;

/**
 * The language a page opens in: the link's `lang` if it names one, else the remembered one, else
 * English. `problem` says why a `lang` was not taken, in the language the page opens in.
 */
export function chooseLocale(search: string, remembered: string | null): { locale: Locale; given: string | null } {
  const given = new URLSearchParams(search).get('lang');
  if (isLocale(given)) return { locale: given, given };
  return { locale: isLocale(remembered) ? remembered : DEFAULT_LOCALE, given };
}
