/**
 * Pinyin as people type it into a search box: `rongzi`, `rong2zi1`, `róngzī`, `rong zi`,
 * `Róng Zī`, `lü`/`lv`/`lu:`. A query becomes a toneless key of plain letters plus the tones it
 * did give, each pinned to the letter position it belongs to, so a tone narrows the match only
 * where the learner wrote one.
 */

export type Tone = 1 | 2 | 3 | 4 | 5;

/** Tones the query pinned: `at` is the index (in `key`) of a letter of the syllable carrying it. */
export type PinyinQuery = { key: string; tones: { at: number; tone: Tone }[] };

/** Combining marks after NFD: U+0304 MACRON (1), U+0301 ACUTE (2), U+030C CARON (3), U+0300 GRAVE (4). */
const MARK_TONE = new Map<string, Tone>([
  ['\u0304', 1],
  ['\u0301', 2],
  ['\u030C', 3],
  ['\u0300', 4],
]);
/** U+0308 COMBINING DIAERESIS: the ü. Searching folds ü into u (people type `lu` for 绿 as often as `lv`). */
const DIAERESIS = '\u0308';

/** True when the text reads as a pinyin/English query rather than Chinese characters. */
export function isLatinQuery(text: string): boolean {
  return /^[\p{Script=Latin}\p{M}0-9\s'’:·-]+$/u.test(text.normalize('NFD'));
}

/**
 * `róng zī` → { key: 'rongzi', tones: [{at:1,tone:2},{at:4,tone:1}] }; `rong2zi1` → the same with
 * tones pinned to the letter before each digit; `rongzi` → no tones. A 5 or 0 is the neutral tone.
 */
export function parsePinyinQuery(text: string): PinyinQuery {
  let key = '';
  const tones: PinyinQuery['tones'] = [];
  const chars = Array.from(text.normalize('NFD').toLowerCase().replace(/u:/gu, 'u').replace(/v/gu, 'u'));
  for (const ch of chars) {
    const markTone = MARK_TONE.get(ch);
    if (markTone !== undefined) {
      if (key.length > 0) tones.push({ at: key.length - 1, tone: markTone });
    } else if (ch === DIAERESIS) {
      // ü folded into u: nothing to add.
    } else if (/[0-5]/u.test(ch)) {
      if (key.length > 0) tones.push({ at: key.length - 1, tone: ch === '0' ? 5 : (Number(ch) as Tone) });
    } else if (/[a-z]/u.test(ch)) {
      key += ch;
    }
    // Spaces, apostrophes (xi'an), hyphens and middle dots separate nothing in the key.
  }
  return { key, tones };
}

/** A word's reading prepared for matching: toneless key and, per letter, the tone of its syllable. */
export type PinyinKey = { key: string; letterTones: Tone[] };

/** From the stored numbered syllables (`rong2 zi1`, `lu:4`, `Ma3`). */
export function pinyinKey(numbered: string): PinyinKey {
  let key = '';
  const letterTones: Tone[] = [];
  for (const syllable of numbered.split(/\s+/u).filter(Boolean)) {
    const m = /^(.*?)([1-5])?$/u.exec(syllable.toLowerCase());
    const body = (m?.[1] ?? '').replace(/u:|ü|v/gu, 'u').replace(/[^a-z]/gu, '');
    const tone = (m?.[2] ? Number(m[2]) : 5) as Tone;
    key += body;
    for (let i = 0; i < body.length; i += 1) letterTones.push(tone);
  }
  return { key, letterTones };
}

/**
 * How a query matches a reading: 'exact' (the whole word), 'prefix' (the start of it, so typing
 * `rong` already finds 融资), or null. Every tone the query gave must be the tone of the syllable
 * at that letter.
 */
export function matchPinyin(query: PinyinQuery, word: PinyinKey): 'exact' | 'prefix' | null {
  if (!query.key || !word.key.startsWith(query.key)) return null;
  for (const { at, tone } of query.tones) {
    if (word.letterTones[at] !== tone) return null;
  }
  return word.key.length === query.key.length ? 'exact' : 'prefix';
}
