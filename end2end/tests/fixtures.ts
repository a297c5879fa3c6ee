import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, Locator, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const SETUP_CODE = 'E2E-SETUP-CODE';

/** The admin that first-run.spec.ts creates. */
export const ADMIN = { name: 'Ada Admin', email: 'ada@example.test', password: 'a long enough passphrase' };

// Every test fails when the page throws, logs an error or fails to load an asset: hydration
// problems show only there. Server functions answer refusals with 4xx statuses on purpose, and
// Chromium logs each as "Failed to load resource", so failed loads are judged by URL instead.
const expectedFailures = new WeakMap<Page, Set<string>>();

/** Marks a page load that should fail (such as a 403 page) as intended for this test. */
export function expectFailedLoad(page: Page, pathname: string) {
  const paths = expectedFailures.get(page) ?? new Set<string>();
  paths.add(pathname);
  expectedFailures.set(page, paths);
}

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
        const expected = expectedFailures.get(page)?.has(pathname) ?? false;
        if (response.status() >= 400 && !pathname.startsWith('/api/') && !expected) {
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
 * Adds an account to Acme Support with the operator's command line (`roster add-member`),
 * so each journey has people of its own and disturbs no other journey.
 */
export function createAccount(
  baseURL: string,
  account: Account,
  role: 'admin' | 'editor' | 'agent' = 'admin',
  workspace = 'Acme Support',
) {
  roster(baseURL, ['add-member', '--workspace', workspace, '--email', account.email, '--name', account.name, '--role', role], account.password);
}

/** Adds an empty workspace, for a journey that changes a workspace's rules for everyone in it. */
export function createWorkspace(baseURL: string, name: string) {
  roster(baseURL, ['create-workspace', '--name', name]);
}

function roster(baseURL: string, args: string[], password = '') {
  execFileSync(path.join(projectRoot, 'target', 'release', 'roster'), args, {
    env: { ...process.env, ROSTER_DATA_DIR: dataDir(baseURL), ROSTER_PASSWORD: password, RUST_LOG: 'warn' },
    stdio: 'pipe',
  });
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

/** A received message as its reader sees it, decoded by the SMTP sink. */
export interface Letter {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Waits for a message to `to` whose subject contains `subject`, in any language: the sink
 * writes each one decoded beside the raw message.
 */
export async function receivedLetter(baseURL: string, to: string, subject: string): Promise<Letter> {
  const inbox = path.join(dataDir(baseURL), 'inbox');
  const matching = () =>
    readdirSync(inbox)
      .filter((file) => file.endsWith('.json'))
      .map((file) => JSON.parse(readFileSync(path.join(inbox, file), 'utf8')) as Letter)
      .filter((letter) => letter.to === to && letter.subject.includes(subject));
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

/** Signs in through the login page and waits for the home page. */
export async function logIn(page: Page, account: { name?: string; email: string; password: string }) {
  await open(page, '/login');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  if (account.name) {
    await expect(page.getByRole('heading', { name: `Welcome, ${account.name}` })).toBeVisible();
  }
}

/** On narrow screens the sidebar folds behind "Menu"; opens it when it is folded. */
export async function showSidebar(page: Page) {
  const menu = page.getByRole('button', { name: 'Menu', exact: true });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') {
    await menu.click();
  }
}

// WCAG 2.2 AA as axe-core tags it; each level includes the ones below it.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe in the light and the dark theme (the page follows the system setting). */
export async function expectNoAxeViolations(page: Page, where: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const found = results.violations.map(
      (violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
    expect(found, `axe on ${where}, ${colorScheme} theme`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: null });
}

/**
 * The code an authenticator app shows at `atMs` for a base32 setup key (RFC 6238: HMAC-SHA1,
 * 30-second steps, 6 digits), so a test can play the person's phone.
 */
export function authenticatorCode(setupKey: string, atMs: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of setupKey.replace(/[\s=]/g, '').toUpperCase()) {
    bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  }
  const secret = Buffer.from(bits.match(/.{8}/g)!.map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(atMs / 1000 / 30)));
  const digest = createHmac('sha1', secret).update(counter).digest();
  const offset = digest[digest.length - 1] & 0x0f;
  const number = (digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return number.toString().padStart(6, '0');
}

/** Opens the account menu (unfolding the sidebar on phones) and follows `item`. */
export async function openAccountMenuItem(page: Page, item: string) {
  await showSidebar(page);
  await page.getByRole('button', { name: 'Account menu' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/**
 * Presses Tab until `target` has the focus, as a keyboard user would, and checks on the way
 * that the focus is visible there. Fails when `target` cannot be reached in `limit` presses.
 */
export async function tabTo(page: Page, target: Locator, limit = 40) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) {
      const outline = await target.evaluate((element) => {
        const style = getComputedStyle(element);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(outline.style, 'the focused control shows a focus ring').not.toBe('none');
      expect(outline.width).toBeGreaterThanOrEqual(2);
      return;
    }
  }
  throw new Error(`${target} was not reached with ${limit} presses of Tab`);
}

