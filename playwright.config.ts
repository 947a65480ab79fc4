import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Playwright cannot download its browsers here: use Debian's Chromium when it is installed
// (.ci/run installs it), Playwright's own browser elsewhere. As root, Chromium needs
// --no-sandbox; the background-networking flags keep it from calling out at start-up.
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
// E2E_PORT lets several checkouts on one machine run their e2e tests at once
const PORT = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  workers: 2,
  reporter: [['list']],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000
  },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 720 },
    // the offline cache is tested on its own (host-on-course-website.spec.ts); elsewhere it
    // would hide requests from the guard in fixtures.ts
    serviceWorkers: 'block',
    launchOptions: {
      ...(existsSync(DEBIAN_CHROMIUM) ? { executablePath: DEBIAN_CHROMIUM } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run'
      ]
    }
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }]
});
