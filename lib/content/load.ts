/**
 * The content loader: a small synchronous API over content/articles/<slug>/. It validates every
 * article once per process and hands out typed models. DUIZHAO_CONTENT_DIR points it elsewhere
 * (benchmarks generate a temporary library), DUIZHAO_DRAFTS=1 previews placeholder articles.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { messages } from './messages';
import { parseArticle, type ParseOptions, type Problem } from './parse';
import type { Article } from './schema';

export function contentDir(): string {
  return process.env.DUIZHAO_CONTENT_DIR ?? join(process.cwd(), 'content', 'articles');
}

/** Options from the environment: DUIZHAO_DRAFTS=1, DUIZHAO_MAX_ARTICLE_CHARS=<n>. */
export function envOptions(): ParseOptions {
  const max = Number(process.env.DUIZHAO_MAX_ARTICLE_CHARS);
  return {
    drafts: process.env.DUIZHAO_DRAFTS === '1',
    maxChars: Number.isFinite(max) && max > 0 ? max : undefined,
  };
}

export type LoadResult = { articles: Article[]; problems: Problem[] };

/** Reads and validates every article under `dir`; problems of all articles at once. */
export function loadAll(dir: string = contentDir(), options: ParseOptions = envOptions()): LoadResult {
  const problems: Problem[] = [];
  const articles: Article[] = [];
  if (!existsSync(dir)) return { articles, problems };
  const slugs = readdirSync(dir)
    .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isDirectory())
    .sort();
  const lower = new Map<string, string>();
  for (const slug of slugs) {
    const key = slug.toLowerCase();
    if (lower.has(key)) problems.push({ file: join(dir, slug), line: 1, message: messages.duplicateSlug(key) });
    lower.set(key, slug);
    const result = parseArticle(join(dir, slug), slug, options);
    problems.push(...result.problems);
    if (result.article) articles.push(result.article);
  }
  return { articles, problems };
}

/** "file:line: message" lines, paths relative to the working directory. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${relative(process.cwd(), p.file) || p.file}:${p.line}: ${p.message}`).join('\n');
}

let cache: { dir: string; articles: Map<string, Article> } | null = null;

/** All articles, validated; throws once with every problem when any article is invalid. */
function library(): Map<string, Article> {
  const dir = contentDir();
  if (cache?.dir === dir) return cache.articles;
  const { articles, problems } = loadAll(dir);
  if (problems.length > 0) {
    throw new Error(`Invalid content (${problems.length} problem(s)); fix these and build again:\n${formatProblems(problems)}`);
  }
  cache = { dir, articles: new Map(articles.map((a) => [a.slug, a])) };
  return cache.articles;
}

export function listArticles(): Article[] {
  return [...library().values()];
}

/** The variable through which an incremental build (scripts/build.ts) names the articles it renders. */
export const ONLY_ARTICLES_ENV = 'DUIZHAO_ONLY_ARTICLES';

/**
 * The articles whose own pages and files this build renders: every article, or, in an incremental
 * build, those named in DUIZHAO_ONLY_ARTICLES (slugs separated by commas). Pages over the whole
 * library (the index, the search index) read listArticles() either way.
 */
export function listRenderedArticles(): Article[] {
  const only = process.env[ONLY_ARTICLES_ENV];
  if (only === undefined) return listArticles();
  const wanted = new Set(only.split(',').filter(Boolean));
  return listArticles().filter((a) => wanted.has(a.slug));
}

export function getArticle(slug: string): Article | null {
  return library().get(slug) ?? null;
}

export function getArticleOrThrow(slug: string): Article {
  const article = getArticle(slug);
  if (!article) throw new Error(`No article with slug "${slug}" in ${contentDir()}`);
  return article;
}
