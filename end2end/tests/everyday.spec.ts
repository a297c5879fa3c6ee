import { test, expect, open, createAccount, createWorkspace, expectFailedLoad, logIn, showSidebar, Account } from './fixtures';
import type { Page } from '@playwright/test';

// The everyday screens at each project's width: the phone (360 px), the tablet (768 px) and
// the desktop (1440 px).

const person = (who: string, project: string): Account => ({
  name: `${who} ${project}`,
  email: `${who.toLowerCase().replace(/\s+/g, '-')}-${project}@example.test`,
  password: `the ${who} everyday passphrase`,
});

/** On a short page the bar with "Menu" sits at the top and the page's heading follows it. */
async function expectBarAtTheTop(page: Page, heading: string) {
  const menu = page.getByRole('button', { name: 'Menu', exact: true });
  const title = page.getByRole('heading', { level: 1, name: heading });
  await expect(title).toBeVisible();
  const titleBox = (await title.boundingBox())!;
  if (await menu.isVisible()) {
    const bar = (await menu.boundingBox())!;
    expect(bar.y, 'the bar starts at the top of the screen').toBeLessThan(40);
    expect(titleBox.y - (bar.y + bar.height), 'the content follows the bar').toBeLessThan(60);
  } else {
    expect(titleBox.y, 'the content starts at the top').toBeLessThan(120);
  }
}

test('short pages start at the top and the account menu opens inside the screen', async ({ page, baseURL }, testInfo) => {
  const admin = person('Shell Admin', testInfo.project.name);
  const agent = person('Shell Agent', testInfo.project.name);
  createAccount(baseURL!, admin, 'admin');
  createAccount(baseURL!, agent, 'agent');

  await logIn(page, admin);
  await expectBarAtTheTop(page, `Welcome, ${admin.name}`);
  await open(page, '/settings');
  await expectBarAtTheTop(page, 'Settings');
  await open(page, '/account/notifications');
  await expectBarAtTheTop(page, 'Email notifications');

  await showSidebar(page);
  await page.getByRole('button', { name: 'Account menu' }).click();
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  const box = (await menu.boundingBox())!;
  expect(box.y, 'the menu does not open above the top of the page').toBeGreaterThanOrEqual(0);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  const logOut = menu.getByRole('menuitem', { name: 'Log out' });
  await logOut.scrollIntoViewIfNeeded();
  await expect(logOut).toBeInViewport();

  await page.context().clearCookies();
  await logIn(page, agent);
  expectFailedLoad(page, '/settings');
  await page.goto('/settings');
  await expectBarAtTheTop(page, 'You do not have access to Settings');
});

