import { test, expect, logIn, waitForHydration, createAccount, openAccountMenuItem, expectNoAxeViolations } from './fixtures';

// A person makes an API token for a script, copies it, sees the script's call in the list,
// and revokes it; the script is refused from then on.
test('create a token, copy it, use it, and revoke it', async ({ page, context, baseURL, request }, testInfo) => {
  const account = { name: 'Tara Token', email: `tara.${testInfo.project.name}@example.test`, password: 'a long enough passphrase' };
  createAccount(baseURL!, account, 'editor');
  await logIn(page, account);
  await expect(page.getByRole('heading', { name: `Welcome, ${account.name}` })).toBeVisible();

  await openAccountMenuItem(page, 'API tokens');
  await expect(page).toHaveURL(/\/account\/api-tokens$/);
  await expect(page.getByRole('heading', { name: 'API tokens', level: 1 })).toBeVisible();
  await expect(page.getByText('No API tokens.')).toBeVisible();
  await waitForHydration(page);

  await expect(page.getByLabel('Expires')).toHaveValue('30');
  await expect(page.getByLabel('Access')).toHaveValue('same_as_role');
  await page.getByRole('button', { name: 'Create token' }).click();
  await expect(page.getByText('Enter a name')).toBeVisible();

  await page.getByLabel('Name', { exact: true }).fill('Flows export');
  await page.getByLabel('Expires').selectOption('90');
  await page.getByLabel('Access').selectOption({ label: 'Read only' });
  await page.getByRole('button', { name: 'Create token' }).click();
  const shown = page.getByRole('textbox', { name: 'New token' });
  await expect(shown).toHaveValue(/^roster_/);
  const secret = await shown.inputValue();
  await expect(page.getByText('Roster shows it only this once')).toBeVisible();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(page.getByText('Copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

  const row = page.getByRole('row', { name: /Flows export/ });
  await expect(row).toContainText('Read only');
  await expect(row).toContainText('Never');
  await expectNoAxeViolations(page, 'the API tokens page with a new token');

  // The script's call shows as the token's last use.
  const me = await request.get('/api/v1/me', { headers: { Authorization: `Bearer ${secret}` } });
  expect(me.status()).toBe(200);
  expect((await me.json()).email).toBe(account.email);
  await page.reload();
  await expect(page.getByRole('row', { name: /Flows export/ })).not.toContainText('Never');
  await expect(page.getByRole('textbox', { name: 'New token' })).toHaveCount(0);

  await waitForHydration(page);
  await page.getByRole('row', { name: /Flows export/ }).getByRole('button', { name: 'Revoke' }).click();
  const dialog = page.getByRole('dialog', { name: 'Revoke this token?' });
  await expect(dialog).toContainText('Flows export');
  await dialog.getByRole('button', { name: 'Revoke' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The token was revoked.' })).toBeVisible();
  await expect(page.getByText('No API tokens.')).toBeVisible();
  const refused = await request.get('/api/v1/me', { headers: { Authorization: `Bearer ${secret}` } });
  expect(refused.status()).toBe(401);
  expect(refused.headers()['content-type']).toBe('application/problem+json');
});

test('an admin sees and revokes a member\'s token on the member\'s page', async ({ page, browser, baseURL }, testInfo) => {
  const admin = { name: 'Ola Admin', email: `ola.${testInfo.project.name}@example.test`, password: 'a long enough passphrase' };
  const agent = { name: 'Abe Agent', email: `abe.${testInfo.project.name}@example.test`, password: 'a long enough passphrase' };
  createAccount(baseURL!, admin, 'admin');
  createAccount(baseURL!, agent, 'agent');

  const agentContext = await browser.newContext({ baseURL });
  const agentPage = await agentContext.newPage();
  await logIn(agentPage, agent);
  await agentPage.goto('/account/api-tokens');
  await waitForHydration(agentPage);
  await agentPage.getByLabel('Name', { exact: true }).fill('Ticket bot');
  await agentPage.getByRole('button', { name: 'Create token' }).click();
  await expect(agentPage.getByRole('textbox', { name: 'New token' })).toHaveValue(/^roster_/);
  await agentContext.close();

  await logIn(page, admin);
  await page.goto(`/settings/users?q=${encodeURIComponent(agent.email)}`);
  await page.getByRole('link', { name: agent.name }).click();
  await expect(page.getByRole('heading', { name: 'API tokens' })).toBeVisible();
  const row = page.getByRole('row', { name: /Ticket bot/ });
  await expect(row).toContainText('Same as their role');
  await waitForHydration(page);
  await row.getByRole('button', { name: 'Revoke' }).click();
  await page.getByRole('dialog', { name: 'Revoke this token?' }).getByRole('button', { name: 'Revoke' }).click();
  await expect(page.getByText('No API tokens.')).toBeVisible();
});
