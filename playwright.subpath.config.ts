/**
 * The sub-path check (scripts/check-subpath.mjs): the export built with BASE_PATH=/reader into
 * out-reader/, served under /reader/ by scripts/serve.mjs, desktop only (the layout is the same).
 */
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

const PORT = Number(process.env.E2E_PORT ?? 4173) + 1;

export default defineConfig({
  ...base,
  testIgnore: [],
  testMatch: ['**/*subpath*.spec.ts'],
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
  projects: base.projects?.filter((p) => p.name === 'desktop'),
  webServer: {
    command: `node scripts/serve.mjs --dir out-reader --base /reader --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/reader/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
