import { defineConfig } from '@playwright/test';
import { BROWSER_ARGS, requireBrowser } from './tests/e2e/browser';

// End-to-end tests drive the real renderer in Chromium against browser mode (see tests/e2e/fixtures.ts).
// The browser is found by tests/e2e/browser.ts (BANSO_CHROMIUM, the system Chromium, Chrome / Edge,
// Playwright's own Chromium); where there is none, this says in one line what to install.
const browser = requireBrowser();

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/globalSetup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    locale: 'ja-JP',
    viewport: { width: 1400, height: 900 },
    ...(browser.channel ? { channel: browser.channel } : {}),
    launchOptions: {
      ...(browser.executablePath ? { executablePath: browser.executablePath } : {}),
      args: BROWSER_ARGS,
    },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
});
