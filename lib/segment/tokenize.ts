/**
 * The pure half of segmentation: classifies characters, cuts non-Han text into tokens, and
 * pre-splits Han text on user words (glossary terms). It never calls nodejieba, so the client,
 * tests and fuzzers can use it freely; lib/segment/index.ts adds the dictionary-based cut.
 */
import { isHan } from '../text/chars';

export type TokenKind = 'han' | 'latin' | 'number' | 'punct' | 'space';

export type Piece = {
  text: string;
  kind: TokenKind;
  /** Word class (jieba's ICTCLAS tags: v, n, nr, p, d, u…; m for numbers, eng for Latin), set by the segmenter. */
  pos?: string;
};

/** ASCII and full-width (U+FF10–FF19, U+FF21–FF3A, U+FF41–FF5A) letters and digits. */
const ALNUM = /[\p{L}\p{N}\p{M}]/u;
const DIGITS = /^[\d０-９.,:：\-–/%％]+$/u;
/** Joiners that stay inside a Latin/number run when alphanumerics stand on both sides: 1.5 4:20 3-4 GPT-4o. */
const JOINERS = new Set(['.', '-', ':', '_', '/', "'", '’', '．', '－']);
const SPACE = /[\s\u00a0\u3000\u200b]/u; // includes U+3000 IDEOGRAPHIC SPACE, U+200B ZERO WIDTH SPACE

function isAlnum(ch: string): boolean {
  return !isHan(ch) && ALNUM.test(ch);
}

/** Splits text into maximal runs: Han characters, or everything else. */
export function splitHanRuns(text: string): { text: string; han: boolean }[] {
  const runs: { text: string; han: boolean }[] = [];
  for (const ch of text) {
    const han = isHan(ch);
    const last = runs[runs.length - 1];
    if (last && last.han === han) last.text += ch;
    else runs.push({ text: ch, han });
  }
  return runs;
}

/**
 * Cuts text that holds no Han into tokens: runs of letters/digits (with inner joiners, and
 * combining marks and emoji sequences kept whole) are one token; white space runs are one token;
 * every other character is its own punctuation token.
 */
export function tokenizeNonHan(text: string): Piece[] {
  const chars = Array.from(text);
  const out: Piece[] = [];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i] as string;
    if (isAlnum(ch)) {
      let j = i + 1;
      while (j < chars.length) {
        const c = chars[j] as string;
        if (isAlnum(c)) j += 1;
        else if (JOINERS.has(c) && j + 1 < chars.length && isAlnum(chars[j + 1] as string)) j += 2;
        else break;
      }
      const run = chars.slice(i, j).join('');
      out.push({ text: run, kind: DIGITS.test(run) ? 'number' : 'latin' });
      i = j;
    } else if (SPACE.test(ch)) {
      let j = i + 1;
      while (j < chars.length && SPACE.test(chars[j] as string)) j += 1;
      out.push({ text: chars.slice(i, j).join(''), kind: 'space' });
      i = j;
    } else {
      out.push({ text: ch, kind: 'punct' });
      i += 1;
    }
  }
  return out;
}

/** The first code points of a set of user words, computed once per set. */
const firstsCache = new WeakMap<ReadonlySet<string>, Set<string>>();
function firstCharacters(words: ReadonlySet<string>): Set<string> {
  let firsts = firstsCache.get(words);
  if (!firsts) {
    firsts = new Set();
    for (const w of words) {
      const first = w.codePointAt(0);
      if (first !== undefined) firsts.add(String.fromCodePoint(first));
    }
    firstsCache.set(words, firsts);
  }
  return firsts;
}

/**
 * Splits a Han run at the longest user words (forward maximum matching), so glossary terms stay
 * whole whatever the statistical segmenter would do with them. Returns spans flagged `user`.
 */
export function splitOnUserWords(
  run: string,
  userWords: ReadonlySet<string>,
  maxLength: number,
): { text: string; user: boolean }[] {
  if (userWords.size === 0) return [{ text: run, user: false }];
  const firsts = firstCharacters(userWords);
  const chars = Array.from(run);
  const out: { text: string; user: boolean }[] = [];
  let gap = '';
  let i = 0;
  while (i < chars.length) {
    let hit = '';
    // Most positions start no user word: one set lookup instead of building every candidate.
    if (!firsts.has(chars[i] as string)) {
      gap += chars[i] as string;
      i += 1;
      continue;
    }
    for (let len = Math.min(maxLength, chars.length - i); len >= 2; len -= 1) {
      const cand = chars.slice(i, i + len).join('');
      if (userWords.has(cand)) {
        hit = cand;
        break;
      }
    }
    if (hit) {
      if (gap) out.push({ text: gap, user: false });
      gap = '';
      out.push({ text: hit, user: true });
      i += Array.from(hit).length;
    } else {
      gap += chars[i] as string;
      i += 1;
    }
  }
  if (gap) out.push({ text: gap, user: false });
  return out;
}
