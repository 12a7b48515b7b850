/**
 * `npm run build`: the static export, in full or, after a change to articles alone, incrementally.
 *
 *   1. content: every article checked (scripts/check-content.ts); a problem stops the build.
 *   2. annotate: every stale article annotated on every core (scripts/annotate.ts).
 *   3. next build, then scripts/postbuild.mjs (bodies spliced, CSP).
 *
 * Each build records what it was built from in .cache/build/<out dir>.json: a fingerprint of
 * everything but the articles (the code, its data, the packages, the settings in the environment)
 * and each article's content hash (lib/content). When the next build has the same fingerprint and
 * the export is still there, only the articles that changed, were added or were removed are
 * rebuilt: Next renders their pages and files and the pages over the whole library (the index, the
 * search index), and these replace their files in the export. Every other
 * file is what the same code made from the same article, so the result is the export a full build
 * would write (tests/e2e compares nothing else; `--full` forces a full build).
 * Both builds share one build id, derived from the fingerprint, so the pages of the two agree on it.
 *
 * Usage: tsx scripts/build.ts [--full]   (the export goes to DUIZHAO_OUT_DIR or out/)
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { contentDir, listArticles, ONLY_ARTICLES_ENV } from '../lib/content/load';
import { hashSources } from '../lib/source-hash';
import { articleExportPaths } from '../lib/urls';

const ROOT = process.cwd();
const OUT = resolve(ROOT, process.env.DUIZHAO_OUT_DIR ?? 'out');
const MANIFEST = join(ROOT, '.cache', 'build', `${basename(OUT)}.json`);
/** The settings read from the environment that change what is built. */
const SETTINGS = ['BASE_PATH', 'DUIZHAO_DRAFTS', 'DUIZHAO_MAX_ARTICLE_CHARS', 'NEXT_PUBLIC_BASE_PATH'];
/**
 * What the export is built from besides the articles: the code and data Next bundles, the scripts
 * of this build, the content folder's own files, the packages. A new input of the build belongs
 * here, or an incremental build would not notice its change.
 */
const INPUTS = [
  'app',
  'lib',
  'public',
  'content',
  'next.config.js',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'scripts/build.ts',
  'scripts/check-content.ts',
  'scripts/annotate.ts',
  'scripts/postbuild.mjs',
  'scripts/csp.mjs',
  // What npm installed, as npm records it.
  'node_modules/.package-lock.json',
];

type Manifest = { fingerprint: string; articles: Record<string, string> };

/** Everything the export depends on except the articles themselves (INPUTS, SETTINGS). */
function fingerprint(): string {
  const hash = createHash('sha256');
  const articlesDir = resolve(contentDir());
  hashSources(hash, ROOT, INPUTS, (path) => path === articlesDir);
  for (const name of SETTINGS) hash.update(`${name}=${process.env[name] ?? ''}\n`);
  return hash.digest('hex').slice(0, 20);
}

function readManifest(): Manifest | null {
  try {
    const raw = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Partial<Manifest>;
    return typeof raw.fingerprint === 'string' && raw.articles && typeof raw.articles === 'object'
      ? (raw as Manifest)
      : null;
  } catch {
    return null;
  }
}

function writeManifest(manifest: Manifest): void {
  mkdirSync(join(MANIFEST, '..'), { recursive: true });
  const tmp = `${MANIFEST}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(manifest));
  renameSync(tmp, MANIFEST);
}

const timings: string[] = [];
/** Runs one step; on failure undoes what `undo` names, says what is left, and exits. */
function step(
  name: string,
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  undo: () => string = () => `${relative(ROOT, OUT)}/ is unchanged`,
): void {
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  timings.push(`${name} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (r.status !== 0) {
    console.error(`build: ${name} failed (${cmd} ${args.join(' ')}); ${undo()}`);
    process.exit(r.status ?? 1);
  }
}

/** Where the export waits while Next writes an incremental build's files into the export folder. */
const PREVIOUS = `${OUT}.previous`;

function main(): void {
  const full = process.argv.includes('--full');
  step('content', 'npx', ['tsx', 'scripts/check-content.ts']);
  step('annotate', 'npx', ['tsx', '--conditions=react-server', 'scripts/annotate.ts']);

  const print = fingerprint();
  const articles = Object.fromEntries(listArticles().map((a) => [a.slug, a.hash]));
  const previous = full ? null : readManifest();
  const env = { ...process.env, DUIZHAO_BUILD_ID: print };
  // The manifest goes first: a build stopped half-way leaves none, so the next build is full.
  rmSync(MANIFEST, { force: true });
  // Left by an incremental build that was stopped before its merge: the next build is full.
  rmSync(PREVIOUS, { recursive: true, force: true });

  if (!previous || previous.fingerprint !== print || !existsSync(join(OUT, 'index.html'))) {
    const why = full
      ? '--full'
      : !previous
        ? 'no earlier build recorded'
        : previous.fingerprint !== print
          ? 'the code, its data or the settings changed'
          : `${relative(ROOT, OUT)}/ is missing`;
    console.log(`build: full (${why})`);
    const incomplete = () => `${relative(ROOT, OUT)}/ is incomplete; fix the problem and build again`;
    step('next build', 'npx', ['next', 'build'], env, incomplete);
    step('postbuild', 'node', ['scripts/postbuild.mjs', OUT], process.env, incomplete);
  } else {
    const changed = Object.keys(articles).filter((slug) => previous.articles[slug] !== articles[slug]);
    const removed = Object.keys(previous.articles).filter((slug) => !(slug in articles));
    if (changed.length === 0 && removed.length === 0) {
      console.log(`build: ${relative(ROOT, OUT)}/ is up to date (${Object.keys(articles).length} article(s))`);
      writeManifest({ fingerprint: print, articles });
      return;
    }
    console.log(
      `build: incremental: ${changed.length} article(s) changed or added, ${removed.length} removed, of ${Object.keys(articles).length}`,
    );
    // Next empties its export folder before writing to it, and its compile cache holds only for the
    // same configuration: so the export steps aside and Next writes the changed files where it
    // always does, with the same settings as the full build, then they are merged back.
    renameSync(OUT, PREVIOUS);
    const restore = () => {
      rmSync(OUT, { recursive: true, force: true });
      renameSync(PREVIOUS, OUT);
      return `${relative(ROOT, OUT)}/ is as it was before this build`;
    };
    // Next will not export a dynamic route with no page, so with removals alone one article is rendered again.
    const render = changed.length > 0 ? changed : Object.keys(articles).slice(0, 1);
    step(
      'next build (changed articles)',
      'npx',
      ['next', 'build'],
      { ...env, [ONLY_ARTICLES_ENV]: render.join(',') },
      restore,
    );
    step('postbuild', 'node', ['scripts/postbuild.mjs', OUT], process.env, restore);
    const started = Date.now();
    for (const slug of removed)
      for (const path of articleExportPaths(slug)) rmSync(join(PREVIOUS, path), { recursive: true, force: true });
    // The export folder holds only exported files (Next keeps its build files in .next).
    cpSync(OUT, PREVIOUS, { recursive: true, force: true });
    rmSync(OUT, { recursive: true, force: true });
    renameSync(PREVIOUS, OUT);
    timings.push(`merge ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  writeManifest({ fingerprint: print, articles });
  console.log(`build: done (${timings.join(', ')})`);
}

main();
