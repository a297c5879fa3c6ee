import { test, expect, open, logIn, waitForHydration, ADMIN } from './fixtures';

// Runs after first-run.spec.ts (see the project dependencies), so the admin account exists.

test('the same person on a phone and a desktop: log out on one, then log out all other sessions', async ({ browser, baseURL }) => {
  const phone = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const desktop = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 } });
  const onPhone = await phone.newPage();
  const onDesktop = await desktop.newPage();

  for (const page of [onPhone, onDesktop]) {
    await logIn(page, ADMIN);
    await expect(page.getByRole('heading', { name: `Welcome, ${ADMIN.name}` })).toBeVisible();
    await expect(page.getByText('You are an Admin in Acme Support.')).toBeVisible();
  }

  // On a phone the sidebar, and with it the account menu, sits behind "Menu".
  await onPhone.getByRole('button', { name: 'Menu', exact: true }).click();
  await onPhone.getByRole('button', { name: 'Account menu' }).click();
  await onPhone.getByRole('menuitem', { name: 'Log out' }).click();
  await expect(onPhone).toHaveURL(/\/login\?logged_out=1$/);
  await expect(onPhone.getByRole('status')).toContainText('You are logged out.');
  await expect(onPhone.getByRole('button', { name: 'Log in' })).toBeVisible();

  await onDesktop.reload();
  await expect(onDesktop.getByRole('heading', { name: `Welcome, ${ADMIN.name}` })).toBeVisible();
  await expect(onDesktop.getByRole('link', { name: 'Settings' })).toBeVisible();
  await expect(onDesktop.getByRole('button', { name: 'Account menu' }).locator('[data-initials]')).toHaveAttribute('data-initials', 'AA');

  // The phone signs in again; the desktop sees both devices and logs the other one out.
  await logIn(onPhone, ADMIN);
  await expect(onPhone.getByRole('heading', { name: `Welcome, ${ADMIN.name}` })).toBeVisible();
  await waitForHydration(onDesktop);
  await onDesktop.getByRole('button', { name: 'Account menu' }).click();
  await onDesktop.getByRole('menuitem', { name: 'Your sessions' }).click();
  await expect(onDesktop.getByRole('heading', { name: 'Your sessions' })).toBeVisible();
  const rows = onDesktop.getByRole('row').filter({ has: onDesktop.getByRole('cell') });
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'This device' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'This device' })).toContainText(' on ');
  await onDesktop.getByRole('button', { name: 'Log out all other sessions' }).click();
  await expect(onDesktop.getByRole('status')).toContainText('Logged out 1 other session');
  await expect(rows).toHaveCount(1);
  await expect(onDesktop.getByRole('button', { name: 'Log out all other sessions' })).toHaveCount(0);

  // The phone's next action finds its session gone.
  await onPhone.getByRole('button', { name: 'Menu', exact: true }).click();
  await onPhone.getByRole('button', { name: 'Account menu' }).click();
  await onPhone.getByRole('menuitem', { name: 'Your sessions' }).click();
  await expect(onPhone).toHaveURL(/\/login\?next=%2Faccount%2Fsessions$/);
  await expect(onPhone.getByRole('button', { name: 'Log in' })).toBeVisible();

  await onDesktop.reload();
  await expect(onDesktop.getByRole('heading', { name: 'Your sessions' })).toBeVisible();

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

test('a sign-in from a link comes back to the page the link was for, and never to another site', async ({ page }) => {
  await open(page, '/login?next=%2Fsettings%2Fusers%3Fq%3Dada');
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/settings\/users\?q=ada$/);
  await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search users' })).toHaveValue('ada');

  // Signed in already, the sign-in page sends them straight on.
  await page.goto('/login?next=%2Faccount%2Fsessions');
  await expect(page).toHaveURL(/\/account\/sessions$/);

  await page.context().clearCookies();
  await open(page, '/login?next=https%3A%2F%2Fevil.example%2F');
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { name: `Welcome, ${ADMIN.name}` })).toBeVisible();
  const landing = new URL(page.url());
  expect(landing.pathname).toBe('/');
  expect(landing.host).not.toBe('evil.example');
});
