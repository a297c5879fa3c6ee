import path from 'node:path';
import { test, expect, open, createAccount, logIn } from './fixtures';

// The README's pictures of the Users and Invitations tabs. Every run takes them and checks
// what they show; scripts/screenshots.sh runs this with UPDATE_SCREENSHOTS=1 to save them
// into end2end/screenshots/, so the README follows the product.
const saveTo = process.env.UPDATE_SCREENSHOTS ? path.resolve(__dirname, '..', 'screenshots') : null;

const team = [
  { name: 'Grace Hopper', email: 'grace@navy.example.org', role: 'admin' as const },
  { name: 'Katherine Johnson', email: 'katherine@nasa.example.org', role: 'editor' as const },
  { name: 'Alan Turing', email: 'alan@bletchley.example.org', role: 'agent' as const },
  { name: 'Ada Lovelace', email: 'ada.lovelace@analytical.example.org', role: 'agent' as const },
];

test('the Users and Invitations tabs, as the README shows them', async ({ page, baseURL }, testInfo) => {
  const project = testInfo.project.name;
  const admin = { name: 'Margaret Hamilton', email: `margaret-${project}@apollo.example.org`, password: 'the screenshot passphrase' };
  createAccount(baseURL!, admin, 'admin');
  for (const person of team) {
    createAccount(baseURL!, { ...person, password: 'a screenshot passphrase' }, person.role);
  }
  await logIn(page, admin);

  await open(page, '/settings/users?q=example.org');
  await expect(page.getByText('5 users match', { exact: true })).toBeVisible();
  await page.screenshot({ path: saveTo ? path.join(saveTo, `users-${project}.png`) : testInfo.outputPath('users.png'), scale: 'css' });

  await open(page, '/settings/invitations');
  await page.getByRole('button', { name: 'Invite user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite user' });
  await dialog.getByLabel('Email').fill(`dorothy-${project}@example.org`);
  await dialog.getByRole('radio', { name: 'Editor' }).check();
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('row').filter({ hasText: `dorothy-${project}@example.org` })).toContainText('Pending');
  await page.screenshot({ path: saveTo ? path.join(saveTo, `invitations-${project}.png`) : testInfo.outputPath('invitations.png'), scale: 'css' });
});
