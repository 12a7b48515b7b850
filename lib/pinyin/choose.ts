/**
 * Picks the citation reading of one word, in order of trust: an author's pinned reading, the
 * article glossary, a unique CC-CEDICT reading of the whole word, then pinyin-pro's reading of the
 * word in its sentence. Where CC-CEDICT knows several readings, the others are kept as
 * alternatives so the reader can show them and an author can pin one.
 */
import type { Dictionary, DictEntry } from '../dictionary/cedict';
import { isCrossReference } from '../dictionary/cedict';
import { marksToNumbered } from './syllable';

export type ReadingSource = 'pinned' | 'glossary' | 'dictionary' | 'context';

export type ChosenReading = {
  /** Numbered syllables, one per Han character. */
  citation: string[];
  source: ReadingSource;
  /** Other plausible readings (numbered), present only when the choice was not certain. */
  alternatives?: string[][];
};

const key = (syllables: readonly string[]) => syllables.join(' ').toLowerCase();

/** Distinct readings of the word's dictionary entries that carry real senses. */
export function dictionaryReadings(entries: readonly DictEntry[]): string[][] {
  const seen = new Map<string, string[]>();
  for (const e of entries) {
    if (e.senses.every(isCrossReference)) continue;
    const k = key(e.pinyin);
    const prev = seen.get(k);
    // Prefer the lower-case spelling unless every entry is a proper name.
    if (!prev || (prev.join(' ') !== k && e.pinyin.join(' ') === k)) seen.set(k, e.pinyin);
  }
  return [...seen.values()];
}

/** Marked glossary pinyin → numbered syllables, with the dictionary's capitals for names. */
function fromGlossary(pinyin: string, readings: string[][]): string[] {
  const numbered = pinyin.split(' ').map(marksToNumbered);
  const same = readings.find((r) => key(r) === key(numbered));
  return same ?? numbered;
}

export type ChooseInput = {
  word: string;
  dictionary: Dictionary;
  /** pinyin-pro's readings of this word's characters in context. */
  context: readonly string[];
  glossaryPinyin?: string;
  pinned?: string;
};

export function chooseReading({ word, dictionary, context, glossaryPinyin, pinned }: ChooseInput): ChosenReading {
  const readings = dictionaryReadings(dictionary.lookup(word));
  const length = Array.from(word).length;
  const fits = (r: readonly string[]) => r.length === length;
  if (pinned) return { citation: fromGlossary(pinned, readings), source: 'pinned' };
  if (glossaryPinyin) return { citation: fromGlossary(glossaryPinyin, readings), source: 'glossary' };
  const usable = readings.filter(fits);
  if (usable.length === 1) return { citation: usable[0] as string[], source: 'dictionary' };
  const ctx = [...context];
  if (usable.length > 1) {
    // The context reading decides; when it is one of the dictionary's, the rest are alternatives.
    const match = usable.find((r) => key(r) === key(ctx));
    const chosen = match ?? (ctx.every(Boolean) ? ctx : (usable[0] as string[]));
    const alternatives = usable.filter((r) => key(r) !== key(chosen));
    return { citation: chosen, source: 'context', alternatives: alternatives.length ? alternatives : undefined };
  }
  // Not a dictionary word: each character from context, or from its own single dictionary reading.
  const chars = Array.from(word);
  const citation = chars.map((ch, i) => {
    if (ctx[i]) return ctx[i] as string;
    const own = dictionaryReadings(dictionary.lookup(ch))[0];
    return own?.[0] ?? '';
  });
  return { citation, source: 'context' };
}
