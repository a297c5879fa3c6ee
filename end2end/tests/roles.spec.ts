import { test, expect, open, createAccount, expectFailedLoad, logIn, showSidebar, waitForHydration } from './fixtures';

const person = (role: string, project: string) => ({
  name: `${role} ${project}`.replace(/^./, (c) => c.toUpperCase()),
  email: `${role}-${project}@example.test`,
  password: `the ${role} passphrase`,
});

test('an Agent sees no Settings gear, learns what the role allows, and gets the 403 page at /settings/users', async ({ page, baseURL }, testInfo) => {
  const agent = person('agent', testInfo.project.name);
  createAccount(baseURL!, agent, 'agent');
  await logIn(page, agent);

  await expect(page.getByText('You are an Agent in Acme Support.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'You can', exact: true })).toContainText('View and respond to tickets or live chats');
  await expect(page.getByRole('list', { name: 'You cannot', exact: true })).toContainText('Change workspace settings, users, or roles');
  await showSidebar(page);
  await expect(page.getByRole('button', { name: 'Account menu' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Settings' })).toHaveCount(0);

  expectFailedLoad(page, '/settings/users');
  const response = await page.goto('/settings/users');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'You do not have access to Users' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Only admins can manage users');
});

test('an Editor sees the workspace settings read-only', async ({ page, baseURL }, testInfo) => {
  const editor = person('editor', testInfo.project.name);
  createAccount(baseURL!, editor, 'editor');
  await logIn(page, editor);
  await expect(page.getByRole('list', { name: 'You cannot', exact: true })).toContainText('Manage other users');

  await showSidebar(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', exact: true })).toBeVisible();
  const settingsNav = page.getByRole('navigation', { name: 'Settings' });
  await expect(settingsNav.getByRole('link', { name: 'Users' })).toHaveCount(0);
  await settingsNav.getByRole('link', { name: 'Workspace' }).click();

  await expect(page.getByRole('heading', { name: 'Workspace settings' })).toBeVisible();
  await expect(page.getByText('Only admins can change these settings.')).toBeVisible();
  await expect(page.getByRole('definition').first()).toHaveText('Acme Support');
  await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
  await expect(page.getByLabel('Timezone')).toHaveCount(0);
});

test('an Admin changes the timezone and sees dates move', async ({ page, baseURL }, testInfo) => {
  const admin = person('admin', testInfo.project.name);
  createAccount(baseURL!, admin, 'admin');
  await logIn(page, admin);

  await open(page, '/account/sessions');
  const signedIn = page.getByRole('row').filter({ hasText: 'This device' }).getByRole('cell').nth(2);
  await expect(signedIn).toContainText('UTC');

  await showSidebar(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Workspace' }).click();
  await expect(page.getByLabel('Workspace name')).toHaveValue('Acme Support');
  // Reached by links, not open(): wait for the form's island, or Save submits the plain form.
  await waitForHydration(page);
  await page.getByLabel('Timezone').fill('Mars/Olympus');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Timezone')).toHaveAccessibleDescription(/Choose a timezone from the list/);

  await page.getByLabel('Timezone').fill('Asia/Tokyo');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText(/Workspace settings saved/);

  await open(page, '/account/sessions');
  await expect(signedIn).toContainText('JST');
});
