import {
  test,
  expect,
  open,
  waitForHydration,
  createAccount,
  createWorkspace,
  authenticatorCode,
  openAccountMenuItem,
  expectNoAxeViolations,
  Account,
  tabTo,
} from './fixtures';
import { readFileSync } from 'node:fs';
import { Page } from '@playwright/test';

async function passwordStep(page: Page, account: Account) {
  await open(page, '/login');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

async function logOut(page: Page) {
  await openAccountMenuItem(page, 'Log out');
  await expect(page).toHaveURL(/\/login\?logged_out=1$/);
}

/** From the account menu: password, QR code and setup key, a code; answers the key and the recovery codes. */
async function setUpAuthenticator(page: Page, account: Account) {
  await openAccountMenuItem(page, 'Two-factor authentication');
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Set up authenticator app' }).click();
  await page.getByLabel('Current password').fill(account.password);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('img', { name: 'Image to scan with your authenticator app' })).toBeVisible();
  await expectNoAxeViolations(page, 'setting up an authenticator app');
  const setupKey = await page.getByLabel('Setup key').inputValue();
  expect(setupKey.replace(/\s/g, '')).toMatch(/^[A-Z2-7]{32}$/);

  await page.getByLabel('Code', { exact: true }).fill('000000');
  await page.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByLabel('Code', { exact: true })).toHaveAccessibleDescription(/This code is not right/);
  await page.getByLabel('Code', { exact: true }).fill(authenticatorCode(setupKey, Date.now()));
  await page.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByRole('heading', { name: 'Recovery codes' })).toBeVisible();
  const codes = await page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').allTextContents();
  expect(codes).toHaveLength(10);
  return { setupKey, codes };
}

test('two-factor: set up an app, sign in with its code, then with a recovery code that works once', async ({ page, context, baseURL }, testInfo) => {
  const account = { name: 'Tess Factor', email: `tess-${testInfo.project.name}@example.test`, password: 'tess has a long passphrase' };
  createAccount(baseURL!, account, 'editor');
  await passwordStep(page, account);
  await expect(page.getByRole('heading', { name: `Welcome, ${account.name}` })).toBeVisible();

  const { setupKey, codes } = await setUpAuthenticator(page, account);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('roster-recovery-codes.txt');
  const saved = readFileSync(await file.path(), 'utf8');
  for (const code of codes) expect(saved).toContain(code);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByText('Copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(codes[9]);
  await expectNoAxeViolations(page, 'the recovery codes');

  // Sign in again: the password, then a code from the app. The code of the next 30 seconds
  // is accepted early, and is not the one used to turn the app on.
  await logOut(page);
  await passwordStep(page, account);
  await expect(page).toHaveURL(/\/login\/two-factor$/);
  await expect(page.getByRole('heading', { name: 'Two-factor authentication' })).toBeVisible();
  await waitForHydration(page);
  await expectNoAxeViolations(page, 'the second step of signing in');
  await page.getByLabel('Code', { exact: true }).fill(authenticatorCode(setupKey, Date.now() + 30_000));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('heading', { name: `Welcome, ${account.name}` })).toBeVisible();

  // The phone is lost: a recovery code instead, and it works once.
  for (const [attempt, code] of [codes[0], codes[0]].entries()) {
    await logOut(page);
    await passwordStep(page, account);
    await expect(page).toHaveURL(/\/login\/two-factor$/);
    await waitForHydration(page);
    await page.getByRole('link', { name: 'Use a recovery code' }).click();
    await expect(page).toHaveURL(/\/login\/two-factor\?recovery=1$/);
    await waitForHydration(page);
    await page.getByLabel('Recovery code').fill(code);
    await page.getByRole('button', { name: 'Verify' }).click();
    if (attempt === 0) {
      await expect(page.getByRole('heading', { name: `Welcome, ${account.name}` })).toBeVisible();
    } else {
      await expect(page.getByLabel('Recovery code')).toHaveAccessibleDescription(/This code is not right/);
      await page.getByLabel('Recovery code').fill(codes[1]);
      await page.getByRole('button', { name: 'Verify' }).click();
      await expect(page.getByRole('heading', { name: `Welcome, ${account.name}` })).toBeVisible();
    }
  }

  await openAccountMenuItem(page, 'Two-factor authentication');
  await waitForHydration(page);
  await expect(page.getByText('8 recovery codes left')).toBeVisible();
});

