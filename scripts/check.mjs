#!/usr/bin/env node
/**
 * `npm test`: every check, in the order that fails fastest, each as a named step:
 * format, lint, types, content, unit tests, accuracy eval, build (annotation, next build, post-build), size budgets, end-to-end, the
 * export under a sub-path, the XSS fixture (its own build into out-xss/, then tests/e2e-xss), and the
 * incremental build (scripts/check-incremental.ts).
 * Stops at the first failure and
 * prints a summary with the time each step took.
 */
import { spawnSync } from 'node:child_process';

const steps = [
  ['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  ['lint', 'npx', ['eslint', '.']],
  ['types', 'npx', ['tsc', '--noEmit']],
  ['content', 'npx', ['tsx', 'scripts/check-content.ts']],
  ['unit', 'npx', ['vitest', 'run']],
  // Accuracy on the gold data in ../shared/eval; fails when a figure drops below eval-floors.json.
  ['eval', 'npx', ['tsx', '--conditions=react-server', 'scripts/eval.ts', '--floors', 'eval-floors.json']],
  // The export, as npm run build makes it (scripts/build.ts: annotation on every core, next build,
  // post-build; incremental when only articles changed since the last build).
  ['build', 'npx', ['tsx', 'scripts/build.ts']],
  // The seed page's size budgets (HTML raw/gzip, DOM elements; npm run bench prints the rest).
  [
    'budgets',
    'npx',
    ['tsx', '--conditions=react-server', 'scripts/bench.ts', '--pages', 'out', '--quick', '--fail-on-size'],
  ],
  ['e2e', 'npx', ['playwright', 'test']],
  ['subpath', 'node', ['scripts/check-subpath.mjs']],
  ['xss', 'node', ['scripts/check-xss.mjs']],
  // An incremental build updates the export as a full build would (a small library, built twice).
  ['incremental', 'npx', ['tsx', 'scripts/check-incremental.ts']],
];

const only = process.argv.slice(2);
const results = [];
for (const [name, cmd, args] of steps) {
  if (only.length > 0 && !only.includes(name)) continue;
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const start = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - start) / 1000).toFixed(1);
  results.push({ name, ok: r.status === 0, seconds });
  if (r.status !== 0) break;
}
console.log('\n=== summary');
for (const r of results)
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(Math.max(...steps.map(([n]) => n.length)))} ${r.seconds}s`);
const failed = results.filter((r) => !r.ok).length;
const passed = results.length - failed;
console.log(`checks: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || results.length === 0 ? 1 : 0);
