import { test, expect, open, createAccount, logIn, openAccountMenuItem, showSidebar, expectNoAxeViolations, receivedLetter, linkIn, waitForHydration, Account } from './fixtures';
import type { Page } from '@playwright/test';

// Roster in the reader's language: chosen in the account menu, or the browser's until then.

const person = (who: string, project: string): Account => ({
  name: `${who} ${project}`,
  email: `${who.toLowerCase().replace(/\s+/g, '-')}-${project}@example.test`,
  password: `the ${who} language passphrase`,
});

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no sideways scroll').toBeLessThanOrEqual(0);
}

test('a person switches their language in the account menu', async ({ page, baseURL }, testInfo) => {
  const agent = person('Language Agent', testInfo.project.name);
  createAccount(baseURL!, agent, 'agent');
  await logIn(page, agent);

  await openAccountMenuItem(page, 'Language');
  await expect(page.getByRole('heading', { level: 1, name: 'Language' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('');
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Français' });
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Langue' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Votre langue a été enregistrée.');
  await expect(page).toHaveTitle('Langue · Acme Support · Roster');
  await showSidebar(page);
  await expect(page.getByRole('button', { name: 'Menu du compte' })).toBeVisible();

  // Arabic runs right to left, at every width, without sideways scroll.
  await page.getByRole('combobox', { name: 'Langue' }).selectOption({ label: 'العربية' });
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'اللغة' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page, 'the language page in Arabic');

  // Back to automatic: the browser's language, English here.
  await page.getByRole('combobox', { name: 'اللغة' }).selectOption({ index: 0 });
  await page.getByRole('button', { name: 'حفظ' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1, name: 'Language' })).toBeVisible();
});

test.describe('a visitor whose browser prefers French', () => {
  test.use({ locale: 'fr-FR' });

  test('reads the sign-in page in French and can pick another language', async ({ page }) => {
    await open(page, '/login');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
    await expect(page).toHaveTitle('Connexion · Roster');

    await page.getByRole('combobox', { name: 'Langue' }).selectOption({ label: 'Русский' });
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1, name: 'Вход' })).toBeVisible();
    await expect(page.getByLabel('Электронная почта')).toBeVisible();
    await expectNoSidewaysScroll(page);
  });
});

test('an admin writes an invitation in another language than the workspace\'s', async ({ page, baseURL }, testInfo) => {
  const admin = person('Language Admin', testInfo.project.name);
  const invitee = `lea-${testInfo.project.name}@example.test`;
  createAccount(baseURL!, admin, 'admin');
  await logIn(page, admin);
  await open(page, '/settings/invitations');
  await waitForHydration(page);

  await page.getByRole('button', { name: 'Invite user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite user' });
  const language = dialog.getByRole('combobox', { name: 'Invitation language' });
  // The workspace's language comes first, and the hint names it.
  await expect(language).toHaveValue('en');
  await expect(dialog.getByText("The workspace's language is English.")).toBeVisible();
  await dialog.getByLabel('Email').fill(invitee);
  await language.selectOption({ label: 'Français' });
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText(`Invitation sent to ${invitee}`);

  const letter = await receivedLetter(baseURL!, invitee, 'Invitation à rejoindre');
  expect(letter.subject).toBe('[Acme Support] Invitation à rejoindre l’espace de travail');
  expect(letter.text).toContain(`${admin.name} vous invite`);
  expect(letter.html).toContain('lang="fr"');
  expect(linkIn(letter.text, '/invite/')).toContain('/invite/');
});
