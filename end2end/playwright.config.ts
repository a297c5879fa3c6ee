import { defineConfig, devices } from '@playwright/test';

// Each project gets a server of its own (a fresh database and mail sink), so journeys that
// change the installation, such as the first-run setup, run once per device.
const servers = [
  { name: 'desktop', port: 3101, device: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } },
  // The narrowest phones in common use are 360 px wide.
  { name: 'phone', port: 3102, device: { ...devices['Pixel 7'], viewport: { width: 360, height: 740 } } },
  // iPad descriptors default to WebKit; these machines have Chromium only.
  { name: 'tablet', port: 3103, device: { ...devices['iPad Mini'], browserName: 'chromium' as const } },
];

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  // The first-run journey sets up each installation; every other journey depends on it.
  projects: servers.flatMap(({ name, port, device }) => {
    const use = { ...device, baseURL: `http://localhost:${port}` };
    return [
      { name: `${name}-first-run`, use, testMatch: 'first-run.spec.ts' },
      { name, use, testIgnore: 'first-run.spec.ts', dependencies: [`${name}-first-run`] },
    ];
  }),
  webServer: servers.map(({ port }) => ({
    command: `./serve.sh ${port}`,
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  })),
});