test('every page has its own title, and Settings is an overview with the current section marked', async ({ page, baseURL }, testInfo) => {
  const admin = person('Title Admin', testInfo.project.name);
  createAccount(baseURL!, admin, 'admin');
  await open(page, '/login');
  await expect(page).toHaveTitle('Log in · Roster');
  await logIn(page, admin);
  await expect(page).toHaveTitle('Home · Acme Support · Roster');

  await open(page, '/settings');
  await expect(page).toHaveTitle('Settings · Acme Support · Roster');
  const overview = page.getByRole('list', { name: 'Settings' });
  for (const section of ['Workspace', 'Users and invitations', 'Activity']) {
    await expect(overview.getByRole('link', { name: section, exact: true })).toBeVisible();
  }
  await overview.getByRole('link', { name: 'Activity', exact: true }).click();
  await expect(page).toHaveTitle('Activity · Acme Support · Roster');
  const nav = page.getByRole('navigation', { name: 'Settings' });
  await expect(nav.getByRole('link', { name: 'Activity' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'Users and invitations' }).click();
  await expect(page).toHaveTitle('Users · Acme Support · Roster');
  await expect(nav.getByRole('link', { name: 'Users and invitations' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Activity' })).not.toHaveAttribute('aria-current', /.*/);
});

test('the 403 page names what the person tried to open', async ({ page, baseURL }, testInfo) => {
  const editor = person('Denied Editor', testInfo.project.name);
  createAccount(baseURL!, editor, 'editor');
  await logIn(page, editor);
  expectFailedLoad(page, '/account/notifications');
  const response = await page.goto('/account/notifications');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'You do not have access to Email notifications' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('only admins receive them');
  await expect(page).toHaveTitle('Email notifications · Acme Support · Roster');
});

test('the members table: your own row, no trash for the last admin, columns that fit', async ({ page, baseURL }, testInfo) => {
  const project = testInfo.project.name;
  const workspace = `Fit Co ${project}`;
  createWorkspace(baseURL!, workspace);
  const admin = person('Fit Admin', project);
  createAccount(baseURL!, admin, 'admin', workspace);
  for (const who of ['Fit Agent One', 'Fit Agent Two']) {
    createAccount(baseURL!, person(who, project), 'agent', workspace);
  }
  await logIn(page, admin);
  await open(page, '/settings/users');
  await expect(page.getByText('3 users', { exact: true })).toBeVisible();

  const own = page.getByRole('row').filter({ hasText: admin.email });
  await expect(own).toContainText(`${admin.name} (you)`);
  await expect(own.getByRole('button')).toHaveCount(0);
  const other = page.getByRole('row').filter({ hasText: person('Fit Agent One', project).email });
  await expect(other.getByRole('button', { name: `Remove Fit Agent One ${project}` })).toBeVisible();

  const width = page.viewportSize()!.width;
  if (width >= 768) {
    // The table is back from 768 px: column headings are on screen.
    await expect(page.getByRole('columnheader', { name: 'Role' })).toBeVisible();
  } else {
    // A member takes two lines on a phone, not a card of six.
    const height = (await other.boundingBox())!.height;
    expect(height, 'two lines per member').toBeLessThan(90);
  }
  if (width >= 1440) {
    // No role or date breaks inside its cell.
    const lines = await page.locator('td.col-role, td.col-joined, td.col-last-active').evaluateAll((cells) =>
      cells.map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      }),
    );
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((count) => count === 1), `lines per cell: ${lines}`).toBe(true);
    // The columns keep their widths from one search to the next.
    const widths = () => page.getByRole('columnheader').evaluateAll((heads) => heads.map((head) => Math.round(head.getBoundingClientRect().width)));
    const before = await widths();
    await page.getByLabel('Search users').fill('one');
    await expect(page.getByText('1 user matches', { exact: true })).toBeVisible();
    expect(await widths()).toEqual(before);
  }

  // An icon button shows its name on hover and focus, not only to screen readers.
  const trash = other.getByRole('button', { name: `Remove Fit Agent One ${project}` });
  await trash.focus();
  const tip = await trash.evaluate((button) => getComputedStyle(button, '::after').content);
  expect(tip).toBe(`"Remove Fit Agent One ${project}"`);
  if (width >= 768) {
    const account = page.getByRole('button', { name: 'Account menu' });
    await account.hover();
    expect(await account.evaluate((button) => getComputedStyle(button, '::after').content)).toBe('"Account menu"');
  }
});

test('user details: back to users, their activity, and removing them from there', async ({ page, baseURL }, testInfo) => {
  const project = testInfo.project.name;
  const admin = person('Detail Admin', project);
  const agent = person('Detail Agent', project);
  createAccount(baseURL!, admin, 'admin');
  createAccount(baseURL!, agent, 'agent');
  await logIn(page, admin);
  await open(page, `/settings/users?q=${encodeURIComponent(agent.email)}`);
  await page.getByRole('link', { name: agent.name }).click();
  await expect(page.getByRole('heading', { name: agent.name })).toBeVisible();
  await expect(page).toHaveTitle('User details · Acme Support · Roster');
  // Times read as how long ago, with the exact time on hover and for screen readers.
  const joined = page.locator('dd time').first();
  await expect(joined).toHaveText(/^(just now|\d+ minutes? ago), \d+ \w+ \d{4}, \d\d:\d\d UTC$/);
  await expect(joined).toHaveAttribute('title', /^\d+ \w+ \d{4}, \d\d:\d\d UTC$/);

  // Saving says so below the button, without moving the form.
  await expect(page.locator('main[data-hydrated="true"]')).toBeAttached();
  const save = page.getByRole('button', { name: 'Save' });
  const top = () => save.evaluate((button) => button.getBoundingClientRect().top + window.scrollY);
  const before = await top();
  await page.getByLabel('Role').selectOption({ label: 'Editor' });
  await save.click();
  await expect(page.getByRole('status')).toContainText('Role saved');
  expect(await top()).toBe(before);
  expect((await page.getByLabel('Role').boundingBox())!.width, 'the form is no wider than it needs').toBeLessThanOrEqual(512);

  await page.getByRole('link', { name: `Activity of ${agent.name}` }).click();
  await expect(page.getByText(`What ${agent.name} did and what was done to them.`)).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: `added ${agent.name} as Agent` })).toHaveCount(1);
  await expect(page.getByRole('row').filter({ hasText: `changed ${agent.name}'s role from Agent to Editor` })).toHaveCount(1);
  await page.goBack();

  await page.getByRole('link', { name: 'Back to users' }).click();
  await expect(page).toHaveURL(/\/settings\/users$/);
  await page.goBack();
  await expect(page.getByRole('heading', { name: agent.name })).toBeVisible();
  await page.reload();
  await expect(page.locator('main[data-hydrated="true"]')).toBeAttached();
  await page.getByRole('button', { name: `Remove ${agent.name}` }).click();
  await page.getByRole('dialog', { name: `Remove ${agent.name}?` }).getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(page).toHaveURL(/\/settings\/users$/);
  await page.getByLabel('Search users').fill(agent.email);
  await expect(page.getByText('No users match your search', { exact: true })).toBeVisible();
});

