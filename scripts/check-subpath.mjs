#!/usr/bin/env node
/**
 * The export under a sub-path: builds with BASE_PATH=/reader into out-reader/ (DUIZHAO_OUT_DIR, so out/
 * is left alone), serves it with `serve.mjs --base /reader` and runs the sub-path spec against
 * it (playwright.subpath.config.ts). `--no-build` reuses an existing out-reader/.
 */
import { spawnSync } from 'node:child_process';

const env = { ...process.env, BASE_PATH: '/reader', DUIZHAO_OUT_DIR: 'out-reader' };
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env }).status ?? 1;

if (!process.argv.includes('--no-build')) {
  const built = run('npx', ['next', 'build']);
  if (built !== 0) process.exit(built);
  const post = run('node', ['scripts/postbuild.mjs', 'out-reader']);
  if (post !== 0) process.exit(post);
}
process.exit(run('npx', ['playwright', 'test', '--config', 'playwright.subpath.config.ts']));
