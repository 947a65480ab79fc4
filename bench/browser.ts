// npm run bench:browser: in real Chromium, the time from a slider's input event to the
// finished redraw of every chart (median and 95th percentile), at the default view and at
// T = 1000, the time of a full phase-diagram sweep in the worker, and for the largest view
// (run in a worker) how long a slider event blocks the page and when its figures arrive, and
// the longest main-thread task after one input at each extreme the page offers. A benchmark:
// it prints figures and asserts nothing. Run after `npm run build`.
import { chromium, type Frame, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { staticHost } from '../e2e/static-host';

// BENCH_PORT: another checkout may be benchmarking on the same machine (the embed section also
// serves its course page on BENCH_PORT + 1, another origin)
const PORT = Number(process.env.BENCH_PORT ?? 4175);
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
const stop = () => server.kill();
process.on('exit', stop);

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('vite preview did not start');
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

/** Input event -> last chart drawn, for `count` slider moves alternating between stops. */
async function sliderTimes(page: Page | Frame, selector: string, count: number): Promise<number[]> {
  return page.evaluate(
    async ({ selector, count }) => {
      const perf = (window as unknown as { __gflPerf: { drawnAt: number } }).__gflPerf;
      const slider = document.querySelector<HTMLInputElement>(selector)!;
      const start = +slider.value;
      const times: number[] = [];
      for (let i = 0; i < count; i++) {
        slider.value = String(start + (i % 2 === 0 ? 1 : 0));
        const t0 = performance.now();
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        times.push(perf.drawnAt - t0);
      }
      return times;
    },
    { selector, count }
  );
}

/** Full sweep time: from the request to the last row, as the page measures it. */
async function sweepTimes(page: Page, count: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    await page.evaluate(() => {
      const s = document.querySelector<HTMLInputElement>('#radius-range')!;
      s.value = String(+s.value + (s.value === '30' ? -1 : 1));
      s.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForFunction(() => {
      const p = (window as unknown as { __gflPerf: { sweepDoneAt: number; sweepStartAt: number } }).__gflPerf;
      return p.sweepDoneAt > p.sweepStartAt;
    });
    out.push(
      await page.evaluate(() => {
        const p = (window as unknown as { __gflPerf: { sweepDoneAt: number; sweepStartAt: number } }).__gflPerf;
        return p.sweepDoneAt - p.sweepStartAt;
      })
    );
  }
  return out;
}

/** Types a value into a labelled number or text box and presses Enter. */
async function typeInto(page: Page, label: string, value: string): Promise<void> {
  const box = page.getByLabel(label, { exact: true }).and(page.locator('input:not([type=range])'));
  await box.fill(value);
  await box.press('Enter');
}

/** Waits until no worker run is pending and two quiet frames have passed. */
async function idle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid=computing]')!.textContent!.trim() === '',
    null,
    {
      timeout: 120_000
    }
  );
  await page.waitForTimeout(300);
}

/** 64 eigenvalues on a circle of radius 0.9, as the URL writes them (conjugate pairs implied). */
const eig64 = () =>
  encodeURIComponent(
    Array.from({ length: 32 }, (_, k) => {
      const a = (Math.PI * (2 * k + 1)) / 64;
      return `${(0.9 * Math.cos(a)).toFixed(4)}:${(0.9 * Math.sin(a)).toFixed(4)}`;
    }).join(',')
  );

/**
 * `BENCH_ONLY=longtask npm run bench:browser` runs some sections (start, sliders, large, explorer, longtask,
 * embed).
 */
const want = (section: string) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(',').includes(section);

const report = (name: string, xs: number[]) =>
  console.log(
    `${name.padEnd(58)} median ${pct(xs, 50).toFixed(1).padStart(6)} ms   p95 ${pct(xs, 95).toFixed(1).padStart(6)} ` +
      `ms   (n = ${xs.length})`
  );

