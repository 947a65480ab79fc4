import { mount } from 'svelte';
import { loadFormulaParser, needsFormulaParser } from './lib/sim/formula-parser';
import './app.css';
// window.__gflPerf from the first moment (the benchmark and e2e tests poll it), though the page's
// root, which fills it, is loaded after this file
import './lib/perf';
import { chooseLocale, LOCALE_STORAGE_KEY, setLocale } from './lib/i18n/index';

// The language first: every message, including the link's notices, is made in it.
let remembered: string | null = null;
try {
  remembered = localStorage.getItem(LOCALE_STORAGE_KEY);
} catch {
  // no storage (a sandboxed frame, private mode): the link's lang or English
}
const { locale } = chooseLocale(location.search, remembered);
setLocale(locale);
document.documentElement.lang = locale;

// `?embed=FIGURE`: one figure alone, in another page's frame (src/lib/embed/). Each page loads its
// own root, so a frame fetches neither the five views nor the header and dialogs of the lab.
const embedded = new URLSearchParams(location.search).has('embed');
if (embedded) document.documentElement.classList.add('embedded');
const target = () => ({ target: document.getElementById('app')! });
const start = embedded
  ? () => import('./lib/embed/EmbedRoot.svelte').then((m) => mount(m.default, target()))
  : () => import('./App.svelte').then((m) => mount(m.default, target()));
// A link with a custom formula needs mathjs to check it; every other link starts at once.
// Without it (offline, not cached) the link's formula is refused with a notice saying why.
if (needsFormulaParser(location.search)) loadFormulaParser().then(start, start);
else start();

// Offline after one visit (src/build/service-worker.ts); the built page only, never the dev server,
// and never a frame: the page around it decides what it caches.
if (import.meta.env.PROD && !embedded && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    // the lab works without it; say why it will not work offline
    navigator.serviceWorker.register('./sw.js').catch((e) => console.warn('offline cache not installed:', e));
  });
}
