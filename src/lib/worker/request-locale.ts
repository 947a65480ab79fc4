// The worker speaks the page's language: a worker has its own copy of every module, whose locale
// is English until told, so each request carries the page's (getLocale() where it is posted) and
// the handler takes it before building any message (a refused spec, a halt, a task's words).
import { getLocale, isLocale, setLocale, type Locale } from '../i18n/index';

/** What every request carries: the page's language when it was sent (absent: English, as before). */
export interface Localized {
  locale?: Locale;
}

/** The page's language, for a request about to be posted. */
export const pageLocale = (): Locale => getLocale();

/** Takes the request's language for every message this worker builds from now on. */
export function speakRequestLocale(request: Localized): void {
  if (isLocale(request.locale)) setLocale(request.locale);
}
