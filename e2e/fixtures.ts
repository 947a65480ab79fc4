// Every e2e test runs offline: a request for anything but the lab's own server fails the test.
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const outside: string[] = [];
      const errors: string[] = [];
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(baseURL!) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
        outside.push(url);
        return route.abort();
      });
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await use();
      expect(outside, 'requests that left the machine').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true }
  ]
});
export { expect };
