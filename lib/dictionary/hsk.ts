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

export type HskLevels = {
  /** The word's level in the list; undefined when the list does not have it. */
  level(word: string): number | undefined;
  /**
   * The level at which a learner can read the word: its own level when listed, else the highest
   * level among the listed words it is made of, a character standing alone counting at the lowest
   * level of a listed word that contains it (们 counts at HSK 1, from 我们; 一个 = 一 + 个). The list
   * has few compounds the segmenter makes (一个, 走进, 很多) and no bound forms, so without this a
   * children's story counted 40 % of its words as "beyond HSK 6". Undefined when some character is
   * in no listed word at all.
   */
  estimate(word: string): number | undefined;
  readonly size: number;
};

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
  const charLevels = new Map<string, number>();
  for (const [word, level] of levels)
    for (const ch of word) {
      const known = charLevels.get(ch);
      if (known === undefined || level < known) charLevels.set(ch, level);
    }
  const estimates = new Map<string, number | undefined>();
  /** Fewest parts first, then the lowest highest level: a DP over the code points. */
  const estimate = (word: string): number | undefined => {
    const listed = levels.get(word);
    if (listed !== undefined) return listed;
    if (estimates.has(word)) return estimates.get(word);
    const chars = Array.from(word);
    const best: ({ parts: number; level: number } | null)[] = [{ parts: 0, level: 0 }];
    for (let end = 1; end <= chars.length; end += 1) {
      best[end] = null;
      for (let start = end - 1; start >= 0; start -= 1) {
        const before = best[start];
        if (!before) continue;
        const piece = chars.slice(start, end).join('');
        const level = end - start === 1 ? (levels.get(piece) ?? charLevels.get(piece)) : levels.get(piece);
        if (level === undefined) continue;
        const next = { parts: before.parts + 1, level: Math.max(before.level, level) };
        const cur = best[end];
        if (!cur || next.parts < cur.parts || (next.parts === cur.parts && next.level < cur.level)) best[end] = next;
      }
    }
    const result = best[chars.length]?.level || undefined;
    estimates.set(word, result);
    return result;
  };
  return { level: (word) => levels.get(word), estimate, size: levels.size };
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
