/**
 * An article's card: what the pages over the whole library (the index, the search index) need of
 * it, and no more. Derived from its view and cached beside it (lib/pipeline), so a library of
 * 1,000 articles is listed from 1,000 small files instead of 1,000 views.
 */
import { difficultyOf, type Difficulty } from '../difficulty';
import { searchPart, type SearchPart } from '../search';
import type { ArticleView } from './types';

export type ArticleCard = {
  slug: string;
  title: { zh: string; en: string };
  paragraphs: number;
  difficulty: Difficulty;
  search: SearchPart;
};

export function cardOf(view: ArticleView): ArticleCard {
  return {
    slug: view.slug,
    title: { zh: view.meta.title, en: view.enMeta.title },
    paragraphs: view.paragraphs.length,
    difficulty: difficultyOf(view),
    search: searchPart(view),
  };
}
