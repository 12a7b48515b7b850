import type { Lang } from './resources';

/** The path of the same page in the other UI language: English at the root, Chinese under /zh. */
export function pathFor(lang: Lang, path: string): string {
  const bare = path.replace(/^\/zh(?=\/|$)/u, '') || '/';
  return lang === 'zh' ? `/zh${bare === '/' ? '/' : bare}` : bare;
}
