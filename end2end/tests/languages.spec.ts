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

/** The words of the seed's journey in one language, as its catalogue writes them. */
interface JourneyWords {
  locale: string;
  option: string;
  email: string;
  password: string;
  logIn: string;
  welcome: (name: string) => string;
  menu: string;
  settings: string;
  usersAndInvitations: string;
  invitations: string;
  users: string;
  inviteUser: string;
  invitationLanguage: string;
  editor: string;
  send: string;
  sentTo: (email: string) => string;
  pending: string;
  subject: string;
  join: (workspace: string) => string;
  name: string;
  confirmPassword: string;
  joinButton: string;
  joined: string;
  dir: 'ltr' | 'rtl';
}

const french: JourneyWords = {
  locale: 'fr-FR',
  option: 'Français',
  email: 'Adresse e-mail',
  password: 'Mot de passe',
  logIn: 'Se connecter',
  welcome: (name) => `Bienvenue, ${name}`,
  menu: 'Menu',
  settings: 'Paramètres',
  usersAndInvitations: 'Utilisateurs et invitations',
  invitations: 'Invitations',
  users: 'Utilisateurs',
  inviteUser: 'Inviter un utilisateur',
  invitationLanguage: 'Langue de l’invitation',
  editor: 'Éditeur',
  send: 'Envoyer l’invitation',
  sentTo: (email) => `Invitation envoyée à ${email}`,
  pending: 'En attente',
  subject: '[Acme Support] Invitation à rejoindre l’espace de travail',
  join: (workspace) => `Rejoindre ${workspace}`,
  name: 'Nom',
  confirmPassword: 'Confirmer le mot de passe',
  joinButton: 'Rejoindre l’espace de travail',
  joined: 'Vous avez rejoint Acme Support avec le rôle Éditeur.',
  dir: 'ltr',
};

const arabic: JourneyWords = {
  locale: 'ar',
  option: 'العربية',
  email: 'البريد الإلكتروني',
  password: 'كلمة المرور',
  logIn: 'تسجيل الدخول',
  welcome: (name) => `مرحبًا، ${name}`,
  menu: 'القائمة',
  settings: 'الإعدادات',
  usersAndInvitations: 'المستخدمون والدعوات',
  invitations: 'الدعوات',
  users: 'المستخدمون',
  inviteUser: 'دعوة مستخدم',
  invitationLanguage: 'لغة الدعوة',
  editor: 'محرر',
  send: 'إرسال الدعوة',
  sentTo: (email) => `تم إرسال الدعوة إلى ${email}`,
  pending: 'معلّقة',
  subject: '[Acme Support] دعوة للانضمام إلى مساحة العمل',
  join: (workspace) => `الانضمام إلى ${workspace}`,
  name: 'الاسم',
  confirmPassword: 'تأكيد كلمة المرور',
  joinButton: 'الانضمام إلى مساحة العمل',
  joined: 'انضممت إلى مساحة العمل Acme Support بدور «محرر».',
  dir: 'rtl',
};

const desktop = { viewport: { width: 1440, height: 900 } };
const phone = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };

/**
 * The seed's journey, every step in `words`' language: an admin whose browser speaks it
 * invites an Editor by an email in it; the invitee joins from the link; the admin sees them
 * under Users and is told by email.
 */
async function inviteAndAcceptIn(words: JourneyWords, device: object, browser: import('@playwright/test').Browser, baseURL: string, project: string) {
  const who = words.locale.slice(0, 2);
  const admin = { name: `Admin ${who} ${project}`, email: `admin-${who}-${project}@example.test`, password: `the ${who} admin passphrase` };
  const invitee = { name: `Erin ${who} ${project}`, email: `erin-${who}-${project}@example.test`, password: `the ${who} joining passphrase` };
  createAccount(baseURL, admin, 'admin');
  const adminContext = await browser.newContext({ ...device, baseURL, locale: words.locale });
  const page = await adminContext.newPage();

  await open(page, '/login');
  await page.getByLabel(words.email).fill(admin.email);
  await page.getByLabel(words.password).fill(admin.password);
  await page.getByRole('button', { name: words.logIn, exact: true }).click();
  await expect(page.getByRole('heading', { name: words.welcome(admin.name) })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', words.dir);
  const menu = page.getByRole('button', { name: words.menu, exact: true });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('link', { name: words.settings, exact: true }).click();
  await page.getByRole('navigation', { name: words.settings }).getByRole('link', { name: words.usersAndInvitations }).click();
  await page.getByRole('tab', { name: words.invitations }).click();
  await waitForHydration(page);

  await page.getByRole('button', { name: words.inviteUser }).click();
  const dialog = page.getByRole('dialog', { name: words.inviteUser });
  await dialog.getByLabel(words.email).fill(invitee.email);
  await dialog.getByRole('radio', { name: words.editor }).check();
  // The workspace writes in English; this invitation goes out in the admin's language.
  await dialog.getByRole('combobox', { name: words.invitationLanguage }).selectOption({ label: words.option });
  await dialog.getByRole('button', { name: words.send }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText(words.sentTo(invitee.email));
  const row = page.getByRole('row').filter({ hasText: invitee.email });
  await expect(row).toContainText(words.editor);
  await expect(row).toContainText(words.pending);
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page, `the invitations tab in ${words.option}`);

  const letter = await receivedLetter(baseURL, invitee.email, words.subject);
  const inviteeContext = await browser.newContext({ ...device, baseURL, locale: words.locale });
  const onDevice = await inviteeContext.newPage();
  await open(onDevice, linkIn(letter.text, '/invite/'));
  await expect(onDevice.getByRole('heading', { name: words.join('Acme Support') })).toBeVisible();
  await expect(onDevice.locator('html')).toHaveAttribute('dir', words.dir);
  await expectNoSidewaysScroll(onDevice);
  await expectNoAxeViolations(onDevice, `the accept page in ${words.option}`);
  await onDevice.getByLabel(words.name, { exact: true }).fill(invitee.name);
  await onDevice.getByLabel(words.password, { exact: true }).fill(invitee.password);
  await onDevice.getByLabel(words.confirmPassword).fill(invitee.password);
  await onDevice.getByRole('button', { name: words.joinButton }).click();
  await expect(onDevice.getByRole('heading', { name: words.welcome(invitee.name) })).toBeVisible();
  await expect(onDevice.getByRole('status')).toContainText(words.joined);
  await inviteeContext.close();

  await page.reload();
  await page.getByRole('tab', { name: words.users }).click();
  const member = page.getByRole('row').filter({ hasText: invitee.email });
  await expect(member).toContainText(invitee.name);
  await expect(member).toContainText(words.editor);
  await expectNoSidewaysScroll(page);
  await adminContext.close();
  // The admin never chose a language of their own: the notice is in the workspace's.
  return receivedLetter(baseURL, admin.email, '[Acme Support] New user joined your workspace');
}

test('the seed journey in French on a desktop', async ({ browser, baseURL }, testInfo) => {
  const joined = await inviteAndAcceptIn(french, desktop, browser, baseURL!, testInfo.project.name);
  expect(joined.html).toContain('lang="en"');
});

test('the seed journey in Arabic on a phone, right to left', async ({ browser, baseURL }, testInfo) => {
  const joined = await inviteAndAcceptIn(arabic, phone, browser, baseURL!, testInfo.project.name);
  expect(joined.text).toContain(`Erin ar ${testInfo.project.name}`);
});
