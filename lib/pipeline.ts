/**
 * Build-time wiring: one segmenter, one dictionary and one HSK list per build process, and the
 * annotated article for each slug, computed once. The only place that instantiates them; the
 * pure modules receive them as arguments.
 */
import 'server-only';
import { listArticles, getArticleOrThrow } from './content/load';
import type { Article } from './content/schema';
import { loadCedict, type Dictionary } from './dictionary/cedict';
import { loadHskLevels, type HskLevels } from './dictionary/hsk';
import { annotateArticle, type AnnotateDeps } from './annotate';
import type { AnnotatedArticle } from './annotate/types';
import { createSegmenter } from './segment';

let deps: AnnotateDeps | null = null;

export function buildDeps(): AnnotateDeps {
  if (deps) return deps;
  const dictionary: Dictionary = loadCedict();
  const segmenter = createSegmenter({ dictionary });
  const hsk: HskLevels = loadHskLevels();
  deps = { segment: (text, userWords) => segmenter.segment(text, userWords), dictionary, hsk };
  return deps;
}

const annotated = new Map<string, AnnotatedArticle>();

export function annotate(article: Article): AnnotatedArticle {
  const key = `${article.slug}:${article.hash}`;
  let result = annotated.get(key);
  if (!result) {
    result = annotateArticle(article, buildDeps());
    annotated.set(key, result);
  }
  return result;
}

export function getAnnotatedArticle(slug: string): AnnotatedArticle {
  return annotate(getArticleOrThrow(slug));
}

export function listAnnotatedArticles(): AnnotatedArticle[] {
  return listArticles().map(annotate);
}
