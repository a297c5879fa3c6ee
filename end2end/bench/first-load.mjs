// Lists the files a browser fetches on a first visit to a page, for scripts/bench.py: what a
// real browser loads until the page is interactive, not only what the HTML names.
//
//   node bench/first-load.mjs <origin> <path> <cookie name=value> [locale]
//
// `locale` (such as `ar`) is the browser's language, which the page is written in.
// Prints a JSON array of the same-origin paths fetched until the page is interactive.
import { chromium } from '@playwright/test';

const [origin, path, cookie, locale] = process.argv.slice(2);
if (!origin || !path || !cookie) {
  console.error('usage: node bench/first-load.mjs <origin> <path> <cookie name=value>');
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const context = await browser.newContext(locale ? { locale } : {});
  const [name, ...value] = cookie.split('=');
  await context.addCookies([{ name, value: value.join('='), url: origin }]);
  const page = await context.newPage();
  const fetched = new Set();
  page.on('requestfinished', (request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(origin).origin) fetched.add(url.pathname + url.search);
  });
  await page.goto(origin + path);
  // Set by the app once hydration is done, so the page's script and WebAssembly have arrived.
  await page.locator('main[data-hydrated="true"]').waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  console.log(JSON.stringify([...fetched].sort()));
} finally {
  await browser.close();
}
