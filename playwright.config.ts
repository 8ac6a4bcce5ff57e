import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/** Debian's Chromium where it exists (browsers cannot be downloaded here); Playwright's own elsewhere. */
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const launchOptions = systemChromium
  ? {
      executablePath: systemChromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    }
  : {};

/** A free port, chosen once by the runner; workers inherit it through the environment. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 4321));
    });
  });
}
process.env.E2E_PORT ??= String(await freePort());
const port = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // A loaded CI machine can take a few seconds to compile Pagefind's WebAssembly.
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions,
    // Every first visit would install the offline worker and download the whole site (2.1 MB)
    // behind the test's back; e2e/offline.spec.ts allows it and tests exactly that.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
  },
  projects: [
    // Every journey on a desktop; the ones tagged @phone again on a phone-sized touch screen.
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
    { name: 'phone', grep: /@phone/, use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 } } },
  ],
  // Always the built site (`astro build` runs first, in scripts/test.mjs), never the dev server.
  webServer: {
    // --ignore-lock: run in the foreground beside any preview a person already has open.
    command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
