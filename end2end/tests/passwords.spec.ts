import { test, expect, open, createAccount, receivedMail, linkIn, showSidebar, expectNoAxeViolations } from './fixtures';

test('forgot password: the emailed link sets a new password, then the person changes it again', async ({ page, baseURL }, testInfo) => {
  const account = {
    name: 'Pat Reset',
    email: `pat-${testInfo.project.name}@example.test`,
    password: 'the first passphrase',
  };
  createAccount(baseURL!, account);

  await open(page, '/login');
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel('Email').fill(account.email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByRole('status')).toContainText('If an account uses that email');

  const mail = await receivedMail(baseURL!, account.email, 'Reset your Roster password');
  const link = linkIn(mail, '/reset-password/');
  await open(page, link);
  await page.getByLabel('New password', { exact: true }).fill('short');
  await page.getByLabel('Confirm password').fill('short');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByLabel('New password', { exact: true })).toHaveAccessibleDescription(/Use at least 12 characters/);
  await expectNoAxeViolations(page, 'the reset form with an error');

  await page.getByLabel('New password', { exact: true }).fill('the second passphrase');
  await page.getByLabel('Confirm password').fill('the second passphrase');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page).toHaveURL(/\/login\?reset=1$/);
  await expect(page.getByRole('status')).toContainText('Your password has been changed');

  // The link works once.
  await open(page, link);
  await expect(page.getByRole('status')).toContainText('This password reset link is no longer valid');

  await open(page, '/login');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill('the second passphrase');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { name: `Welcome, ${account.name}` })).toBeVisible();

  await showSidebar(page);
  await page.getByRole('button', { name: 'Account menu' }).click();
  await page.getByRole('menuitem', { name: 'Change password' }).click();
  await page.getByLabel('Current password').fill('not the current one');
  await page.getByLabel('New password', { exact: true }).fill('the third passphrase');
  await page.getByLabel('Confirm new password').fill('the third passphrase');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByLabel('Current password')).toHaveAccessibleDescription('This is not your current password');

  await page.getByLabel('Current password').fill('the second passphrase');
  await page.getByLabel('New password', { exact: true }).fill('the third passphrase');
  await page.getByLabel('Confirm new password').fill('the third passphrase');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status')).toContainText('Your password has been changed');
});