test('two-factor: an admin requires it for everyone, and an editor without it is sent to set it up', async ({ page, baseURL }, testInfo) => {
  // A workspace of its own, so the rule reaches no other journey.
  const workspace = `Strict Co ${testInfo.project.name}`;
  createWorkspace(baseURL!, workspace);
  const admin = { name: 'Stella Strict', email: `stella-${testInfo.project.name}@example.test`, password: 'stella long passphrase' };
  const editor = { name: 'Ed Lax', email: `ed-lax-${testInfo.project.name}@example.test`, password: 'ed has a long passphrase' };
  createAccount(baseURL!, admin, 'admin', workspace);
  createAccount(baseURL!, editor, 'editor', workspace);

  await passwordStep(page, admin);
  await expect(page.getByRole('heading', { name: `Welcome, ${admin.name}` })).toBeVisible();
  await setUpAuthenticator(page, admin);
  await open(page, '/settings/workspace');
  await page.getByLabel('Require two-factor authentication').selectOption({ label: 'Everyone' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Workspace settings saved');
  await logOut(page);

  await passwordStep(page, editor);
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  await expect(page.getByRole('note')).toContainText(`${workspace} requires two-factor authentication`);
  await open(page, '/settings');
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  // Their own account's pages keep working meanwhile.
  await open(page, '/account/sessions');
  await expect(page.getByRole('heading', { name: 'Your sessions' })).toBeVisible();

  await setUpAuthenticator(page, editor);
  await open(page, '/settings');
  await expect(page).toHaveURL(/\/settings$/);
  await open(page, '/account/two-factor');
  await expect(page.getByRole('button', { name: 'Make new recovery codes' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Turn off' })).toHaveCount(0);
});

test('passkeys: add one, then sign in with it after the password and without one', async ({ page, baseURL }, testInfo) => {
  // Chromium's virtual authenticator stands in for a phone or a security key: it keeps
  // discoverable credentials and verifies the person (as a fingerprint would) at once.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  const account = { name: 'Kay Passkey', email: `kay-passkey-${testInfo.project.name}@example.test`, password: 'kay has a long passphrase' };
  createAccount(baseURL!, account, 'agent');
  await passwordStep(page, account);
  await expect(page.getByRole('heading', { name: `Welcome, ${account.name}` })).toBeVisible();

  await openAccountMenuItem(page, 'Two-factor authentication');
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Add a passkey' }).click();
  await expect(page.getByLabel('Passkey name')).toHaveAccessibleDescription(/Name the passkey/);
  await page.getByLabel('Passkey name').fill('Test laptop');
  await page.getByLabel('Your password').fill(account.password);
  await page.getByRole('button', { name: 'Add a passkey' }).click();
  // The first second factor brings the recovery codes, shown once.
  await expect(page.getByRole('heading', { name: 'Recovery codes' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem')).toHaveCount(10);
  await open(page, '/account/two-factor');
  const listed = page.getByRole('list', { name: 'Passkeys' }).getByRole('listitem');
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText('Test laptop');
  await expect(listed).toContainText('Last used Never');
  await expectNoAxeViolations(page, 'the passkeys list');

  // As the second step after the password.
  await logOut(page);
  await passwordStep(page, account);
  await expect(page).toHaveURL(/\/login\/two-factor$/);
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Use a passkey' }).click();
  await expect(page.getByRole('heading', { name: `Welcome, ${account.name}` })).toBeVisible();

  // Alone, from the sign-in page.
  await logOut(page);
  await open(page, '/login');
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await expect(page.getByRole('heading', { name: `Welcome, ${account.name}` })).toBeVisible();

  await openAccountMenuItem(page, 'Two-factor authentication');
  await waitForHydration(page);
  await expect(listed).not.toContainText('Last used Never');
  await page.getByRole('button', { name: 'Remove Test laptop' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Passkey removed' })).toBeVisible();
  await expect(listed).toHaveCount(0);
});

test('by keyboard alone: set up an authenticator app and sign in with its code', async ({ page, baseURL }, testInfo) => {
  const account = { name: 'Kit Keys', email: `kit-keys-${testInfo.project.name}@example.test`, password: 'kit has a long passphrase' };
  createAccount(baseURL!, account, 'editor');
  await passwordStep(page, account);
  await expect(page.getByRole('heading', { name: `Welcome, ${account.name}` })).toBeVisible();

  await open(page, '/account/two-factor');
  await tabTo(page, page.getByRole('button', { name: 'Set up authenticator app' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Current password'));
  await page.keyboard.type(account.password);
  await page.keyboard.press('Enter');
  const setupKey = await page.getByLabel('Setup key').inputValue();
  await tabTo(page, page.getByLabel('Code', { exact: true }));
  await page.keyboard.type(authenticatorCode(setupKey, Date.now()));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Recovery codes' })).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'Download' }));

  await logOut(page);
  await passwordStep(page, account);
  await expect(page).toHaveURL(/\/login\/two-factor$/);
  await waitForHydration(page);
  await tabTo(page, page.getByLabel('Code', { exact: true }));
  await page.keyboard.type(authenticatorCode(setupKey, Date.now() + 30_000));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `Welcome, ${account.name}` })).toBeVisible();
});

test('an admin sees who has two-factor on and resets it for a member who lost their phone', async ({ page, baseURL }, testInfo) => {
  const project = testInfo.project.name;
  const member = { name: `Lou Lost ${project}`, email: `lou-lost-${project}@example.test`, password: 'lou has a long passphrase' };
  const admin = { name: `Rita Reset ${project}`, email: `rita-reset-${project}@example.test`, password: 'rita has a long passphrase' };
  createAccount(baseURL!, member, 'agent');
  createAccount(baseURL!, admin, 'admin');
  await passwordStep(page, member);
  await expect(page.getByRole('heading', { name: `Welcome, ${member.name}` })).toBeVisible();
  await setUpAuthenticator(page, member);
  await logOut(page);

  await passwordStep(page, admin);
  await expect(page.getByRole('heading', { name: `Welcome, ${admin.name}` })).toBeVisible();
  await open(page, `/settings/users?q=${encodeURIComponent(member.name)}`);
  const row = page.getByRole('row').filter({ hasText: member.email });
  await expect(row).toHaveCount(1);
  // The list's "Two-factor" column shows from 1200 px; the details page shows it everywhere.
  if (page.viewportSize()!.width >= 1200) {
    await expect(row.getByRole('cell').filter({ hasText: /^On$/ })).toHaveCount(1);
  }
  await row.getByRole('link', { name: member.name }).click();
  await waitForHydration(page);
  await expect(page.locator('dt:text-is("Two-factor") + dd')).toHaveText('On');
  await page.getByRole('button', { name: 'Reset two-factor' }).click();
  const dialog = page.getByRole('dialog', { name: `Reset ${member.name}'s two-factor authentication?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Reset two-factor' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Two-factor authentication reset' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reset two-factor' })).toHaveCount(0);
  await logOut(page);

  // The member signs in with the password alone again.
  await passwordStep(page, member);
  await expect(page.getByRole('heading', { name: `Welcome, ${member.name}` })).toBeVisible();
});