try {
  await waitForServer();
  const browser = await chromium.launch({
    ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  if (want('start')) await firstFigure(page);
  if (want('sliders')) await sliders(page);
  if (want('large')) await largeView(page);
  if (want('explorer')) await explorer(page);
  if (want('longtask')) await longTasks(page);
  if (want('embed')) await embedded(browser);
  await browser.close();
} finally {
  stop();
}

/**
 * Navigation -> first heatmap drawn (the default view, a fresh page each time, cache off as on a
 * first visit), and the gzipped JavaScript fetched before it (gzipped here from dist/).
 */
async function firstFigure(page: Page): Promise<void> {
  const times: number[] = [];
  let jsBefore: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  for (let i = 0; i < 9; i++) {
    await page.goto(`http://127.0.0.1:${PORT}/?seed=${i + 1}`);
    await page.waitForFunction(() => (window as unknown as { __gflPerf: { drawnAt: number } }).__gflPerf.drawnAt > 0);
    const { at, js } = await page.evaluate(() => {
      const at = (window as unknown as { __gflPerf: { firstDrawnAt: number } }).__gflPerf.firstDrawnAt;
      const js = performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js') && e.startTime < at)
        .map((e) => new URL(e.name).pathname);
      return { at, js };
    });
    times.push(at);
    jsBefore = js;
  }
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  console.log('First figure (Chromium, 1280x720, default view, local server, no cache)\n');
  report('Navigation -> first heatmap drawn', times);
  const gz = jsBefore.map((p) => gzipSync(readFileSync(`dist${p.replace(/^.*?\/assets\//, '/assets/')}`)).length);
  console.log(
    `JavaScript before the first figure: ${jsBefore.length} files, ` +
      `${(gz.reduce((a, b) => a + b, 0) / 1024).toFixed(0)} KiB gzipped\n`
  );
}

async function sliders(page: Page): Promise<void> {
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.waitForFunction(
    () => (window as unknown as { __gflPerf: { sweepDoneAt: number } }).__gflPerf.sweepDoneAt > 0
  );
  console.log('Slider input event -> every chart redrawn (Chromium, 1280x720, RNN vs LSTM, n = 32)\n');
  await sliderTimes(page, '#radius-range', 20); // warm-up
  report('Spectral radius, default view (T = 100)', await sliderTimes(page, '#radius-range', 200));
  report('Forget bias, default view (T = 100)', await sliderTimes(page, '#forget-bias-range', 200));
  report('Full phase-diagram sweep, T = 100 (41 radii + 49 biases)', await sweepTimes(page, 10));
  await page.getByRole('spinbutton', { name: 'Sequence length' }).fill('1000');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  await sliderTimes(page, '#radius-range', 10);
  report('Spectral radius, T = 1000', await sliderTimes(page, '#radius-range', 100));
  report('Full phase-diagram sweep, T = 1000', await sweepTimes(page, 4));
}

async function largeView(page: Page): Promise<void> {
  // The largest view (n = 256, T = 5000: over a second per run) runs in the worker: how long
  // the page is blocked by a slider event, and how long until the figures show its result.
  await page.goto(`http://127.0.0.1:${PORT}/?hidden=256&steps=5000`);
  await page.waitForFunction(() => (window as unknown as { __gflPerf: { drawnAt: number } }).__gflPerf.drawnAt > 0);
  const first: number[] = [];
  const during: number[] = [];
  const shown: number[] = [];
  for (let round = 0; round < 4; round++) {
    // a drag of 10 input events: the first redraws the figures once (they switch to showing
    // the last finished run), the rest only wait for the frame
    const { frames, lastAt } = await page.evaluate(async (round) => {
      const slider = document.querySelector<HTMLInputElement>('#radius-range')!;
      const frames: number[] = [];
      let lastAt = 0;
      for (let i = 0; i < 10; i++) {
        slider.value = String(+slider.value + (round % 2 === 0 ? 1 : -1));
        lastAt = performance.now();
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        frames.push(performance.now() - lastAt);
      }
      return { frames, lastAt };
    }, round);
    first.push(frames[0]);
    during.push(...frames.slice(1));
    await page.waitForFunction(
      () => document.querySelector('[data-testid=computing]')!.textContent!.trim() === '',
      null,
      { timeout: 60_000 }
    );
    shown.push(
      await page.evaluate(
        (t0) => (window as unknown as { __gflPerf: { drawnAt: number } }).__gflPerf.drawnAt - t0,
        lastAt
      )
    );
  }
  report('n = 256, T = 5000, drag: first input event -> next frame', first);
  report('n = 256, T = 5000, drag: later input events -> next frame', during);
  report('n = 256, T = 5000: last input event -> figures redrawn', shown);
}

async function explorer(page: Page): Promise<void> {
  // The explorer: an eigenvalue moved by keyboard (n = 32 RNN vs LSTM), and connectivity maps.
  const angle = (k: number) => (Math.PI * (2 * k + 1)) / 32;
  const circle16 = Array.from({ length: 16 }, (_, k) => {
    return `${(0.9 * Math.cos(angle(k))).toFixed(4)}:${(0.9 * Math.sin(angle(k))).toFixed(4)}`;
  });
  await page.goto(
    `http://127.0.0.1:${PORT}/?view=explorer&init=eigenvalues&eig=${encodeURIComponent(circle16.join(','))}`
  );
  await page.waitForTimeout(1500);
  const eig = await page.evaluate(async () => {
    const perf = (window as unknown as { __gflPerf: { drawnAt: number; phaseDrawnAt: number } }).__gflPerf;
    const handle = document.querySelector<SVGCircleElement>('[data-testid=eigen-handle-0]')!;
    const times: number[] = [];
    for (let i = 0; i < 40; i++) {
      const t0 = performance.now();
      handle.dispatchEvent(new KeyboardEvent('keydown', { key: i % 2 ? 'ArrowLeft' : 'ArrowRight', bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      times.push(perf.drawnAt - t0);
    }
    return times;
  });
  report('Eigenvalue moved by keyboard -> line chart redrawn', eig);
  for (const T of [100, 300]) {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(`http://127.0.0.1:${PORT}/?view=explorer&steps=${T}&seed=${i + 1}`);
      await page.getByTestId('connectivity-ms').waitFor({ timeout: 60_000 });
      times.push(Number((await page.getByTestId('connectivity-ms').textContent())!.match(/\d+/)![0]));
    }
    report(`Connectivity maps RNN + LSTM + Bi-LSTM, T = ${T} (worker)`, times);
  }
}

async function longTasks(page: Page): Promise<void> {
  // The longest main-thread task after one input at the extremes the page offers (target: none
  // over 50 ms). Long tasks are Chromium's own measure (PerformanceObserver 'longtask').
  console.log('\nLongest main-thread task after one input (target < 50 ms; the first load is not an input)\n');
  const extremes: [string, string, (p: Page) => Promise<void>][] = [
    ['Hidden size 32 -> 256 typed (cold matrices)', '/', (p) => typeInto(p, 'Hidden size', '256')],
    ['Sequence length 100 -> 5000 typed at n = 256', '/?hidden=256', (p) => typeInto(p, 'Sequence length', '5000')],
    [
      'Architecture -> RNN vs LSTM vs GRU at n = 256, T = 5000',
      '/?hidden=256&steps=5000',
      (p) =>
        p
          .getByLabel('Architecture')
          .selectOption('rnn-lstm-gru')
          .then(() => undefined)
    ],
    [
      'Eigenvalue moved by key at n = 64 (new W each time)',
      `/?view=explorer&init=eigenvalues&eig=${eig64()}`,
      async (p) => {
        await p.getByTestId('eigen-handle-0').focus();
        await p.keyboard.press('ArrowRight');
      }
    ],
    [
      'Explorer opened at n = 256, T = 300',
      '/?hidden=256&steps=300',
      (p) => p.getByRole('tab', { name: 'Eigenvalues & connectivity' }).click()
    ],
    [
      'Formula typed: a 14-factor product',
      '/?activation=custom',
      (p) =>
        typeInto(
          p,
          'Formula φ(x)',
          '(x+0)*(x+1)*(x+2)*(x+3)*(x+4)*(x+5)*(x+6)*(x+7)*(x+8)*(x+9)*(x+10)*(x+11)*(x+12)*(x+13)'
        )
    ]
  ];
  for (const [name, url, act] of extremes) {
    const worst: number[] = [];
    for (let round = 0; round < 3; round++) {
      await page.goto(`http://127.0.0.1:${PORT}${url}${url.includes('?') ? '&' : '?'}seed=${100 + round}`);
      await page.waitForFunction(() => (window as unknown as { __gflPerf: { drawnAt: number } }).__gflPerf.drawnAt > 0);
      await idle(page);
      await page.evaluate(() => {
        const w = window as unknown as { __longTasks: number[] };
        w.__longTasks = [];
        new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({
          type: 'longtask'
        });
      });
      await act(page);
      await idle(page);
      worst.push(
        await page.evaluate(() => Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks))
      );
    }
    report(name, worst);
  }
}

/** The JavaScript a frame fetched before its figure was drawn, gzipped here from dist/ (bytes). */
async function frameFigure(frame: Frame): Promise<{ at: number; files: number; gzip: number }> {
  await frame.waitForFunction(() => performance.getEntriesByName('gfl-embed-drawn').length > 0, null, {
    timeout: 60_000
  });
  const { at, js } = await frame.evaluate(() => {
    const at = performance.getEntriesByName('gfl-embed-drawn')[0].startTime;
    const js = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.js') && e.startTime < at)
      .map((e) => new URL(e.name).pathname);
    return { at, js };
  });
  const gz = js.map((p) => gzipSync(readFileSync(`dist${p.replace(/^.*?\/assets\//, '/assets/')}`)).length);
  return { at, files: js.length, gzip: gz.reduce((a, b) => a + b, 0) };
}

/**
 * Figures embedded in a course page of another origin (README, "Embedding"): for three figures,
 * the frame's time to its figure and the JavaScript it fetched first (no cache); then a page of
 * six frames: the time to all six figures, a strip slider dragged in one frame while the five
 * others stay live (input event -> redraw), and the longest main-thread task meanwhile.
 */
async function embedded(browser: import('@playwright/test').Browser): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gfl-bench-course-'));
  const host = await staticHost(dir, PORT + 1, '/course/');
  const lab = `http://127.0.0.1:${PORT}/`;
  const frameTag = (figure: string, query: string, w: number, h: number) =>
    `<iframe src="${lab}?embed=${figure}${query}" width="${w}" height="${h}" style="border:0"></iframe>`;
  const open = async (page: Page, name: string, body: string) => {
    writeFileSync(join(dir, name), `<!doctype html><meta charset="utf-8"><body style="margin:0">${body}</body>`);
    await page.goto(`${host.url}${name}`);
  };
  const frameOf = (page: Page, figure: string) =>
    page.frames().find((f) => new URL(f.url()).searchParams.get('embed') === figure)!;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    console.log('\nEmbedded figures (Chromium, one 800x500 frame on a page of another origin, no cache)\n');
    for (const figure of ['heatmaps', 'latch-map', 'reach']) {
      const times: number[] = [];
      let bytes = 0;
      let files = 0;
      for (let i = 0; i < 5; i++) {
        await open(page, `one-${figure}.html`, frameTag(figure, `&seed=${i + 1}`, 800, 500));
        const r = await frameFigure(frameOf(page, figure));
        times.push(r.at);
        bytes = r.gzip;
        files = r.files;
      }
      report(`${figure}: frame navigation -> figure drawn`, times);
      console.log(`${''.padEnd(4)}JavaScript before it: ${files} files, ${(bytes / 1024).toFixed(0)} KiB gzipped`);
    }
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    await page.close();

    // six frames, all in view (a browser does not render a frame of another origin out of view)
    const six = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const figures = ['line', 'heatmaps', 'weight-shares', 'latch-map', 'reach', 'eigenvalues'];
    const body = figures.map((f) => frameTag(f, f === 'line' ? '&controls=radius' : '', 630, 520)).join('');
    const allTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = Date.now();
      await open(six, 'six.html', `<div style="display:flex;flex-wrap:wrap">${body}</div>`);
      await Promise.all(figures.map((f) => frameFigure(frameOf(six, f))));
      allTimes.push(Date.now() - t0);
    }
    console.log('\nSix embedded figures on one page (1920x1080, 630x520 frames)\n');
    report('Page navigation -> all six figures drawn', allTimes);
    const line = frameOf(six, 'line');
    await line.evaluate(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({
        type: 'longtask'
      });
    });
    report('Strip slider input -> redraw, five other frames live', await sliderTimes(line, '#radius-range', 40));
    const longest = await line.evaluate(() =>
      Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks)
    );
    console.log(`Longest main-thread task during the drag: ${longest.toFixed(0)} ms`);
    await six.close();
  } finally {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
