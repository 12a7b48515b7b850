/**
 * `npm test` step "incremental": an incremental build (scripts/build.ts) updates the export as a
 * full build would. A library of three articles (copies of two real ones) is built in full into
 * out-incremental/; then one article's title changes, one is removed and one is added, and the
 * next build must be incremental and leave:
 *   - the unchanged article's files byte for byte as they were;
 *   - the changed article's new title in its pages, in both indexes and in the search index;
 *   - no file of the removed article, and the pages of the added one;
 *   - every page referring only to scripts and styles that exist in the export.
 * A third build with nothing changed must find the export up to date.
 *
 * Usage: tsx scripts/check-incremental.ts
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleExportPaths } from '../lib/urls';

const ROOT = process.cwd();
const WORK = join(ROOT, '.cache', 'incremental');
const CONTENT = join(WORK, 'content');
const OUT = 'out-incremental';
const env = { ...process.env, DUIZHAO_CONTENT_DIR: CONTENT, DUIZHAO_OUT_DIR: OUT };

const problems: string[] = [];
function check(ok: boolean, message: string): void {
  if (!ok) problems.push(message);
}

function build(): string {
  const r = spawnSync('npx', ['tsx', 'scripts/build.ts'], { env, encoding: 'utf8' });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  if (r.status !== 0) {
    console.error('check-incremental: the build failed');
    process.exit(1);
  }
  return r.stdout;
}

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) return [dir];
  return readdirSync(dir).flatMap((name) => files(join(dir, name)));
}

/** Each file of the article's part of the export, with the hash of its bytes. */
function snapshot(slug: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const path of articleExportPaths(slug))
    for (const file of files(join(ROOT, OUT, path)))
      out.set(file, createHash('sha256').update(readFileSync(file)).digest('hex'));
  return out;
}

const read = (path: string) => readFileSync(join(ROOT, OUT, path), 'utf8');

function retitle(slug: string, suffix: string): string {
  const zh = join(CONTENT, slug, 'zh.txt');
  const text = readFileSync(zh, 'utf8');
  const title = /^title: (.*)$/mu.exec(text)?.[1] ?? '';
  writeFileSync(zh, text.replace(/^title: .*$/mu, `title: ${title}${suffix}`));
  return `${title}${suffix}`;
}

rmSync(WORK, { recursive: true, force: true });
rmSync(join(ROOT, OUT), { recursive: true, force: true });
mkdirSync(CONTENT, { recursive: true });
const source = (slug: string) => join(ROOT, 'content', 'articles', slug);
cpSync(source('lijia-jincheng'), join(CONTENT, 'kept'), { recursive: true });
cpSync(source('wangari-maathai'), join(CONTENT, 'changed'), { recursive: true });
cpSync(source('lijia-jincheng'), join(CONTENT, 'removed'), { recursive: true });

console.log('--- full build');
const first = build();
check(/build: full/u.test(first), 'the first build was not a full build');
const kept = snapshot('kept');
check(kept.size > 0, 'the full build wrote no files for the article "kept"');
check(snapshot('removed').size > 0, 'the full build wrote no files for the article "removed"');

const title = retitle('changed', '（修订）');
rmSync(join(CONTENT, 'removed'), { recursive: true });
cpSync(source('wangari-maathai'), join(CONTENT, 'added'), { recursive: true });

console.log('--- incremental build (one article changed, one removed, one added)');
const second = build();
check(
  /build: incremental: 2 article\(s\) changed or added, 1 removed, of 3/u.test(second),
  'the second build did not rebuild exactly the changed and added articles',
);
const after = snapshot('kept');
check(
  after.size === kept.size && [...kept].every(([file, hash]) => after.get(file) === hash),
  "the unchanged article's files changed",
);
for (const page of ['articles/changed/index.html', 'zh/articles/changed/index.html'])
  check(read(page).includes(title), `${page} lacks the new title ${title}`);
check(snapshot('removed').size === 0, 'files of the removed article are left in the export');
check(existsSync(join(ROOT, OUT, 'articles', 'added', 'index.html')), 'the added article has no page');
for (const page of ['index.html', 'zh/index.html']) {
  const html = read(page);
  check(html.includes(title), `${page} lacks the new title`);
  check(html.includes('/articles/added/') && !html.includes('/articles/removed/'), `${page} lists the wrong articles`);
}
const search = JSON.parse(read('search-index/v1.json')) as { articles: { slug: string; title: string }[] };
check(
  search.articles.map((a) => a.slug).join(',') === 'added,changed,kept' &&
    search.articles.find((a) => a.slug === 'changed')?.title === title,
  `the search index lists ${search.articles.map((a) => `${a.slug} "${a.title}"`).join(', ')}`,
);
for (const page of files(join(ROOT, OUT)).filter((f) => f.endsWith('.html'))) {
  for (const m of readFileSync(page, 'utf8').matchAll(/(?:src|href)="(\/_next\/static\/[^"?]+)/gu))
    check(
      existsSync(join(ROOT, OUT, m[1] ?? '')),
      `${page.slice(ROOT.length + 1)} refers to ${m[1]}, not in the export`,
    );
}

console.log('--- build again, nothing changed');
const third = build();
check(/is up to date/u.test(third), 'a build with nothing changed did not find the export up to date');

if (problems.length > 0) {
  console.error(`check-incremental: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
rmSync(join(ROOT, OUT), { recursive: true, force: true });
rmSync(WORK, { recursive: true, force: true });
console.log('check-incremental: the incremental build updated the export as a full build would');
