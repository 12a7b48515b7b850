/** The learner's two pages, shared by both UI languages' routes (one line of wiring each). */
import type { Metadata } from 'next';
import { getT, type Lang } from '@/lib/i18n';
import { SEARCH_INDEX_VERSION } from '@/lib/search';
import { file } from '@/lib/urls';
import { SearchView } from './client/SearchView';
import { VocabularyView } from './client/VocabularyView';

export function vocabularyMetadata(lang: Lang): Metadata {
  return { title: getT(lang)('learner.vocabTitle') };
}

export function searchMetadata(lang: Lang): Metadata {
  return { title: getT(lang)('learner.searchTitle') };
}

export function VocabularyPage({ lang }: { lang: Lang }) {
  return <VocabularyView lang={lang} />;
}

export function SearchPage({ lang }: { lang: Lang }) {
  return <SearchView lang={lang} indexUrl={file.searchIndex(SEARCH_INDEX_VERSION)} />;
}
