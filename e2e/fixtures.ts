// Every e2e test runs offline: a request for anything but the lab's own server fails the test.
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ guard: void; allowedConsoleErrors: RegExp[] }>({
  // The page's root is a chunk loaded after the entry (main.ts: a frame loads its own), so the
  // load event can come before the lab is mounted: a test's first key press must find it there.
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      // the lab's pages (a page of its own, such as the example deck, has no #app to wait for)
      await page.waitForFunction(() => {
        const app = document.getElementById('app');
        return !app || app.childElementCount > 0;
      });
      return response;
    };
    await use(page);
  },
  /** console errors a test provokes on purpose (a chunk it blocks), as patterns */
  allowedConsoleErrors: [[], { option: true }],
  guard: [
    async ({ page, baseURL, allowedConsoleErrors }, use) => {
      const outside: string[] = [];
      const errors: string[] = [];
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(baseURL!) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
        outside.push(url);
        return route.abort();
      });
      page.on('console', (m) => {
        if (m.type() === 'error' && !allowedConsoleErrors.some((p) => p.test(m.text()))) errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await use();
      expect(outside, 'requests that left the machine').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true }
  ]
});
export { expect };
