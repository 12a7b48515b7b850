/**
 * The word search index as one static JSON file (out/search-index/v1.json), written at build time
 * from every article's card (its part of the index, cached with it: lib/pipeline), so the search page works on the static export with no server.
 * The version is in the name: a new format gets a new URL, never a stale cached file.
 */
import { mergeSearchParts, SEARCH_INDEX_VERSION } from '@/lib/search';
import { listArticleCards } from '@/lib/pipeline';

export const dynamic = 'force-static';
export const dynamicParams = false;

const SEARCH_INDEX_FILE = `v${SEARCH_INDEX_VERSION}.json`;

export function generateStaticParams(): { file: string }[] {
  return [{ file: SEARCH_INDEX_FILE }];
}

export function GET(): Response {
  return new Response(JSON.stringify(mergeSearchParts(listArticleCards().map((c) => c.search))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
