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

/**
 * What choosing needs of a word's dictionary readings, per word: the readings, those with one
 * syllable per character, and their keys (lower case, one string each) to compare without joining.
 */
type WordReadings = {
  readings: string[][];
  usable: string[][];
  keys: string[];
  /** Lower-case syllables of each usable reading. */
  lower: string[][];
  chars: string[];
};

/** WordReadings per word, kept per dictionary: the same words come back sentence after sentence. */
const readingsCache = new WeakMap<Dictionary, Map<string, WordReadings>>();
function wordReadingsOf(word: string, dictionary: Dictionary): WordReadings {
  let cache = readingsCache.get(dictionary);
  if (!cache) {
    cache = new Map();
    readingsCache.set(dictionary, cache);
  }
  let hit = cache.get(word);
  if (!hit) {
    const readings = dictionaryReadings(dictionary.lookup(word));
    const chars = Array.from(word);
    const usable = readings.filter((r) => r.length === chars.length);
    hit = {
      readings,
      usable,
      keys: usable.map(key),
      lower: usable.map((r) => r.map((x) => x.toLowerCase())),
      chars,
    };
    // Words the dictionary lacks (names, numbers) are not kept: the cache stays the dictionary's size.
    if (readings.length > 0 || chars.length === 1) cache.set(word, hit);
  }
  return hit;
}

function wordReadings(word: string, dictionary: Dictionary): string[][] {
  return wordReadingsOf(word, dictionary).readings;
}

/** Marked glossary pinyin → numbered syllables, with the dictionary's capitals for names. */
function fromGlossary(pinyin: string, readings: string[][]): string[] {
  const numbered = pinyin.split(' ').map(marksToNumbered);
  const k = key(numbered);
  const same = readings.find((r) => key(r) === k);
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

/** How many characters two readings share (`a` lower case already, `b` any case). */
function agreement(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] === (b[i] ?? '').toLowerCase()) n += 1;
  return n;
}

export function chooseReading({
  word,
  dictionary,
  context,
  decisions = [],
  glossaryPinyin,
  pinned,
}: ChooseInput): ChosenReading {
  const known = wordReadingsOf(word, dictionary);
  const { readings, usable, chars } = known;
  if (pinned) return { citation: fromGlossary(pinned, readings), source: 'pinned' };
  if (glossaryPinyin) return { citation: fromGlossary(glossaryPinyin, readings), source: 'glossary' };
  // Per character: the polyphone model where it decided, else pinyin-pro, else the character's own reading.
  const guess = chars.map((ch, i) => {
    const d = decisions[i]?.reading ?? context[i];
    if (d) return d;
    return wordReadings(ch, dictionary)[0]?.[0] ?? '';
  });
  // Start from the dictionary reading of the whole word that agrees best with the guesses, so
  // characters the model did not decide keep the word's reading; the model's decisions override.
  // Agreement with a decision counts double, so 便宜 decided pián takes the reading pián yi.
  let base: string[] | undefined;
  if (usable.length > 0) {
    const decided = chars.map((_, i) => decisions[i]?.reading ?? '');
    let bestFit = -1;
    usable.forEach((r, k) => {
      const lower = known.lower[k] as string[];
      const fit = agreement(lower, guess) + agreement(lower, decided);
      if (fit > bestFit) {
        base = r;
        bestFit = fit;
      }
    });
  }
  const citation = chars.map((_, i) => {
    const d = decisions[i]?.reading;
    const b = base?.[i];
    if (d) return b && b.toLowerCase() === d ? b : likeCase(d, b);
    return b ?? guess[i] ?? '';
  });
  const usableIndex = (r: readonly string[]) => (usable.length > 0 ? known.keys.indexOf(key(r)) : -1);
  const found = usableIndex(citation);
  const inDictionary = found >= 0 ? usable[found] : undefined;
  // A copy: the dictionary's readings are cached and shared.
  const chosen = inDictionary ? [...inDictionary] : citation;
  const source: ReadingSource = usable.length === 1 && inDictionary ? 'dictionary' : 'context';
  // Alternatives only where the model was not sure: the word with that character read the other way.
  const alternatives: string[][] = [];
  decisions.forEach((d, i) => {
    if (!d?.alternative || i >= chars.length) return;
    const alt = chosen.map((s, j) => (j === i ? likeCase(d.alternative as string, s) : s));
    const at = usableIndex(alt);
    const listed = at >= 0 ? usable[at] : undefined;
    alternatives.push(listed ? [...listed] : alt);
  });
  return { citation: chosen, source, alternatives: alternatives.length ? alternatives : undefined };
}
