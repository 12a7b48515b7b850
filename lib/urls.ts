/**
 * Every link to a site page and every file URL, in one place that knows the base path (a build
 * for https://example.org/reader/ has BASE_PATH=/reader). Plain `<a href>`, `fetch` and files use
 * `href(...)`; Next's <Link> adds the base path itself and takes the bare `page.*` paths.
 *
 * Article pages are always reached by a full page load (plain <a>, never <Link>): their body is
 * spliced into the exported HTML after React renders (scripts/postbuild.mjs), so the React payload
 * a client-side navigation would fetch does not hold it.
 */
import { pathFor } from './i18n/path';
import { LANGUAGES, type Lang } from './i18n/resources';

export const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** A site path with the base path in front: for <a>, fetch() and file links. */
export function href(path: string): string {
  return `${BASE_PATH}${path}`;
}

/** Site pages, as paths without the base path (for <Link>, or wrap in href()). */
export const page = {
  home: (lang: Lang) => pathFor(lang, '/'),
  vocabulary: (lang: Lang) => pathFor(lang, '/vocabulary/'),
  search: (lang: Lang) => pathFor(lang, '/search/'),
  /** `sentence`: `paragraph.sentence`, opened and highlighted on arrival. */
  article: (lang: Lang, slug: string, sentence?: string) =>
    `${pathFor(lang, `/articles/${slug}/`)}${sentence ? `#s-${sentence}` : ''}`,
  handout: (lang: Lang, slug: string) => pathFor(lang, `/articles/${slug}/print/`),
};

const filePath = {
  articleData: (slug: string) => `/data/${slug}.json`,
  offline: (lang: Lang, slug: string) => `/offline/${slug}${lang === 'zh' ? '.zh' : ''}.html`,
};

/** Files of the export, with the base path. */
export const file = {
  /** The article's view for the browser (lib/view/wire). */
  articleData: (slug: string) => href(filePath.articleData(slug)),
  offline: (lang: Lang, slug: string) => href(filePath.offline(lang, slug)),
  searchIndex: (version: number) => href(`/search-index/v${version}.json`),
};

/**
 * Everything of the export that belongs to one article, as paths inside the export folder: its
 * pages' folders (each holds the page, its handout and React's payload files), its data file and
 * its offline files. An incremental build (scripts/build.ts) removes these with the article.
 */
export function articleExportPaths(slug: string): string[] {
  return LANGUAGES.flatMap((lang) => [page.article(lang, slug), filePath.offline(lang, slug)])
    .concat(filePath.articleData(slug))
    .map((path) => path.replace(/^\/+/u, ''));
}
