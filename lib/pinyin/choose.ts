/**
 * Picks the citation reading of one word, in order of trust: an author's pinned reading, the
 * article glossary, a unique CC-CEDICT reading of the whole word, then pinyin-pro's reading of the
 * word in its sentence. Where CC-CEDICT knows several readings, the others are kept as
 * alternatives so the reader can show them and an author can pin one.
 */
import type { Dictionary, DictEntry } from '../dictionary/cedict';
import { isCrossReference } from '../dictionary/cedict';
import type { PolyphoneDecision } from './polyphone';
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

/** dictionaryReadings per word, kept per dictionary: the same words come back sentence after sentence. */
const readingsCache = new WeakMap<Dictionary, Map<string, string[][]>>();
function wordReadings(word: string, dictionary: Dictionary): string[][] {
  let cache = readingsCache.get(dictionary);
  if (!cache) {
    cache = new Map();
    readingsCache.set(dictionary, cache);
  }
  let hit = cache.get(word);
  if (!hit) {
    hit = dictionaryReadings(dictionary.lookup(word));
    cache.set(word, hit);
  }
  return hit;
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
  /** The polyphone model's decision per character (undefined where it had nothing to decide). */
  decisions?: readonly (PolyphoneDecision | undefined)[];
  glossaryPinyin?: string;
  pinned?: string;
};

/** `ma3` spelt like `Ma3` when the dictionary capitalises that syllable (a name). */
function likeCase(reading: string, model: string | undefined): string {
  return model && /^[A-Z]/u.test(model) ? reading.charAt(0).toUpperCase() + reading.slice(1) : reading;
}

/** How many characters two readings share (case-insensitive). */
function agreement(a: readonly string[], b: readonly string[]): number {
  return a.reduce((n, s, i) => n + (s.toLowerCase() === (b[i] ?? '').toLowerCase() ? 1 : 0), 0);
}

export function chooseReading({
  word,
  dictionary,
  context,
  decisions = [],
  glossaryPinyin,
  pinned,
}: ChooseInput): ChosenReading {
  const readings = wordReadings(word, dictionary);
  const chars = Array.from(word);
  const fits = (r: readonly string[]) => r.length === chars.length;
  if (pinned) return { citation: fromGlossary(pinned, readings), source: 'pinned' };
  if (glossaryPinyin) return { citation: fromGlossary(glossaryPinyin, readings), source: 'glossary' };
  const usable = readings.filter(fits);
  // Per character: the polyphone model where it decided, else pinyin-pro, else the character's own reading.
  const guess = chars.map((ch, i) => {
    const d = decisions[i]?.reading ?? context[i];
    if (d) return d;
    return wordReadings(ch, dictionary)[0]?.[0] ?? '';
  });
  // Start from the dictionary reading of the whole word that agrees best with the guesses, so
  // characters the model did not decide keep the word's reading; the model's decisions override.
  // Agreement with a decision counts double, so 便宜 decided pián takes the reading pián yi.
  const decided = chars.map((_, i) => decisions[i]?.reading ?? '');
  const fit = (r: readonly string[]) => agreement(r, guess) + agreement(r, decided);
  const base = usable.reduce<string[] | undefined>((best, r) => (!best || fit(r) > fit(best) ? r : best), undefined);
  const citation = chars.map((_, i) => {
    const d = decisions[i]?.reading;
    const b = base?.[i];
    if (d) return b && b.toLowerCase() === d ? b : likeCase(d, b);
    return b ?? guess[i] ?? '';
  });
  const inDictionary = usable.find((r) => key(r) === key(citation));
  // A copy: the dictionary's readings are cached and shared.
  const chosen = inDictionary ? [...inDictionary] : citation;
  const source: ReadingSource = usable.length === 1 && inDictionary ? 'dictionary' : 'context';
  // Alternatives only where the model was not sure: the word with that character read the other way.
  const alternatives: string[][] = [];
  decisions.forEach((d, i) => {
    if (!d?.alternative || i >= chars.length) return;
    const alt = chosen.map((s, j) => (j === i ? likeCase(d.alternative as string, s) : s));
    const known = usable.find((r) => key(r) === key(alt));
    alternatives.push(known ? [...known] : alt);
  });
  return { citation: chosen, source, alternatives: alternatives.length ? alternatives : undefined };
}