test('the workspace switcher switches on a pick and stays on the same page', async ({ page, baseURL }, testInfo) => {
  const project = testInfo.project.name;
  const other = `Second Co ${project} with a long name that does not fit`;
  createWorkspace(baseURL!, other);
  const admin = person('Switch Admin', project);
  createAccount(baseURL!, admin, 'admin');
  createAccount(baseURL!, admin, 'admin', other);
  await logIn(page, admin);
  await open(page, '/account/sessions');
  await showSidebar(page);
  const switcher = page.getByLabel('Switch workspace');
  await expect(switcher.locator('option', { hasText: other })).toHaveText(other);
  // With script, picking is enough: the form's button is for browsers without it.
  await expect(page.getByRole('button', { name: 'Switch', exact: true })).toBeHidden();
  await switcher.selectOption({ label: other });
  await expect(page).toHaveTitle(`Your sessions · ${other} · Roster`);
  await expect(page).toHaveURL(/\/account\/sessions$/);

  // From the keyboard, arrowing through the list does not switch; Enter does.
  await expect(page.locator('main[data-hydrated="true"]')).toBeAttached();
  await showSidebar(page);
  await switcher.focus();
  await page.keyboard.press('ArrowDown');
  await expect(switcher).toHaveValue(/\d+/);
  await page.waitForTimeout(500);
  await expect(page).toHaveTitle(`Your sessions · ${other} · Roster`);
  await page.keyboard.press('Enter');
  await expect(page).toHaveTitle('Your sessions · Acme Support · Roster');
});

test('Home helps each role: the workspace at a glance for Admins, whom to ask for everyone else', async ({ page, baseURL }, testInfo) => {
  const project = testInfo.project.name;
  const workspace = `Home Co ${project}`;
  createWorkspace(baseURL!, workspace);
  const admin = person('Home Admin', project);
  const editor = person('Home Editor', project);
  createAccount(baseURL!, admin, 'admin', workspace);
  createAccount(baseURL!, editor, 'editor', workspace);
  createAccount(baseURL!, person('Home Agent', project), 'agent', workspace);

  await logIn(page, admin);
  const members = page.getByRole('region', { name: 'Members' });
  await expect(members.getByRole('definition')).toHaveText(['1', '1', '1']);
  await expect(page.getByRole('region', { name: 'Invitations' })).toContainText('No invitations are waiting.');
  await expect(page.getByRole('list', { name: 'Latest activity' })).toContainText(`added ${editor.name} as Editor`);
  await page.getByRole('link', { name: 'Invite user' }).click();
  await expect(page.getByRole('dialog', { name: 'Invite user' })).toBeVisible();

  await page.context().clearCookies();
  await logIn(page, editor);
  await expect(page.getByText(`You are an Editor in ${workspace}.`)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Your admins' })).toHaveText(admin.name);
  await expect(page.getByText('You are logged in on 1 device.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Members' })).toHaveCount(0);
});

test('the invite dialog keeps the addresses that failed and the chosen role', async ({ page, baseURL }, testInfo) => {
  const project = testInfo.project.name;
  const admin = person('Forgiving Admin', project);
  createAccount(baseURL!, admin, 'admin');
  await logIn(page, admin);
  await open(page, '/settings/users');
  await page.getByRole('link', { name: 'Invite user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite user' });
  await expect(dialog).toBeVisible();
  // Its buttons are on screen however tall the form.
  await expect(dialog.getByRole('button', { name: 'Send invitation' })).toBeInViewport();

  const good = [`kept-one-${project}@example.test`, `kept-two-${project}@example.test`];
  await dialog.getByLabel('Email').fill(`${good[0]}, not-an-address, ${good[1]}`);
  await dialog.getByRole('radio', { name: 'Editor' }).check();
  await dialog.getByRole('button', { name: 'Send invitation' }).click();

  const results = dialog.getByRole('list', { name: 'Results per address' });
  await expect(results.getByRole('listitem')).toHaveText([
    `✓ ${good[0]}: invitation sent`,
    /^✗ not-an-address: not sent, /,
    `✓ ${good[1]}: invitation sent`,
  ]);
  await expect(dialog.getByLabel('Email')).toHaveValue('not-an-address');
  await expect(dialog.getByRole('radio', { name: 'Editor' })).toBeChecked();
  // The page's own status line, behind the open dialog (so outside the accessibility tree).
  await expect(page.locator('[role="status"]', { hasText: 'invitations sent' })).toHaveText(/2 of 3 invitations sent\. Not sent: not-an-address/);

  if (page.viewportSize()!.width < 768) {
    // On a phone each role's description is one line until "More".
    const more = dialog.getByRole('button', { name: 'More about Agent' });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await more.click();
    await expect(dialog.getByRole('button', { name: 'Less about Agent' })).toHaveAttribute('aria-expanded', 'true');
  } else {
    await expect(dialog.getByRole('button', { name: 'More about Agent' })).toBeHidden();
  }
});

test('an empty search offers to clear it, and to invite the address searched for', async ({ page, baseURL }, testInfo) => {
  const admin = person('Empty Admin', testInfo.project.name);
  createAccount(baseURL!, admin, 'admin');
  await logIn(page, admin);
  const address = `nobody-yet-${testInfo.project.name}@example.test`;
  await open(page, `/settings/users?q=${encodeURIComponent(address)}`);
  await expect(page.getByText('No users match your search', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: `Invite ${address}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite user' });
  await expect(dialog.getByLabel('Email')).toHaveValue(address);
});
