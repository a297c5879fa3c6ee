import { test, expect, open, createAccount, expectFailedLoad, logIn, showSidebar, waitForHydration } from './fixtures';

test('an admin makes an Agent an Editor, then removes them; their open browser follows each change', async ({ browser, page, baseURL }, testInfo) => {
  const project = testInfo.project.name;
  const admin = { name: `Uma ${project}`, email: `uma-${project}@example.test`, password: 'the managing passphrase' };
  const agent = { name: `Al ${project}`, email: `al-${project}@example.test`, password: 'the agent passphrase' };
  createAccount(baseURL!, admin, 'admin');
  createAccount(baseURL!, agent, 'agent');

  const theirs = await browser.newContext({ baseURL });
  const theirPage = await theirs.newPage();
  await logIn(theirPage, agent);
  await expect(theirPage.getByText('You are an Agent in Acme Support.')).toBeVisible();

  await logIn(page, admin);
  await open(page, '/settings/users');
  await page.getByRole('row').filter({ hasText: agent.email }).getByRole('link', { name: agent.name }).click();
  await expect(page.getByRole('heading', { name: agent.name })).toBeVisible();
  // Its form answers in place only once hydrated; before that a submit reloads the page.
  await waitForHydration(page);
  await expect(page.getByLabel('Role')).toHaveValue('agent');
  await page.getByLabel('Role').selectOption({ label: 'Editor' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Role saved');

  // Their next page shows the Editor's navigation.
  await theirPage.reload();
  await expect(theirPage.getByText('You are an Editor in Acme Support.')).toBeVisible();
  await showSidebar(theirPage);
  await expect(theirPage.getByRole('link', { name: 'Settings' })).toBeVisible();

  await page.getByRole('tab', { name: 'Users' }).click();
  await page.getByRole('button', { name: `Remove ${agent.name}` }).click();
  const confirm = page.getByRole('dialog', { name: `Remove ${agent.name}?` });
  await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('User removed');
  await expect(page.getByRole('row').filter({ hasText: agent.email })).toHaveCount(0);

  // Their next action finds them out of the workspace.
  await showSidebar(theirPage);
  await theirPage.getByRole('link', { name: 'Settings' }).click();
  await expect(theirPage).toHaveURL(/\/login\?next=%2Fsettings$/);
  await theirs.close();

  // The history keeps both changes, with names.
  await open(page, '/settings/activity');
  await expect(page.getByRole('row').filter({ hasText: `removed ${agent.name}` })).toHaveCount(1);
  await expect(page.getByRole('row').filter({ hasText: `changed ${agent.name}'s role from Agent to Editor` })).toHaveCount(1);
});

test('an Editor at /settings/users gets the 403 page', async ({ page, baseURL }, testInfo) => {
  const editor = { name: `Ed ${testInfo.project.name}`, email: `ed-${testInfo.project.name}@example.test`, password: 'the editing passphrase' };
  createAccount(baseURL!, editor, 'editor');
  await logIn(page, editor);

  expectFailedLoad(page, '/settings/users');
  const response = await page.goto('/settings/users');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('status')).toHaveText('Only admins can manage users');
});

test('search narrows the list as you type and shows the count', async ({ page, baseURL }, testInfo) => {
  const project = testInfo.project.name;
  const admin = { name: `Sam ${project}`, email: `sam-${project}@example.test`, password: 'the searching passphrase' };
  createAccount(baseURL!, admin, 'admin');
  for (const first of ['Zed', 'Zia']) {
    createAccount(baseURL!, { name: `${first} Quarry ${project}`, email: `${first.toLowerCase()}-quarry-${project}@example.test`, password: 'a quarry passphrase' }, 'agent');
  }
  createAccount(baseURL!, { name: `Zed Other ${project}`, email: `zed-other-${project}@example.test`, password: 'another passphrase' }, 'agent');

  await logIn(page, admin);
  await open(page, '/settings/users');
  const everyone = page.getByText(/^\d+ users$/);
  await expect(everyone).toBeVisible();

  const search = page.getByRole('searchbox', { name: 'Search users' });
  await search.pressSequentially(`QUARRY ${project}`);
  await expect(page.getByText('2 users match', { exact: true })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`\\?q=QUARRY%20${project}$`));
  const rows = page.getByRole('row').filter({ hasText: '@example.test' });
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: `Zed Quarry ${project}` })).toHaveCount(1);
  await expect(rows.filter({ hasText: `Zia Quarry ${project}` })).toHaveCount(1);

  await search.pressSequentially(' zia');
  await expect(page.getByText('1 user matches', { exact: true })).toBeVisible();
  await expect(rows).toHaveCount(1);

  await search.fill('no such person anywhere');
  await expect(page.getByText('No users match your search', { exact: true })).toBeVisible();
  await expect(rows).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Clear search' })).toHaveAttribute('href', '/settings/users');

  // The search lives in the address: a reload keeps it, and the field shows it.
  await search.fill(`quarry ${project}`);
  await expect(page.getByText('2 users match', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search users' })).toHaveValue(`quarry ${project}`);
  await expect(page.getByText('2 users match', { exact: true })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search users' }).fill('');
  await expect(everyone).toBeVisible();
});

test('demoting or removing an admin warns that their pending invitations will be cancelled', async ({ browser, page, baseURL }, testInfo) => {
  const project = testInfo.project.name;
  const admin = { name: `Vera ${project}`, email: `vera-${project}@example.test`, password: 'the deciding passphrase' };
  const bea = { name: `Bea ${project}`, email: `bea-${project}@example.test`, password: 'the inviting passphrase' };
  const cy = { name: `Cy ${project}`, email: `cy-${project}@example.test`, password: 'another inviting passphrase' };
  createAccount(baseURL!, admin, 'admin');
  createAccount(baseURL!, bea, 'admin');
  createAccount(baseURL!, cy, 'admin');
  const invitees = [`bea-one-${project}@example.test`, `bea-two-${project}@example.test`];

  for (const [sender, emails] of [[bea, invitees], [cy, [`cy-one-${project}@example.test`]]] as const) {
    const theirs = await browser.newContext({ baseURL });
    const theirPage = await theirs.newPage();
    await logIn(theirPage, sender);
    await open(theirPage, '/settings/invitations');
    await theirPage.getByRole('button', { name: 'Invite user' }).click();
    const dialog = theirPage.getByRole('dialog', { name: 'Invite user' });
    await dialog.getByLabel('Email').fill(emails.join(', '));
    await dialog.getByRole('radio', { name: 'Admin' }).check();
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    for (const email of emails) {
      await expect(theirPage.getByRole('row').filter({ hasText: email })).toHaveCount(1);
    }
    await theirs.close();
  }

  await logIn(page, admin);
  await open(page, `/settings/users?q=${encodeURIComponent(bea.email)}`);
  await page.getByRole('row').filter({ hasText: bea.email }).getByRole('link', { name: bea.name }).click();
  await expect(page.getByRole('heading', { name: bea.name })).toBeVisible();
  // Its form answers in place only once hydrated; before that a submit reloads the page.
  await waitForHydration(page);
  await page.getByLabel('Role').selectOption({ label: 'Editor' });
  await page.getByRole('button', { name: 'Save' }).click();
  const demote = page.getByRole('dialog', { name: `Make ${bea.name} no longer an admin?` });
  await expect(demote).toContainText('Their 2 pending invitations will be cancelled.');
  // Keeping them as admin changes nothing.
  await demote.getByRole('button', { name: 'Keep as admin' }).click();
  await expect(demote).toBeHidden();
  await page.reload();
  await waitForHydration(page);
  await expect(page.getByLabel('Role')).toHaveValue('admin');

  await page.getByLabel('Role').selectOption({ label: 'Editor' });
  await page.getByRole('button', { name: 'Save' }).click();
  await demote.getByRole('button', { name: 'Change role' }).click();
  await expect(page.getByRole('status')).toContainText('Role saved');

  await open(page, '/settings/invitations');
  for (const email of invitees) {
    await expect(page.getByRole('row').filter({ hasText: email })).toHaveCount(0);
  }

  await open(page, `/settings/users?q=${encodeURIComponent(cy.email)}`);
  await page.getByRole('button', { name: `Remove ${cy.name}` }).click();
  const remove = page.getByRole('dialog', { name: `Remove ${cy.name}?` });
  await expect(remove).toContainText('Their 1 pending invitation will be cancelled.');
  await remove.getByRole('button', { name: 'Keep' }).click();
  await expect(remove).toBeHidden();
});
