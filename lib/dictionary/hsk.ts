/**
 * HSK levels (HSK 2.0, levels 1–6, the 2012 list of about 5,000 words) so the reader can tell how
 * hard a word is. The list comes from the npm package `chinese-lexicon` (ISC, Peter Olson), which
 * keeps it as a JavaScript array literal in `statistics/hsk.js`; we read that one file with
 * node:fs and parse the array as JSON, so nothing is fetched at install or build time and the
 * rest of the package (14 MB of dictionary and frequency data) is never loaded. The version is
 * pinned exactly because the parser depends on that file's layout. The data has simplified
 * headwords only, so traditional forms are not looked up. A few heteronyms (还, 得, 喂…) appear at
 * two levels; the lowest wins. Build-time only (node:fs): never import this from client code.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export type HskLevels = { level(word: string): number | undefined; readonly size: number };

/** What to credit on the site. */
export const HSK_SOURCE: { name: string; version: string; licence: string; url: string } = Object.freeze({
  name: 'chinese-lexicon',
  version: '1.0.43',
  licence: 'ISC',
  url: 'https://github.com/peterolson/chinese-lexicon',
});

/** Builds the lookup from (word, level) pairs; a word listed twice keeps its lowest level. */
export function createHskLevels(entries: Iterable<readonly [string, number]>): HskLevels {
  const levels = new Map<string, number>();
  for (const [word, level] of entries) {
    const known = levels.get(word);
    if (known === undefined || level < known) levels.set(word, level);
  }
  return { level: (word) => levels.get(word), size: levels.size };
}

/** Reads the HSK 2.0 list from the installed `chinese-lexicon` package. */
export function loadHskLevels(): HskLevels {
  const path = // Resolved from the project root: bundlers rewrite import.meta.url during `next build`.
    createRequire(join(process.cwd(), 'package.json')).resolve('chinese-lexicon/statistics/hsk.js');
  const source = readFileSync(path, 'utf8');
  const literal = /^let hsk = (\[[\s\S]*?\n\]);/mu.exec(source)?.[1];
  const lists: unknown = literal === undefined ? undefined : JSON.parse(literal);
  const isWordList = (l: unknown): l is string[] => Array.isArray(l) && l.every((w: unknown) => typeof w === 'string');
  if (!Array.isArray(lists) || lists.length !== 6 || !lists.every(isWordList)) {
    throw new Error(`${path}: not the six HSK word lists of chinese-lexicon ${HSK_SOURCE.version}`);
  }
  return createHskLevels(lists.flatMap((words, i) => words.map((word): readonly [string, number] => [word, i + 1])));
}
