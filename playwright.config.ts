/**
 * End-to-end tests in a real Chromium against the static export (out/), served by
 * scripts/serve.mjs exactly as a user would serve it. Browser: Debian's /usr/bin/chromium when it
 * exists (this machine and CI cannot download Playwright's own), otherwise Playwright's bundled
 * one; PW_CHROMIUM_PATH overrides.
 */
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const systemChromium =
  process.env.PW_CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const launchOptions = {
  ...(systemChromium ? { executablePath: systemChromium } : {}),
  // Root in a closed network: no sandbox, and no background calls to hosts that cannot be reached.
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
  // The sub-path spec runs against its own build (scripts/check-subpath.mjs, playwright.subpath.config.ts).
  testIgnore: ['**/*subpath*.spec.ts'],
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'en-US',
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions } },
    {
      name: 'mobile',
      use: { ...devices['Pixel 5'], viewport: { width: 360, height: 740 }, launchOptions },
      // The phone runs the stories where the viewport changes the outcome (layout, popover
      // placement, toolbar, touch, print); the full axe matrix and the viewport-independent
      // stories run on desktop only, to keep the suite within its CI time.
      testIgnore:
        process.env.E2E_ALL === '1'
          ? ['**/*subpath*.spec.ts']
          : [
              '**/*subpath*.spec.ts',
              /reader-a11y/,
              /reader-pinyin/,
              /reader-tones/,
              /reader-script/,
              /reader-spoken/,
              /learner-vocabulary/,
              /learner-search/,
              /learner-readaloud/,
              /teacher-assign/,
            ],
    },
  ],
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
