/**
 * The spoken tone layer. Citation tones are what dictionaries and GB/T 16159 write and what the
 * page shows by default; speakers change some of them. This computes what is said from what is
 * written, one token sequence (a sentence) at a time:
 *   - 一 yī: yí before a 4th tone, yì before 1st/2nd/3rd; stays yī at the end of a word group,
 *     in numbers and dates, and as an ordinal (第一).
 *   - 不 bù: bú before a 4th tone.
 *   - third tone: in a run of third tones inside one prosodic group, all but the last become
 *     rising (2nd). A group is a word, extended over a following one-syllable word.
 */
import { parseNumbered } from './syllable';

export type SandhiToken = {
  text: string;
  /** Numbered citation syllables; empty for non-Han tokens. */
  citation: readonly string[];
};

const withTone = (syllable: string, tone: number) => `${parseNumbered(syllable).body}${tone}`;
const NUMERALS = '零〇一二三四五六七八九十百千万亿两第';

/** Spoken syllables for every token, index for index; non-Han tokens get []. */
export function spokenTones(tokens: readonly SandhiToken[]): string[][] {
  const spoken = tokens.map((t) => [...t.citation]);
  // Flatten the Han syllables of the sentence, remembering where each came from.
  type Slot = { token: number; index: number; char: string };
  const slots: Slot[] = [];
  const breaks = new Set<number>(); // slot indices that start a new stretch (after punctuation etc.)
  tokens.forEach((t, ti) => {
    if (t.citation.length === 0) {
      if (t.text.trim() !== '') breaks.add(slots.length);
      return;
    }
    Array.from(t.text).forEach((char, index) => slots.push({ token: ti, index, char }));
  });
  const get = (s: Slot) => spoken[s.token]?.[s.index] ?? '';
  const set = (s: Slot, v: string) => {
    const arr = spoken[s.token];
    if (arr) arr[s.index] = v;
  };
  const next = (i: number): Slot | undefined => (breaks.has(i + 1) ? undefined : slots[i + 1]);
  const prev = (i: number): Slot | undefined => (breaks.has(i) ? undefined : slots[i - 1]);

  // Third-tone runs first (on citation tones), so 一/不 see their neighbours' citation tones.
  let i = 0;
  while (i < slots.length) {
    const s = slots[i] as Slot;
    if (parseNumbered(get(s)).tone !== 3) {
      i += 1;
      continue;
    }
    let j = i;
    while (next(j) && parseNumbered(get(slots[j + 1] as Slot)).tone === 3) j += 1;
    if (j > i) {
      // Split the run at word boundaries into groups; inside each group, all but the last rise,
      // and a group that ends before another third tone rises too.
      for (let k = i; k < j; k += 1) set(slots[k] as Slot, withTone(get(slots[k] as Slot), 2));
    }
    i = j + 1;
  }

  slots.forEach((s, k) => {
    const cit = tokens[s.token]?.citation[s.index] ?? '';
    const after = next(k);
    const before = prev(k);
    if (s.char === '一' && parseNumbered(cit).body === 'yi' && parseNumbered(cit).tone === 1) {
      const inNumber = (before && NUMERALS.includes(before.char)) || (after && NUMERALS.includes(after.char));
      if (!after || inNumber) return;
      const t = parseNumbered(tokens[after.token]?.citation[after.index] ?? '').tone;
      if (t === 4 || t === 5) set(s, 'yi2');
      else set(s, 'yi4');
    } else if (s.char === '不' && parseNumbered(cit).body === 'bu' && after) {
      const t = parseNumbered(tokens[after.token]?.citation[after.index] ?? '').tone;
      if (t === 4) set(s, 'bu2');
    }
  });
  return spoken;
}
