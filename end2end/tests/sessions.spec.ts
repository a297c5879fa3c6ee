import { test, expect, open, ADMIN } from './fixtures';

// Runs after first-run.spec.ts (see the project dependencies), so the admin account exists.

test('the same person signs in on a phone and a desktop, and logging out on one leaves the other', async ({ browser, baseURL }) => {
  const phone = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const desktop = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 } });
  const onPhone = await phone.newPage();
  const onDesktop = await desktop.newPage();

  for (const page of [onPhone, onDesktop]) {
    await open(page, '/login');
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('heading', { name: `Welcome, ${ADMIN.name}` })).toBeVisible();
    await expect(page.getByText('You are an Admin in Acme Support.')).toBeVisible();
  }

  // On a phone the sidebar, and with it the account menu, sits behind "Menu".
  await onPhone.getByRole('button', { name: 'Menu' }).click();
  await onPhone.getByRole('button', { name: 'Account menu' }).click();
  await onPhone.getByRole('menuitem', { name: 'Log out' }).click();
  await expect(onPhone).toHaveURL(/\/login$/);
  await expect(onPhone.getByRole('button', { name: 'Log in' })).toBeVisible();

  await onDesktop.reload();
  await expect(onDesktop.getByRole('heading', { name: `Welcome, ${ADMIN.name}` })).toBeVisible();
  await expect(onDesktop.getByRole('link', { name: 'Settings' })).toBeVisible();
  await expect(onDesktop.getByRole('button', { name: 'Account menu' })).toHaveText('AA');

  await phone.close();
  await desktop.close();
});

test('a wrong password shows the message and stays on /login', async ({ page }) => {
  await open(page, '/login');
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill('not the right password');
  await page.getByRole('button', { name: 'Log in' }).click();

  await expect(page.getByRole('status')).toContainText('The email or password is not right');
  await expect(page).toHaveURL(/\/login$/);
});
