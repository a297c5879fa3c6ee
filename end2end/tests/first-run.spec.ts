import { test, expect, open, waitForHydration, expectNoAxeViolations, SETUP_CODE } from './fixtures';

// One installation per project: these steps run in order against it.
test.describe.configure({ mode: 'serial' });

test('a new installation opens on "Create your workspace"', async ({ page }) => {
  await open(page, '/');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole('heading', { name: 'Create your workspace' })).toBeVisible();
  await expectNoAxeViolations(page, 'the setup page');
});

test('bad input gets a message next to each field and creates nothing', async ({ page }) => {
  await open(page, '/setup');
  await page.getByLabel('Setup code').fill('WRONG-CODE');
  await page.getByLabel('Workspace name').fill('Acme Support');
  await page.getByLabel('Your name').fill('Ada Admin');
  await page.getByLabel('Email').fill('ada@example.test');
  await page.getByLabel('Password', { exact: true }).fill('a long enough passphrase');
  await page.getByRole('button', { name: 'Create workspace' }).click();

  await expect(page.getByText('That setup code is not right')).toBeVisible();
  await expect(page.getByLabel('Setup code')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/setup$/);

  await page.getByLabel('Setup code').fill(SETUP_CODE);
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByLabel('Password', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Create workspace' }).click();

  await expect(page.getByText('Enter a valid email address')).toBeVisible();
  await expectNoAxeViolations(page, 'the setup page with errors');
  await expect(page.getByText('Use at least 12 characters')).toBeVisible();
  await expect(page).toHaveURL(/\/setup$/);
});

test('creating the workspace with the setup code leads to /login with a success message', async ({ page }) => {
  await open(page, '/setup');
  await page.getByLabel('Setup code').fill(SETUP_CODE);
  await page.getByLabel('Workspace name').fill('Acme Support');
  await page.getByLabel('Your name').fill('Ada Admin');
  await page.getByLabel('Email').fill('ada@example.test');
  await page.getByLabel('Password', { exact: true }).fill('a long enough passphrase');
  await page.getByRole('button', { name: 'Create workspace' }).click();

  await expect(page).toHaveURL(/\/login\?welcome=1$/);
  await waitForHydration(page);
  await expect(page.getByRole('status')).toContainText('Your workspace is ready');
});

test('afterwards the setup page is gone and visitors go to /login', async ({ page }) => {
  await open(page, '/setup');
  await expect(page).toHaveURL(/\/login$/);
  await open(page, '/');
  await expect(page).toHaveURL(/\/login$/);
});
