import type { Page } from '@playwright/test';
import { test, expect, open, createAccount, tabTo } from './fixtures';

async function logInByKeyboard(page: Page, account: { name: string; email: string; password: string }) {
  await open(page, '/login');
  await tabTo(page, page.getByLabel('Email'));
  await page.keyboard.type(account.email);
  await tabTo(page, page.getByLabel('Password'));
  await page.keyboard.type(account.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `Welcome, ${account.name}` })).toBeVisible();
}

test('by keyboard alone: invite someone, then cancel the invitation', async ({ page, baseURL }, testInfo) => {
  const project = testInfo.project.name;
  const admin = { name: `Kim ${project}`, email: `kim-${project}@example.test`, password: 'the keyboard passphrase' };
  const invitee = `keys-${project}@example.test`;
  createAccount(baseURL!, admin, 'admin');
  await logInByKeyboard(page, admin);

  await open(page, '/settings/invitations');
  await tabTo(page, page.getByRole('button', { name: 'Invite user' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Invite user' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Email')).toBeFocused();
  await page.keyboard.type(invitee);
  await tabTo(page, dialog.getByRole('radio', { name: 'Agent' }));
  await page.keyboard.press('Space');
  await expect(dialog.getByRole('radio', { name: 'Agent' })).toBeChecked();
  await tabTo(page, dialog.getByRole('button', { name: 'Send invitation' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText(`Invitation sent to ${invitee}`);

  const cancel = page.getByRole('button', { name: `Cancel invitation for ${invitee}` });
  await tabTo(page, cancel, 80);
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: `Cancel the invitation for ${invitee}?` });
  await expect(confirm).toBeVisible();
  await tabTo(page, confirm.getByRole('button', { name: 'Cancel invitation' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('cancelled');
  await expect(page.getByRole('row').filter({ hasText: invitee })).toHaveCount(0);
});

test('by keyboard alone: find a person with search and remove them; Escape keeps them', async ({ page, baseURL }, testInfo) => {
  const project = testInfo.project.name;
  const admin = { name: `Lee ${project}`, email: `lee-${project}@example.test`, password: 'the keyboard passphrase' };
  const agent = { name: `Pat Keys ${project}`, email: `pat-keys-${project}@example.test`, password: 'the agent passphrase' };
  createAccount(baseURL!, admin, 'admin');
  createAccount(baseURL!, agent, 'agent');
  await logInByKeyboard(page, admin);

  await open(page, '/settings/users');
  await tabTo(page, page.getByRole('searchbox', { name: 'Search users' }));
  await page.keyboard.type(`pat keys ${project}`);
  await expect(page.getByText('1 user matches', { exact: true })).toBeVisible();

  const trash = page.getByRole('button', { name: `Remove ${agent.name}` });
  await tabTo(page, trash);
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: `Remove ${agent.name}?` });
  await expect(confirm).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(trash, 'focus returns to what opened the dialog').toBeFocused();
  // The browser sends the dialog's close event a task after hiding it; a person's next key
  // always comes after that, a script's may come before, and the late close would shut the
  // dialog it reopens.
  await page.evaluate(() => new Promise((done) => setTimeout(() => setTimeout(done, 0), 0)));
  await expect(page.getByRole('row').filter({ hasText: agent.email })).toHaveCount(1);

  await page.keyboard.press('Enter');
  await expect(confirm).toBeVisible();
  await tabTo(page, confirm.getByRole('button', { name: 'Remove', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('User removed');
  await expect(page.getByRole('row').filter({ hasText: agent.email })).toHaveCount(0);
});
