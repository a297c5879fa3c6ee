import { test as base, expect, Page } from '@playwright/test';

export const SETUP_CODE = 'E2E-SETUP-CODE';

/** The admin that first-run.spec.ts creates. */
export const ADMIN = { name: 'Ada Admin', email: 'ada@example.test', password: 'a long enough passphrase' };

// Every test fails when the page throws, logs an error or fails to load an asset: hydration
// problems show only there. Server functions answer refusals with 4xx statuses on purpose, and
// Chromium logs each as "Failed to load resource", so failed loads are judged by URL instead.
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
          errors.push(`console error: ${message.text()}`);
        }
      });
      page.on('response', (response) => {
        const { pathname } = new URL(response.url());
        if (response.status() >= 400 && !pathname.startsWith('/api/')) {
          errors.push(`failed load: ${response.status()} ${response.url()}`);
        }
      });
      await use(errors);
      expect(errors, 'errors in the browser').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens `path` and waits until the app has hydrated, so clicks are not lost. */
export async function open(page: Page, path: string) {
  await page.goto(path);
  await waitForHydration(page);
}

export async function waitForHydration(page: Page) {
  await expect(page.locator('main[data-hydrated="true"]')).toBeAttached();
}
