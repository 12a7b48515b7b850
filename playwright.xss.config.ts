/**
 * The XSS fixture run: the same browsers and settings as playwright.config.ts, against the export
 * of tests/fixtures/content-xss built into out-xss/ (scripts/check-xss.mjs builds it).
 */
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

const PORT = Number(process.env.E2E_PORT ?? 4173) + 1;

export default defineConfig({
  ...base,
  testDir: 'tests/e2e-xss',
  outputDir: 'test-results/xss',
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
  webServer: {
    command: `node scripts/serve.mjs --dir out-xss --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
