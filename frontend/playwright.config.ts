import { defineConfig } from '@playwright/test';

// Browser journeys against a real, running Qianshou (backend + SPA + demo data).
// infra runs: (cd frontend && PATH="$PWD/node:$PATH" BASE_URL=http://127.0.0.1:8080 npx playwright test)
const baseURL = process.env.BASE_URL;
if (!baseURL) {
  throw new Error('BASE_URL must point at a running Qianshou backend, e.g. http://127.0.0.1:8080');
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  workers: 1,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  outputDir: 'test-results',
  use: {
    baseURL,
    // A step waiting for something that never comes fails with its locator, not at the test timeout.
    actionTimeout: 30_000,
    navigationTimeout: 30_000,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
});
