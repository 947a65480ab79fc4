import { mount } from 'svelte';
import App from './App.svelte';
import { loadFormulaParser, needsFormulaParser } from './lib/sim/formula-parser';
import './app.css';

const start = () => mount(App, { target: document.getElementById('app')! });
// A link with a custom formula needs mathjs to check it; every other link starts at once.
// Without it (offline, not cached) the link's formula is refused with a notice saying why.
if (needsFormulaParser(location.search)) loadFormulaParser().then(start, start);
else start();

// Offline after one visit (src/build/service-worker.ts); the built page only, never the dev server.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    // the lab works without it; say why it will not work offline
    navigator.serviceWorker.register('./sw.js').catch((e) => console.warn('offline cache not installed:', e));
  });
}
