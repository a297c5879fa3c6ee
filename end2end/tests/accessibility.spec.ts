import type { Page } from '@playwright/test';
import { test, expect, open, createAccount, expectFailedLoad, expectNoAxeViolations, logIn, showSidebar } from './fixtures';

// The widths teammates and admins use: phone, tablet portrait, large tablet, desktop.
const WIDTHS = [
  { width: 360, height: 740 },
  { width: 768, height: 1024 },
  { width: 1024, height: 1366 },
  { width: 1440, height: 900 },
];

/** Checks the page at every width: nothing scrolls sideways, and axe finds nothing. */
async function expectUsableEverywhere(page: Page, where: string) {
  const original = page.viewportSize();
  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${where} at ${size.width} px scrolls sideways by`).toBeLessThanOrEqual(0);
    // Primary actions are big enough for a thumb: buttons, tabs, page links, the menu.
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, [role="tab"], .pager a, [role="menuitem"], select, input:not([type="hidden"]):not([type="radio"]):not([type="checkbox"])')]
        .filter((element) => {
          const box = element.getBoundingClientRect();
          const shown = box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
          return shown && (box.width < 44 || box.height < 44);
        })
        .map((element) => `${element.tagName.toLowerCase()} "${element.getAttribute('aria-label') ?? element.textContent?.trim()}"`),
    );
    expect(small, `${where} at ${size.width} px: touch targets under 44×44 px`).toEqual([]);
  }
  if (original) await page.setViewportSize(original);
  await expectNoAxeViolations(page, where);
}

// Each page is checked at four widths and in two themes: more than the default 30 s.
test.describe.configure({ timeout: 120_000 });

const person = (role: string, project: string) => ({
  name: `A11y ${role} ${project}`,
  email: `a11y-${role}-${project}@example.test`,
  password: `the ${role} accessible passphrase`,
});

test('signed-out pages pass axe and fit every width', async ({ page }) => {
  for (const path of ['/login', '/login/two-factor', '/forgot-password']) {
    await open(page, path);
    await expectUsableEverywhere(page, path);
  }
  for (const path of ['/reset-password/not-a-real-token', '/invite/not-a-real-token']) {
    expectFailedLoad(page, path);
    await page.goto(path);
    await expectUsableEverywhere(page, path);
  }
});

test("an admin's pages and dialogs pass axe and fit every width", async ({ page, baseURL }, testInfo) => {
  const admin = person('admin', testInfo.project.name);
  const agent = person('agent', testInfo.project.name);
  createAccount(baseURL!, admin, 'admin');
  createAccount(baseURL!, agent, 'agent');
  await logIn(page, admin);
  await expectUsableEverywhere(page, 'home');

  for (const path of [
    '/account/sessions',
    '/account/password',
    '/account/two-factor',
    '/account/notifications',
    '/settings/workspace',
    '/settings/invitations',
    '/settings/activity',
    '/settings/users',
  ]) {
    await open(page, path);
    await expectUsableEverywhere(page, path);
  }

  // The invite dialog, open.
  await open(page, '/settings/invitations');
  await page.getByRole('button', { name: 'Invite user' }).click();
  await expect(page.getByRole('dialog', { name: 'Invite user' })).toBeVisible();
  await expectUsableEverywhere(page, 'the invite dialog');
  // A phone with its on-screen keyboard up leaves about 360×400 px: the dialog still fits, and
  // its last button can be scrolled to and pressed.
  const before = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 400 });
  const inviteDialog = page.getByRole('dialog', { name: 'Invite user' });
  const box = await inviteDialog.boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(400);
  await inviteDialog.getByRole('button', { name: 'Send invitation' }).scrollIntoViewIfNeeded();
  await expect(inviteDialog.getByRole('button', { name: 'Send invitation' })).toBeInViewport();
  if (before) await page.setViewportSize(before);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Invite user' })).toBeFocused();

  // The account menu, open.
  await showSidebar(page);
  await page.getByRole('button', { name: 'Account menu' }).click();
  await expectNoAxeViolations(page, 'the account menu');
  await page.keyboard.press('Escape');

  // The removal dialog, open; Escape closes it and gives focus back to its trash button.
  await open(page, `/settings/users?q=${encodeURIComponent(agent.email)}`);
  const trash = page.getByRole('button', { name: `Remove ${agent.name}` });
  await trash.click();
  await expect(page.getByRole('dialog', { name: `Remove ${agent.name}?` })).toBeVisible();
  await expectUsableEverywhere(page, 'the removal dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(trash).toBeFocused();

  await page.getByRole('link', { name: agent.name }).click();
  await expect(page.getByRole('heading', { name: agent.name })).toBeVisible();
  await expectUsableEverywhere(page, 'user details');
});

test("an Editor's and an Agent's pages, the 403 page included, pass axe", async ({ page, baseURL }, testInfo) => {
  for (const role of ['editor', 'agent'] as const) {
    const someone = person(role, testInfo.project.name);
    createAccount(baseURL!, someone, role);
    await logIn(page, someone);
    await expectUsableEverywhere(page, `${role} home`);
    if (role === 'editor') {
      await open(page, '/settings/workspace');
      await expectUsableEverywhere(page, 'read-only workspace settings');
    }
    expectFailedLoad(page, '/settings/users');
    await page.goto('/settings/users');
    await expectUsableEverywhere(page, `${role} 403 page`);
    await page.context().clearCookies();
  }
});
