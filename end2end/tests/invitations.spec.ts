import { test, expect, open, createAccount, receivedMail, linkIn, logIn, showSidebar, expectNoAxeViolations, waitForHydration } from './fixtures';

test('the seed journey: invite an Editor, who joins from a phone; the admin sees them under Users and gets the join email', async ({ browser, page, baseURL }, testInfo) => {
  const project = testInfo.project.name;
  const admin = { name: `Ines ${project}`, email: `ines-${project}@example.test`, password: 'the inviting passphrase' };
  const invitee = { name: `Erin ${project}`, email: `erin-${project}@example.test`, password: 'the joining passphrase' };
  createAccount(baseURL!, admin, 'admin');

  await logIn(page, admin);
  await showSidebar(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Users and invitations' }).click();
  await page.getByRole('tab', { name: 'Invitations' }).click();
  await expect(page.getByRole('tab', { name: 'Invitations' })).toHaveAttribute('aria-selected', 'true');
  // Reached by links, not open(): wait for the tab's island, or the click does nothing.
  await waitForHydration(page);

  await page.getByRole('button', { name: 'Invite user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite user' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Email').fill(invitee.email);
  await dialog.getByRole('radio', { name: 'Editor' }).check();
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText(`Invitation sent to ${invitee.email}`);
  const row = page.getByRole('row').filter({ hasText: invitee.email });
  await expect(row).toContainText('Editor');
  await expect(row).toContainText('Pending');

  // The invitee opens the emailed link on a phone.
  const mail = await receivedMail(baseURL!, invitee.email, '[Acme Support] Invitation to join workspace');
  const phone = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const onPhone = await phone.newPage();
  await open(onPhone, linkIn(mail, '/invite/'));
  await expect(onPhone.getByRole('heading', { name: 'Join Acme Support' })).toBeVisible();
  await expectNoAxeViolations(onPhone, 'the accept page');
  await onPhone.getByLabel('Name').fill(invitee.name);
  await onPhone.getByLabel('Password', { exact: true }).fill(invitee.password);
  await onPhone.getByLabel('Confirm password').fill(invitee.password);
  await onPhone.getByRole('button', { name: 'Join workspace' }).click();
  await expect(onPhone.getByRole('heading', { name: `Welcome, ${invitee.name}` })).toBeVisible();
  await expect(onPhone.getByRole('status')).toContainText('You joined Acme Support as an Editor.');
  await expect(onPhone.getByText('You are an Editor in Acme Support.')).toBeVisible();
  await phone.close();

  // The admin sees them under Users and no longer under Invitations.
  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: invitee.email })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Users' }).click();
  const member = page.getByRole('row').filter({ hasText: invitee.email });
  await expect(member).toContainText(invitee.name);
  await expect(member).toContainText('Editor');

  const joined = await receivedMail(baseURL!, admin.email, '[Acme Support] New user joined your workspace');
  expect(joined).toContain(invitee.email);
});

test('a cancelled invitation\'s link shows the invalid-link message', async ({ page, baseURL }, testInfo) => {
  const project = testInfo.project.name;
  const admin = { name: `Cato ${project}`, email: `cato-${project}@example.test`, password: 'the cancelling passphrase' };
  const invitee = `gone-${project}@example.test`;
  createAccount(baseURL!, admin, 'admin');
  await logIn(page, admin);

  await open(page, '/settings/invitations');
  await page.getByRole('button', { name: 'Invite user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite user' });
  await dialog.getByLabel('Email').fill(invitee);
  await dialog.getByRole('radio', { name: 'Agent' }).check();
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('row').filter({ hasText: invitee })).toContainText('Pending');
  const link = linkIn(await receivedMail(baseURL!, invitee, '[Acme Support] Invitation to join workspace'), '/invite/');

  await page.getByRole('button', { name: `Cancel invitation for ${invitee}` }).click();
  const confirm = page.getByRole('dialog', { name: `Cancel the invitation for ${invitee}?` });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel invitation', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Invitation cancelled');
  await expect(page.getByRole('row').filter({ hasText: invitee })).toHaveCount(0);

  await open(page, link);
  await expect(page.getByRole('status')).toHaveText(
    'This invitation link is no longer valid. Ask an admin of the workspace to resend it.',
  );
});
