// The lab state and the address bar, both ways. Reading: a URL (first load, back, forward)
// becomes a state, the notices that say what was repaired, and the tour step. Writing: a
// discrete change reaches the URL at once (a link copied right after it is right); during a
// drag the URL follows at most every 250 ms, always ending on the last state: a drag fires
// 60 input events a second, and browsers throttle pages that rewrite history that often.
import { DEFAULT_STATE, type LabState } from '../model/lab-state';
import { PAGE_KEYS, queryToState } from '../model/url-state';
import { TOUR } from '../tour/tour';
import { getLocale, integer, isLocale, LOCALE_NAMES, LOCALES, msg } from '../i18n/index';

export interface UrlView {
  state: LabState;
  notices: string[];
  /** the tour step shown, -1 for none */
  tour: number;
}

/** A query string as the page shows it: state, notices naming what was repaired, tour step. */
export function readUrl(search: string): UrlView {
  const read = queryToState(search);
  let tour = -1;
  if (read.extra.tour !== undefined) {
    const n = Number(read.extra.tour);
    if (Number.isInteger(n) && n >= 1 && n <= TOUR.length) {
      tour = n - 1;
      // a bare ?tour=N (only page parameters beside it: ?lang=ru&tour=N) takes the step's settings;
      // a link with settings keeps them
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once here, never stored
      const bare = [...new URLSearchParams(search).keys()].every((k) => (PAGE_KEYS as readonly string[]).includes(k));
      if (bare) read.state = { ...DEFAULT_STATE, ...TOUR[tour].state };
    } else {
      const given = JSON.stringify(read.extra.tour.slice(0, 40));
      read.notices.push(msg().state.tourNotice(integer(TOUR.length), given));
    }
  }
  const lang = read.extra.lang;
  if (lang !== undefined && !isLocale(lang))
    read.notices.push(msg().state.langNotice(JSON.stringify(lang.slice(0, 40)), LOCALES, LOCALE_NAMES[getLocale()]));
  return { state: read.state, notices: read.notices, tour };
}

/** Changes at most this often (ms) replace the current history entry instead of adding one. */
export const HISTORY_PAUSE_MS = 800;
const DRAG_WRITE_MS = 250;

/**
 * Keeps the address bar on `query()`. Call during component initialisation. A change pushes a
 * new history entry after a pause (HISTORY_PAUSE_MS) and replaces the current one during quick
 * changes; `takePush()` is true when the next write must push whatever the pause (a tour step,
 * taken once it is read); `continuous()` is true during a drag, whose writes are spaced out.
 */
export function syncUrl(query: () => string, continuous: () => boolean, takePush: () => boolean): void {
  let lastWrite = 0;
  let pendingWrite = 0;
  let push = false;
  function writeUrl() {
    pendingWrite = 0;
    const q = query();
    if (q === location.search) return;
    const now = performance.now();
    if (!push && now - lastWrite < HISTORY_PAUSE_MS) history.replaceState(null, '', q);
    else history.pushState(null, '', q);
    push = false;
    lastWrite = now;
  }
  $effect(() => {
    void query();
    push ||= takePush();
    if (pendingWrite) return;
    if (!continuous() || push) return writeUrl();
    pendingWrite = window.setTimeout(writeUrl, Math.max(0, DRAG_WRITE_MS - (performance.now() - lastWrite)));
  });
  $effect(() => () => clearTimeout(pendingWrite));
}
