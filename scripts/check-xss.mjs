#!/usr/bin/env node
/**
 * `npm test` step "xss": builds the XSS fixture library (tests/fixtures/content-xss) into out-xss/
 * — the site's out/ is left alone — adds the CSP tags, and runs tests/e2e-xss against it.
 */
import { spawnSync } from 'node:child_process';

const env = { ...process.env, DUIZHAO_CONTENT_DIR: 'tests/fixtures/content-xss', DUIZHAO_OUT_DIR: 'out-xss' };
const steps = [
  ['npx', ['tsx', 'scripts/check-content.ts']],
  ['npx', ['next', 'build']],
  ['node', ['scripts/postbuild.mjs', 'out-xss']],
  ['npx', ['playwright', 'test', '-c', 'playwright.xss.config.ts', ...process.argv.slice(2)]],
];
for (const [cmd, args] of steps) {
  console.log(`--- ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
