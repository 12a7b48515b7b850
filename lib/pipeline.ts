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

type PipelineState = { deps: AnnotateDeps | null; annotated: Map<string, AnnotatedArticle> };

/**
 * Next bundles the pages and the route handlers (dictionary, offline file, search index)
 * separately, and one build worker runs both, each with its own copy of this module. Kept on
 * globalThis, the state is shared by those copies: CC-CEDICT and the segmenter load once per
 * process and each article is annotated once, not once per bundle (measured: the seed's build
 * worker loaded them twice and annotated every article twice).
 */
const STATE_KEY = Symbol.for('duizhao.pipeline');
function state(): PipelineState {
  const holder = globalThis as typeof globalThis & { [STATE_KEY]?: PipelineState };
  holder[STATE_KEY] ??= { deps: null, annotated: new Map() };
  return holder[STATE_KEY];
}

export function buildDeps(): AnnotateDeps {
  const s = state();
  if (s.deps) return s.deps;
  const dictionary: Dictionary = loadCedict();
  const segmenter = createSegmenter({ dictionary });
  const hsk: HskLevels = loadHskLevels();
  s.deps = { segment: (text, userWords) => segmenter.segment(text, userWords), dictionary, hsk };
  return s.deps;
}

export function annotate(article: Article): AnnotatedArticle {
  const { annotated } = state();
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
