import { test as base, expect, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

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

const projectRoot = path.resolve(__dirname, '..', '..');

/** Where serve.sh keeps the database and received mail of the server at `baseURL`. */
function dataDir(baseURL: string) {
  return path.join(projectRoot, 'end2end', '.data', new URL(baseURL).port);
}

export type Account = { name: string; email: string; password: string };

/**
 * Adds an account to Acme Support with the operator's command line, the way a server
 * administrator would, so a journey that changes its password disturbs no other journey.
 */
export function createAccount(baseURL: string, account: Account) {
  execFileSync(
    path.join(projectRoot, 'target', 'release', 'roster'),
    ['create-admin', '--workspace', 'Acme Support', '--email', account.email, '--name', account.name],
    {
      env: { ...process.env, ROSTER_DATA_DIR: dataDir(baseURL), ROSTER_PASSWORD: account.password, RUST_LOG: 'warn' },
      stdio: 'pipe',
    },
  );
}

/** Waits for the SMTP sink of the server at `baseURL` to receive mail for `to` with `subject`. */
export async function receivedMail(baseURL: string, to: string, subject: string): Promise<string> {
  const inbox = path.join(dataDir(baseURL), 'inbox');
  const matching = () =>
    readdirSync(inbox)
      .filter((file) => file.endsWith('.eml'))
      .map((file) => readFileSync(path.join(inbox, file), 'utf8'))
      .filter((raw) => raw.includes(`To: ${to}`) && raw.includes(`Subject: ${subject}`));
  await expect.poll(() => matching().length, { message: `mail "${subject}" to ${to}` }).toBeGreaterThan(0);
  return matching()[0];
}

/** The first link in a raw email whose path starts with `prefix`. */
export function linkIn(raw: string, prefix: string): string {
  const unwrapped = raw.replace(/=\r?\n/g, '');
  const found = unwrapped.match(new RegExp(`https?://[^\\s"<>]+${prefix}[A-Za-z0-9_-]+`));
  expect(found, `a ${prefix} link in the mail`).not.toBeNull();
  return found![0];
}
