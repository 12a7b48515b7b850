/**
 * The order a word's CC-CEDICT senses are offered in when nothing in the sentence decides: the
 * entries whose reading is the one chosen for this occurrence first (its neutral-tone spelling,
 * the everyday word, before its full-tone twin: 故事 "story" before "old practice"), common (lower-case) entries
 * before proper ones (surnames, places, dynasties) unless the occurrence is a name, and within
 * those the plain senses before the register-marked ones ("(classical) you"), cross-references
 * and classifier lists. Nothing is dropped: how many rows to ship and show is the caller's choice.
 */
import type { DictEntry } from '../dictionary/cedict';
import { isCrossReference } from '../dictionary/cedict';
import { normalizeNumbered } from '../pinyin/syllable';
import { senseWords } from './english';

export type SenseRow = {
  /** The entry's reading, numbered syllables as in lib/annotate (case kept: `Tai2`). */
  pinyin: string[];
  text: string;
  /** A proper-noun sense: a capitalised entry, or a "surname X" sense. */
  proper: boolean;
  /** A grammatical sense: a classifier, a particle, a conjunction or preposition ("as", "and; with", "etc."). */
  grammatical?: boolean;
};

export type OrderOptions = {
  /** The occurrence is a name: proper entries come first. */
  name: boolean;
  /** The reading was chosen by a person (see `isExactReading`): its full tones are meant. */
  exact?: boolean;
};

/**
 * Whether an occurrence's reading was chosen by a person — the article's glossary or its
 * readings.tsv (Token.pinyin.source) — rather than by the pipeline, whose careful citation keeps
 * full tones CC-CEDICT writes neutral: then no neutral-tone spelling (isNeutralSpelling) is
 * preferred over the reading itself (营生 yíng shēng "to make a living", not yíng sheng "job").
 */
export function isExactReading(source: string | undefined): boolean {
  return source === 'glossary' || source === 'pinned';
}

/** A syllable as `sameReading` compares it, per syllable text (the same few hundred come up for every word). */
const syllableMemo = new Map<string, string>();
function syllableKey(s: string): string {
  let k = syllableMemo.get(s);
  if (k === undefined) {
    k = normalizeNumbered(s.toLowerCase());
    syllableMemo.set(s, k);
  }
  return k;
}

/** `Tai2` and `tai2`, `de` and `de5` read alike. */
export function sameReading(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((s, i) => syllableKey(s) === syllableKey(b[i] ?? ''));
}

/**
 * CC-CEDICT's neutral-tone spelling of the occurrence's careful reading: `entry` reads as
 * `reading` except that one or more syllables the occurrence gives a full tone are neutral in the
 * entry (故事 gu4 shi5 "story" for the citation gu4 shi4, 生意 sheng1 yi5 "business" for sheng1
 * yi4). The citation keeps full tones where CC-CEDICT writes a neutral one (lib/pinyin), so when
 * CC-CEDICT lists the word both ways — the everyday word with its neutral syllable and a rarer,
 * often literary word in full tones (故事 gu4 shi4 "old practice", 生意 sheng1 yi4 "life force")
 * — the reading alone cannot tell them apart, and the everyday word is the one to offer first.
 */
export function isNeutralSpelling(entry: readonly string[], reading: readonly string[]): boolean {
  if (entry.length !== reading.length) return false;
  let neutral = false;
  for (let i = 0; i < entry.length; i += 1) {
    const e = syllableKey(entry[i] ?? '');
    const r = syllableKey(reading[i] ?? '');
    if (e === r) continue;
    if (!e.endsWith('5') || r.endsWith('5') || e.slice(0, -1) !== r.slice(0, -1)) return false;
    neutral = true;
  }
  return neutral;
}

/** CC-CEDICT writes proper nouns with a capital first syllable (Ma3 si1 ke4, Tai2). */
export function isProperEntry(entry: Pick<DictEntry, 'pinyin'>): boolean {
  return /^[A-Z]/u.test(entry.pinyin[0] ?? '');
}

