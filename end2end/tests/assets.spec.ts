import { test, expect, open } from './fixtures';

test('built files are named by their content, sent compressed and kept for a year; pages are compressed and never stored', async ({ page, request }) => {
  await open(page, '/login');
  const built = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.includes('/pkg/')),
  );
  for (const kind of ['js', 'wasm', 'css']) {
    const url = built.find((name) => name.endsWith(`.${kind}`));
    expect(url, `the page loads a .${kind} file`).toBeDefined();
    expect(url!, 'its name carries a content hash').toMatch(new RegExp(`/pkg/roster\\.[^./]+\\.${kind}$`));
    for (const encoding of ['br', 'gzip']) {
      const response = await request.get(url!, { headers: { 'Accept-Encoding': encoding } });
      expect(response.status()).toBe(200);
      expect(response.headers()['content-encoding'], `${kind} as ${encoding}`).toBe(encoding);
      expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  }

  // The login form is an island loaded on demand: its code comes in chunks of its own, which
  // must be served like the main files.
  expect(built.filter((name) => /\/pkg\/(split_|chunk_)/.test(name)).length, 'chunks loaded on demand').toBeGreaterThan(0);
  for (const url of built) {
    expect(url, 'every built file is named by its content').toMatch(/\/pkg\/[^/]+\.[A-Za-z0-9_-]{22}\.(js|wasm|css|json)$/);
    for (const encoding of ['br', 'gzip']) {
      const response = await request.get(url, { headers: { 'Accept-Encoding': encoding } });
      expect(response.status()).toBe(200);
      expect(response.headers()['content-encoding'], `${url} as ${encoding}`).toBe(encoding);
      expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  }

  for (const encoding of ['br', 'gzip']) {
    const html = await request.get('/login', { headers: { 'Accept-Encoding': encoding } });
    expect(html.status()).toBe(200);
    expect(html.headers()['content-encoding'], `the page as ${encoding}`).toBe(encoding);
    expect(html.headers()['cache-control']).toBe('no-store');
    expect(await html.text()).toContain('Log in');
  }
});

test('two-factor code stays out of the main WebAssembly module and arrives with its pages', async ({ page, request }) => {
  await open(page, '/login');
  const main = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .find((name) => /\/pkg\/roster\.[^./]+\.wasm$/.test(name)),
  );
  expect(main, 'the page loads the main module').toBeDefined();
  const module = (await (await request.get(main!, { headers: { 'Accept-Encoding': 'identity' } })).body()).toString('latin1');
  // The words of the two-factor page and the WebAuthn options' field names live in the code
  // that uses them; none may be in the module every page loads.
  for (const text of ['Set up authenticator app', 'Add a passkey', 'Make new recovery codes', 'residentKey', 'userVerification']) {
    expect(module.includes(text), `"${text}" in the main module`).toBe(false);
  }
});