const GRAMMATICAL =
  /^CL:|\bclassifier\b|\bparticle\b|^\((used|joining|indicates|marker)|\bsuffix\b|\bprefix\b|\bmarker\b|^etc\.?$|^and so on\b|^as\b/u;

const grammaticalMemo = new Map<string, boolean>();

/** A sense that is grammar rather than vocabulary: keep it reachable, the sentence often needs it (memoised per sense text). */
export function isGrammatical(sense: string): boolean {
  let g = grammaticalMemo.get(sense);
  if (g === undefined) {
    const w = senseWords(sense);
    g = GRAMMATICAL.test(sense) || (!w.empty && w.content.length === 0);
    grammaticalMemo.set(sense, g);
  }
  return g;
}

/** Senses a register label pushes back: "(classical) you", "(old) …", "(Tw) Gouda", "(dialect) …". */
const MARKED =
  /^\((classical|literary|archaic|old|obsolete|dialect|Tw|Cantonese|Buddhism|Taoism)\b|^\(onom\.\)|^(old|archaic) /u;

/** An entry that is an onomatopoeia ("(onom.) dong / ding dong (bell)"): all its senses go back. */
const isOnomatopoeia = (entry: DictEntry) => /^\(onom\.\)/u.test(entry.senses[0] ?? '');

function rank(
  entry: DictEntry,
  sense: string,
  reading: readonly string[],
  anyMatch: boolean,
  options: OrderOptions,
): number[] {
  // The neutral-tone spelling of the reading first (see isNeutralSpelling), then the reading itself.
  const readingTier = !anyMatch
    ? 0
    : !options.exact && isNeutralSpelling(entry.pinyin, reading)
      ? 0
      : sameReading(entry.pinyin, reading)
        ? 1
        : 2;
  const proper = isProperEntry(entry) || /^surname /u.test(sense);
  const properTier = proper === options.name ? 0 : 1;
  const senseTier =
    isCrossReference(sense) || /^CL:/u.test(sense) ? 2 : MARKED.test(sense) || isOnomatopoeia(entry) ? 1 : 0;
  return [readingTier, properTier, senseTier];
}

/**
 * Every sense of `entries` as rows, in the order described above; the CC-CEDICT order is kept
 * among rows of the same rank. `reading` is the occurrence's reading (numbered syllables); when
 * no entry has it, reading does not reorder.
 */
export function orderSenses(
  entries: readonly DictEntry[],
  reading: readonly string[],
  options: OrderOptions,
): SenseRow[] {
  return [...orderedRows(entries, reading, options)];
}

/** Ordered rows per entries array (the dictionary's own), reading, name flag and exactness (a slot each). */
const orderMemo = new WeakMap<readonly DictEntry[], Map<string, readonly SenseRow[]>[]>();

/**
 * `orderSenses` memoised: the same array for the same entries, reading, name flag and exactness. Callers
 * must not change it (lib/sense only reads it; `orderSenses` hands out a copy).
 */
export function orderedRows(
  entries: readonly DictEntry[],
  reading: readonly string[],
  options: OrderOptions,
): readonly SenseRow[] {
  let memo = orderMemo.get(entries);
  if (!memo) {
    memo = [new Map(), new Map(), new Map(), new Map()];
    orderMemo.set(entries, memo);
  }
  const byKey = memo[(options.name ? 1 : 0) + (options.exact ? 2 : 0)] as Map<string, readonly SenseRow[]>;
  const key = reading.length === 1 ? (reading[0] as string) : reading.join(' ');
  let rows = byKey.get(key);
  if (!rows) {
    rows = computeOrder(entries, reading, options);
    byKey.set(key, rows);
  }
  return rows;
}

function computeOrder(entries: readonly DictEntry[], reading: readonly string[], options: OrderOptions): SenseRow[] {
  const anyMatch = entries.some((e) => sameReading(e.pinyin, reading));
  const rows: { row: SenseRow; key: number[]; at: number }[] = [];
  for (const entry of entries) {
    for (const text of entry.senses) {
      const row: SenseRow = { pinyin: entry.pinyin, text, proper: isProperEntry(entry) || /^surname /u.test(text) };
      if (isGrammatical(text)) row.grammatical = true;
      rows.push({ row, key: rank(entry, text, reading, anyMatch, options), at: rows.length });
    }
  }
  rows.sort((a, b) => {
    for (let i = 0; i < a.key.length; i += 1) {
      const d = (a.key[i] ?? 0) - (b.key[i] ?? 0);
      if (d !== 0) return d;
    }
    return a.at - b.at;
  });
  return rows.map((r) => r.row);
}

/**
 * The senses of one character of a word, for the per-character breakdown: its reading in this
 * word first, common senses before surnames and places (非 in 非常 is "not", not "Africa").
 * `options.name` for a character of a name (马 in 马斯克 may then show "surname Ma").
 */
export function charSenses(
  char: string,
  readingInWord: string,
  entries: readonly DictEntry[],
  options: OrderOptions = { name: false },
): SenseRow[] {
  return orderSenses(
    entries.filter((e) => e.simplified === char || e.traditional === char),
    [readingInWord],
    options,
  );
}
