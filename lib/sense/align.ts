/**
 * Word alignment of one Chinese sentence with its English line, from the dictionary alone: each
 * Chinese word is linked to the English words its senses contain (after lib/sense/english's
 * stemming), and the sense that matched is the sense the word has here. Anchors that need no
 * sense: numbers (5月 ↔ May 5 shares the 5), Latin words (xAI ↔ xAI), names spelt in pinyin
 * (任峰 ↔ Ren Feng) and punctuation. Links are given out greedily, best score first; an English
 * word already taken is given to a second Chinese word only when nothing else matches it
 * (one-to-one preference), and ties go to the English word nearest the Chinese word's relative
 * position in the sentence.
 */
import { englishWords, LIGHT_VERBS, senseWords, stem, type EnglishWord, type SenseWords } from './english';
import { isGrammatical } from './order';

import { CHINESE_DIGITS, CHINESE_MAGNITUDES, CHINESE_UNITS as UNITS } from '../text/numerals';

export type AlignWord = {
  text: string;
  /** The senses to match, in the default order (index 0 = the sense shown when nothing matches). */
  senses: readonly string[];
  /** The word's reading as numbered syllables, for names spelt in pinyin (ren2 feng1 ↔ Ren Feng). */
  pinyin?: readonly string[];
  /** The senses are curated (the article's glossary): its matches are given out first. */
  curated?: boolean;
  /** The word's jieba tag: a preposition (p) is not translated by "and" (与七八个城市洽谈 "with"). */
  pos?: string;
};

export type Span = [start: number, end: number];

export type WordAlignment = {
  /** UTF-16 offsets [start, end) into the English line, in order. Empty: nothing matched. */
  spans: Span[];
  /** Index into the word's `senses` of the sense that matched; -1 when an anchor or nothing matched. */
  sense: number;
  /** The match's strength (1 = a content word of the sense, less for weaker evidence). */
  score: number;
};

/** How much each kind of evidence is worth; a content-word match is the unit. */
const WEIGHT = {
  content: 1,
  /** An English compound that contains the sense word ("supercomputer" ⊃ "computer"). */
  partial: 0.6,
  /** A function word of a function-word sense ("as", "and; with"). */
  function: 0.45,
  anchor: 1.2,
  punctuation: 0.5,
  gap: 0.4,
  /** A curated sense is known to be meant: its English words are given out before the dictionary's. */
  curated: 0.5,
  /** Per sense rank: a later sense must match better to win over an earlier one. */
  rank: 0.01,
  /** Per unit of relative distance between the two positions in their sentences. */
  distance: 0.3,
} as const;

const CHINESE_UNITS: Record<string, number> = { ...UNITS, ...CHINESE_MAGNITUDES };
const ENGLISH_NUMBERS: Record<string, number> = Object.fromEntries(
  'zero one two three four five six seven eight nine ten eleven twelve'.split(' ').map((w, i) => [w, i]),
);
const ENGLISH_SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };

/** The value of a Chinese numeral (四, 十五, 三千, 两万) or null. */
export function chineseNumber(text: string): number | null {
  const chars = Array.from(text);
  if (chars.length === 0 || !chars.every((c) => c in CHINESE_DIGITS || c in CHINESE_UNITS)) return null;
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of chars) {
    const d = CHINESE_DIGITS[c];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const unit = CHINESE_UNITS[c] ?? 1;
    if (unit >= 10_000) {
      total = (total + section + digit) * unit;
      section = 0;
    } else section += (digit || 1) * unit;
    digit = 0;
  }
  return total + section + digit;
}

const numbersMemo = new Map<string, readonly number[]>();

/** `numbersOf` per word text. */
function numbersIn(text: string): readonly number[] {
  let n = numbersMemo.get(text);
  if (!n) {
    n = numbersOf(text);
    if (numbersMemo.size >= 50_000) numbersMemo.clear();
    numbersMemo.set(text, n);
  }
  return n;
}

/** Numbers a Chinese word carries: its digits (5月 → 5, 2025年 → 2025) or its numeral value. */
function numbersOf(text: string): number[] {
  const digits = [...text.matchAll(/\d+(?:\.\d+)?/gu)].map((m) => Number(m[0]));
  if (digits.length > 0) {
    // 3-4 万 reads 30,000–40,000 in English: give both the digits and the scaled values.
    const scale = /万/u.test(text) ? 10_000 : /亿/u.test(text) ? 100_000_000 : 1;
    return scale === 1 ? digits : [...digits, ...digits.map((d) => d * scale)];
  }
  const core = text.replace(/[个年月日号位名次]$/u, '');
  const n = chineseNumber(core);
  return n === null ? [] : [n];
}

const MONTH_NAMES = new Set(
  'January February March April May June July August September October November December'.split(' '),
);
const MONTHS = 'january february march april may june july august september october november december'.split(' ');

function englishNumber(w: EnglishWord): number | null {
  if (w.number) return Number(w.stem);
  const lower = w.text.toLowerCase();
  const ordinal = /^(\d+)(st|nd|rd|th)$/u.exec(lower);
  if (ordinal) return Number(ordinal[1]);
  return ENGLISH_NUMBERS[lower] ?? ENGLISH_SCALES[lower] ?? null;
}

/** The number English word `j` starts, with a scale word after it: "6 billion" → 6e9 over two words. */
function englishValue(en: readonly EnglishWord[], j: number): { value: number; words: number[] } | null {
  const e = en[j];
  const n = e ? englishNumber(e) : null;
  if (n === null || !e) return null;
  const scale = ENGLISH_SCALES[en[j + 1]?.text.toLowerCase() ?? ''];
  return scale ? { value: n * scale, words: [j, j + 1] } : { value: n, words: [j] };
}

/** 6月 ↔ June: a month written with its number. */
function monthOf(text: string, previous = ''): string | null {
  // "5月" as one word (the Tsinghua gold), or "月" after a number word ("5 月" on the page).
  const m =
    /^(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月/u.exec(text) ??
    (/^月/u.test(text) ? /(\d{1,2}|[一二三四五六七八九十]{1,3})\s*()$/u.exec(previous) : null);
  if (!m) return null;
  const n = /\d/u.test(m[1] as string) ? Number(m[1]) : chineseNumber(m[1] as string);
  return n && n >= 1 && n <= 12 ? (MONTHS[n - 1] ?? null) : null;
}

/**
 * What the commonest function words are in English, where CC-CEDICT describes them instead
 * ("(possessive particle)", "(used before a verb …)"). Matched weakly, like a function-word sense.
 */
const FUNCTION_GLOSSES: Readonly<Record<string, readonly string[]>> = {
  的: ['s'],
  之: ['of'],
  在: ['in', 'at', 'on'],
  于: ['in', 'at', 'on', 'to', 'than'],
  是: ['is', 'are', 'was', 'were', 'be', 'been'],
  为: ['for', 'to', 'as', 'is', 'be'],
  这: ['this', 'these', 'the'],
  那: ['that', 'those', 'the'],
  该: ['the', 'this'],
  此: ['this', 'these'],
  一: ['a', 'an', 'one'],
  和: ['and', 'with'],
  与: ['and', 'with'],
  及: ['and'],
  以及: ['and', 'as well as'],
  并: ['and'],
  而: ['and', 'but', 'while'],
  但: ['but'],
  对: ['to', 'for', 'on', 'with'],
  将: ['will', 'would', 'to'],
  会: ['will', 'would', 'can'],
  被: ['by', 'was', 'were', 'been'],
  从: ['from'],
  向: ['to', 'towards'],
  以: ['to', 'with', 'by', 'in'],
  等: ['etc', 'and', 'other'],
  也: ['also', 'too'],
  都: ['all', 'both'],
  中: ['in', 'among'],
  上: ['on', 'in'],
  里: ['in'],
  后: ['after'],
  前: ['before', 'ago'],
  时: ['when'],
  约: ['about', 'around', 'approximately'],
  他: ['he', 'him', 'his'],
  她: ['she', 'her'],
  它: ['it', 'its'],
  他们: ['they', 'them', 'their'],
  我们: ['we', 'us', 'our'],
  其: ['its', 'their', 'his', 'her'],
  已: ['has', 'have', 'already'],
  已经: ['has', 'have', 'already'],
  不: ['not', 'no'],
  没有: ['not', 'no', 'without'],
  由: ['by', 'from'],
  给: ['to', 'for'],
  把: [],
  了: [],
};

/** FUNCTION_GLOSSES as a Map: looked up for every word. */
const FUNCTION_GLOSS_MAP: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(FUNCTION_GLOSSES));

const PUNCT_CLASSES: readonly [RegExp, RegExp][] = [
  [/^[。．.]$/u, /[.]/u],
  [/^[，、,]$/u, /[,]/u],
  [/^[；;]$/u, /[;]/u],
  [/^[：:]$/u, /[:]/u],
  [/^[？?]$/u, /[?]/u],
  [/^[！!]$/u, /[!]/u],
  [/^[（(]$/u, /[(]/u],
  [/^[）)]$/u, /[)]/u],
  [/^[“”"「」]$/u, /["“”]/u],
];

const punctMemo = new Map<string, readonly [RegExp, RegExp] | undefined>();

/** The punctuation class of a Chinese token (memoised per token text). */
function punctClass(text: string): readonly [RegExp, RegExp] | undefined {
  if (punctMemo.has(text)) return punctMemo.get(text);
  const cls = text.length <= 1 ? PUNCT_CLASSES.find(([zh]) => zh.test(text)) : undefined;
  if (punctMemo.size < 10_000) punctMemo.set(text, cls);
  return cls;
}

/** How far (in English words) weak evidence may sit from where the strong links put a word. */
const WEAK_REACH = 3;
const PUNCT_REACH = 5;

/**
 * Where each Chinese word's English should be, as an English word index: interpolated between
 * the English of the nearest linked words on either side (the line's ends when there are none).
 */
export function expectedPositions(linked: readonly (readonly number[])[], englishCount: number): number[] {
  const count = linked.length;
  const edge = (k: number, side: 'left' | 'right'): number => {
    if (k < 0) return -0.5;
    if (k >= count) return englishCount - 0.5;
    const js = linked[k] ?? [];
    return side === 'left' ? Math.max(...js) : Math.min(...js);
  };
  return linked.map((own, i) => {
    if (own.length > 0) return own.reduce((a, b) => a + b, 0) / own.length;
    let left = i - 1;
    while (left >= 0 && (linked[left]?.length ?? 0) === 0) left -= 1;
    let right = i + 1;
    while (right < count && (linked[right]?.length ?? 0) === 0) right += 1;
    const l = edge(left, 'left');
    const r = edge(right, 'right');
    return l + ((r - l) * (i - left)) / (right - left);
  });
}

const HAN_WORD = /\p{Script=Han}/u;

/** One-word gaps on both sides between linked neighbours: [Chinese index, English index] pairs. */
function fillGaps(
  words: readonly AlignWord[],
  en: readonly EnglishWord[],
  linked: readonly number[][],
  taken: ReadonlySet<number>,
): [number, number][] {
  const out: [number, number][] = [];
  const isLinked = (k: number) => (linked[k]?.length ?? 0) > 0;
  for (let i = 1; i + 1 < words.length; i += 1) {
    const w = words[i];
    if (!w || isLinked(i) || !HAN_WORD.test(w.text) || FUNCTION_GLOSS_MAP.has(w.text)) continue;
    if (!isLinked(i - 1) || !isLinked(i + 1)) continue;
    const from = Math.max(...(linked[i - 1] ?? []));
    const to = Math.min(...(linked[i + 1] ?? []));
    if (to - from < 2) continue;
    const between = en
      .slice(from + 1, to)
      .map((e, k) => ({ e, j: from + 1 + k }))
      .filter(({ e, j }) => !e.stop && !taken.has(j));
    if (between.length === 1 && to - from <= 4) out.push([i, between[0]?.j ?? 0]);
  }
  return out;
}

/** The sense a function word has when it is translated by one of its FUNCTION_GLOSSES and no sense says that word. */
const SENSE_HINT: Record<string, RegExp> = {
  在: /located/u,
  是: /^to be\b/u,
  的: /possessive/u,
  之: /possessive/u,
  一: /^one\b/u,
  上: /noun suffix/u,
  中: /within|among/u,
  里: /^inside$|interior/u,
};

/** Positions, in order, of the line's words that are one of `glosses`. */
function glossPositions(glosses: readonly string[], line: EnglishLine): number[] {
  const out: number[] = [];
  for (const g of glosses) for (const j of line.byLower.get(g) ?? []) out.push(j);
  if (out.length < 2) return out;
  out.sort((a, b) => a - b);
  return out.filter((j, k) => k === 0 || j !== out[k - 1]);
}

/** "Says the English word `t`": compiled once per word. */
const saysMemo = new Map<string, RegExp>();
function saysWord(t: string): RegExp {
  let re = saysMemo.get(t);
  if (!re) {
    re = new RegExp(`(^|[^a-z'])${t}([^a-z]|$)`, 'u');
    saysMemo.set(t, re);
  }
  return re;
}

/** `weak`: function-word evidence, which only counts near where the strong links put the word. */
type Candidate = { word: number; sense: number; english: number[]; score: number; weak?: boolean };

/** A light verb counts half ("make" in "to make peace" says little on its own). */
const stemWeight = (stem: string) => (LIGHT_VERBS.has(stem) ? 0.5 : 1);

/**
 * How much of a part of the sense one matched word covers, at best: "make" covers a third of
 * "to make peace" (a light verb beside a content word), all of "to make".
 */
function coverage(parts: readonly string[][], stem: string): number {
  let best = 0;
  for (const part of parts) {
    if (!part.includes(stem)) continue;
    const total = part.reduce((n, c) => n + stemWeight(c), 0);
    best = Math.max(best, stemWeight(stem) / total);
  }
  // A long part is still said by its head word: never below half.
  return Math.max(best, best > 0 && !LIGHT_VERBS.has(stem) ? 0.5 : 0);
}

/**
 * One English line as the aligner reads it, computed once per line: its words, their lower-case
 * text, the number each starts, and where each stem, function word and punctuation mark stands.
 */
export type EnglishLine = {
  en: EnglishWord[];
  lower: string[];
  /** Lower-case text → positions. */
  byLower: Map<string, number[]>;
  /** `englishValue` at each word. */
  values: ({ value: number; words: number[] } | null)[];
  /** Stem → positions of the words a content sense word can match (not function words, numbers or month names). */
  content: Map<string, number[]>;
  /** Function word (possessive 's dropped) → positions. */
  function: Map<string, number[]>;
  /** Positions of matchable content words whose stem is long enough to contain a sense word ("supercomputer"). */
  long: number[];
  /** Their beginnings and ends of 4 letters or more, shorter than the stem: what a sense word they contain can be. */
  affixes: Set<string>;
  /** Offsets of the line's punctuation marks, with the word index each stands at; `skip` for a period inside a number or after an abbreviation. */
  marks: { p: number; ch: string; at: number; skip: boolean }[];
  /** Offset of the line's closing mark, or -1. */
  last: number;
};

const lineMemo = new Map<string, EnglishLine>();
const LINE_MEMO_SIZE = 256;

/** The line's index (memoised for the last lines seen: a sentence's words all read the same line). */
export function englishLine(english: string): EnglishLine {
  let line = lineMemo.get(english);
  if (!line) {
    line = indexLine(english);
    if (lineMemo.size >= LINE_MEMO_SIZE) lineMemo.clear();
    lineMemo.set(english, line);
  }
  return line;
}

const PUNCT_MARK = /[.,;:?!()"“”]/u;

function indexLine(english: string): EnglishLine {
  const en = englishWords(english);
  const lower = en.map((e) => e.text.toLowerCase());
  const values = en.map((_, j) => englishValue(en, j));
  const content = new Map<string, number[]>();
  const fn = new Map<string, number[]>();
  const long: number[] = [];
  const affixes = new Set<string>();
  const byLower = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, j: number) => {
    const at = map.get(key);
    if (at) at.push(j);
    else map.set(key, [j]);
  };
  en.forEach((e, j) => {
    add(byLower, lower[j] as string, j);
    if (e.number || MONTH_NAMES.has(e.text)) return; // "March" the month is not "to be on the march"
    if (e.stop) add(fn, (lower[j] as string).replace(/[’']s$/u, ''), j);
    else {
      add(content, e.stem, j);
      if (e.stem.length >= 6) {
        long.push(j);
        for (let n = 4; n < e.stem.length; n += 1) {
          affixes.add(e.stem.slice(0, n));
          affixes.add(e.stem.slice(e.stem.length - n));
        }
      }
    }
  });
  // "line-up" is also "lineup": a hyphenated pair is indexed joined as well, at both its words.
  for (let j = 0; j + 1 < en.length; j += 1) {
    const a = en[j] as EnglishWord;
    const b = en[j + 1] as EnglishWord;
    if (a.number || b.number || english.slice(a.end, b.start) !== '-') continue;
    const joined = stem(a.text + b.text);
    if (joined === a.stem || joined === b.stem) continue;
    add(content, joined, j);
    add(content, joined, j + 1);
  }
  const wordIndexAt = (p: number) => {
    let j = 0;
    while (j + 1 < en.length && (en[j + 1]?.start ?? Infinity) <= p) j += 1;
    return p >= (en[j]?.end ?? 0) ? j + 0.5 : j;
  };
  const marks: EnglishLine['marks'] = [];
  for (let p = 0; p < english.length; p += 1) {
    const ch = english[p] as string;
    if (!PUNCT_MARK.test(ch)) continue;
    // A period inside a number or an abbreviation (3.5, Dr.) is not the sentence's full stop.
    const skip =
      ch === '.' &&
      (/\w/u.test(english[p + 1] ?? '') || /^[A-Z][a-z]?$/u.test(english.slice(0, p).split(/\s/u).pop() ?? ''));
    marks.push({ p, ch, at: wordIndexAt(p), skip });
  }
  const last = /[.?!]["”’)]*\s*$/u.exec(english);
  return { en, lower, byLower, values, content, function: fn, long, affixes, marks, last: last ? last.index : -1 };
}

/** What `senseMatches` needs of a sense, per sense text. */
type SenseKeys = {
  words: SenseWords;
  function: string[];
  /** Each distinct content stem with the weight a match on it is worth (`coverage`). */
  content: { stem: string; weight: number }[];
  short: string[];
};
const senseKeysMemo = new Map<string, SenseKeys>();

function senseKeys(sense: string): SenseKeys {
  let k = senseKeysMemo.get(sense);
  if (!k) {
    const words = senseWords(sense);
    k = {
      words,
      function: [...new Set(words.function)],
      content: [...new Set(words.content)].map((stem) => ({
        stem,
        weight: WEIGHT.content * coverage(words.parts, stem),
      })),
      short: words.content.filter((c) => c.length >= 4),
    };
    senseKeysMemo.set(sense, k);
  }
  return k;
}

const NONE: readonly { index: number; weight: number }[] = [];
const NO_LATIN: readonly string[] = [];

/** A word's senses indexed by the keys `senseMatches` looks up, per senses array (chooseSentence passes memoised ones). */
type WordKeys = {
  function: Map<string, number[]>;
  content: Map<string, number[]>;
  /** Content stems of 4 letters or more, that a longer English word can contain. */
  short: Map<string, number[]>;
};
const wordKeysMemo = new WeakMap<readonly string[], WordKeys>();

function wordKeys(senses: readonly string[]): WordKeys {
  let keys = wordKeysMemo.get(senses);
  if (!keys) {
    keys = { function: new Map(), content: new Map(), short: new Map() };
    const add = (map: Map<string, number[]>, key: string, k: number) => {
      const at = map.get(key);
      if (!at) map.set(key, [k]);
      else if (at[at.length - 1] !== k) at.push(k);
    };
    for (let k = 0; k < senses.length; k += 1) {
      const sk = senseKeys(senses[k] as string);
      if (sk.words.empty) continue;
      for (const f of sk.function) add(keys.function, f, k);
      for (const c of sk.content) add(keys.content, c.stem, k);
      for (const c of sk.short) add(keys.short, c, k);
      for (const p of sk.words.functionPhrases ?? []) add(keys.function, p[0] as string, k);
    }
    wordKeysMemo.set(senses, keys);
  }
  return keys;
}

/**
 * The indices, in order, of the senses that can match anything in the line: looked up from the
 * line's side (a few dozen words) rather than scanning every sense against every word.
 */
function sensesHit(senses: readonly string[], line: EnglishLine): number[] {
  if (senses.length === 0) return [];
  const keys = wordKeys(senses);
  const hit = new Uint8Array(senses.length);
  const any =
    meet(hit, keys.function, line.function) +
    meet(hit, keys.content, line.content) +
    meet(hit, keys.short, line.affixes);
  if (any === 0) return [];
  const out: number[] = [];
  for (let k = 0; k < hit.length; k += 1) if (hit[k]) out.push(k);
  return out;
}

/** Marks in `hit` the senses of the keys both sides have, looked up from the side with fewer keys; how many keys met. */
function meet(
  hit: Uint8Array,
  mine: ReadonlyMap<string, readonly number[]>,
  theirs: ReadonlyMap<string, unknown> | ReadonlySet<string>,
): number {
  if (mine.size === 0 || theirs.size === 0) return 0;
  let met = 0;
  if (mine.size <= theirs.size) {
    for (const [key, at] of mine) {
      if (!theirs.has(key)) continue;
      met += 1;
      for (const k of at) hit[k] = 1;
    }
  } else {
    for (const key of theirs.keys()) {
      const at = mine.get(key);
      if (!at) continue;
      met += 1;
      for (const k of at) hit[k] = 1;
    }
  }
  return met;
}

/** Stems of the English words a sense is expressed by, with the weight of each kind, in the line's order. */
function senseMatches(sense: string, line: EnglishLine): readonly { index: number; weight: number }[] {
  const keys = senseKeys(sense);
  const w = keys.words;
  if (w.empty) return NONE;
  const english = line.en;
  // Function words, content stems and long words stand at distinct positions: each position is hit once.
  const out: { index: number; weight: number }[] = [];
  for (const f of keys.function) {
    const at = line.function.get(f);
    if (at) for (const j of at) out.push({ index: j, weight: WEIGHT.function });
  }
  let exact = 0;
  for (const { stem: c, weight } of keys.content) {
    const at = line.content.get(c);
    if (!at) continue;
    exact += at.length;
    for (const j of at) out.push({ index: j, weight });
  }
  if (keys.short.length > 0) {
    for (const j of line.long) {
      const st = english[j]?.stem ?? '';
      if (exact > 0 && keys.content.some((c) => c.stem === st)) continue;
      if (keys.short.some((c) => st.length > c.length && (st.endsWith(c) || st.startsWith(c)))) {
        out.push({ index: j, weight: WEIGHT.partial });
      }
    }
  }
  // A part made of function words only, said word for word ("one after another"): as strong as a content word.
  if (w.functionPhrases)
    for (const phrase of w.functionPhrases) {
      for (const j of line.byLower.get(phrase[0] as string) ?? []) {
        if (phrase.every((p, k) => line.lower[j + k] === p)) {
          for (let k = 0; k < phrase.length; k += 1) out.push({ index: j + k, weight: WEIGHT.content });
        }
      }
    }
  if (out.length === 0) return NONE;
  if (out.length > 1) {
    out.sort((a, b) => a.index - b.index || b.weight - a.weight);
    // A position hit twice (a joined "line-up", a phrase's word) keeps its strongest hit.
    for (let k = out.length - 1; k > 0; k -= 1) if (out[k]?.index === out[k - 1]?.index) out.splice(k, 1);
  }
  if (w.phrases.length === 0) return out;
  // The function words of a phrase the sense matched go with it: "this year", "US dollar".
  for (const { index, weight } of [...out]) {
    if (weight < WEIGHT.content) continue;
    const e = english[index];
    const phrase = w.phrases.find((p) => p.includes(e?.stem ?? ''));
    if (!phrase) continue;
    for (const j of [index - 2, index - 1, index + 1, index + 2]) {
      const o = english[j];
      if (!o?.stop || out.some((x) => x.index === j)) continue;
      const between = j < index ? english.slice(j + 1, index) : english.slice(index + 1, j);
      if (
        phrase.includes(o.text.toLowerCase()) &&
        between.every((b) => phrase.includes(b.stop ? b.text.toLowerCase() : b.stem))
      ) {
        out.push({ index: j, weight: WEIGHT.function });
      }
    }
  }
  return out;
}

/** English words spelt like the word's pinyin: one word for the whole (Xinhua) or one per syllable run. */
function pinyinMatches(pinyin: readonly string[], line: EnglishLine): number[] {
  const plain = pinyin.map((s) =>
    s
      .toLowerCase()
      .replace(/[1-5]$/u, '')
      .replace(/ü/gu, 'v'),
  );
  if (plain.length === 0 || plain.some((s) => !/^[a-z]+$/u.test(s))) return [];
  const whole = plain.join('');
  const tail = plain.length >= 2 ? plain.slice(1).join('') : null;
  const head = plain.length >= 2 ? plain[0] : null;
  const out: number[] = [];
  line.lower.forEach((t, j) => {
    if (t.length >= 2 && (t === whole || t === tail || t === head)) out.push(j);
  });
  return out;
}

/**
 * Aligns `words` (the sentence's tokens, punctuation included) with `english`. Returns one entry
 * per word, in order.
 */
export function alignSentence(words: readonly AlignWord[], english: string): WordAlignment[] {
  const line = englishLine(english);
  const { en, lower: enLower } = line;
  const n = Math.max(1, words.length - 1);
  const m = Math.max(1, en.length - 1);
  const candidates: Candidate[] = [];
  const near = (i: number, j: number) => WEIGHT.distance * Math.abs(i / n - j / m);

  words.forEach((word, i) => {
    // Latin words and numbers: the same word or value on the English side ("60 亿" ↔ "6 billion").
    const latin = /[A-Za-z]/u.test(word.text)
      ? (word.text.toLowerCase().match(/[a-z][a-z0-9.]*/gu) ?? NO_LATIN)
      : NO_LATIN;
    const latinForms = latin.length > 0 ? new Set(latin.flatMap((l) => [l, l.replace(/\.$/u, '')])) : null;
    const numbers = numbersIn(word.text);
    if (latin.length > 0 || numbers.length > 0) {
      en.forEach((_, j) => {
        if (latinForms?.has(enLower[j] as string)) {
          candidates.push({ word: i, sense: -1, english: [j], score: WEIGHT.anchor - near(i, j) });
        }
        const value = line.values[j];
        if (value && numbers.includes(value.value)) {
          candidates.push({ word: i, sense: -1, english: value.words, score: WEIGHT.anchor - near(i, j) });
        }
      });
    }
    // Both of monthOf's forms hold 月.
    const month =
      word.text.includes('月') &&
      monthOf(
        word.text,
        words
          .slice(Math.max(0, i - 2), i)
          .map((w) => w.text)
          .join(''),
      );
    if (month) {
      en.forEach((_, j) => {
        if (enLower[j] === month)
          candidates.push({ word: i, sense: -1, english: [j], score: WEIGHT.anchor - near(i, j) });
      });
    }
    const glosses = FUNCTION_GLOSS_MAP.get(word.text);
    if (glosses) {
      for (const j of glossPositions(glosses, line)) {
        const t = enLower[j] as string;
        if (t === 'and' && word.pos === 'p') continue;
        // The sense meant: the first that says the English word ("(noun suffix) on"), else the word's usual grammatical one.
        const says = saysWord(t);
        let sense = word.senses.findIndex((x) => says.test(x));
        const hint = SENSE_HINT[word.text];
        if (sense < 0 && hint) sense = word.senses.findIndex((x) => hint.test(x));
        // Else its first grammatical sense ("towards; at; for" for 对 translated "on").
        if (sense < 0) sense = word.senses.findIndex((x) => isGrammatical(x) && !/classifier|^CL:/u.test(x));
        candidates.push({ word: i, sense, english: [j], score: WEIGHT.function - near(i, j) * 2, weak: true });
      }
    }
    if (word.pinyin) {
      for (const j of pinyinMatches(word.pinyin, line))
        candidates.push({ word: i, sense: -1, english: [j], score: WEIGHT.anchor - near(i, j) });
    }
    for (const k of sensesHit(word.senses, line)) {
      const all = senseMatches(word.senses[k] as string, line);
      // A preposition is not the line's "and" (与七八个城市洽谈: "with").
      const matches = word.pos === 'p' ? all.filter((m) => enLower[m.index] !== 'and') : all;
      if (matches.length === 0) continue;
      // Each English word the sense matches is a candidate; the words of one multi-word sense
      // that stand next to it ("news agency") come with it.
      for (const { index: j, weight } of matches) {
        // Positions in `matches` are distinct.
        const group: number[] = [];
        for (const o of matches) if (Math.abs(o.index - j) <= 2 && o.weight >= WEIGHT.function) group.push(o.index);
        const bonus = 0.05 * (group.length - 1);
        if (group.length > 1) group.sort((a, b) => a - b);
        candidates.push({
          word: i,
          sense: k,
          english: group,
          score: weight + bonus - WEIGHT.rank * k - near(i, j) + (word.curated ? WEIGHT.curated : 0),
          weak: weight <= WEIGHT.function,
        });
      }
    }
  });

  const result: WordAlignment[] = words.map(() => ({ spans: [], sense: -1, score: 0 }));
  const taken = new Set<number>();
  const done = new Set<number>();
  const linked: number[][] = words.map(() => []);
  const give = (c: Candidate, english: number[]) => {
    done.add(c.word);
    linked[c.word] = english;
    for (const j of english) taken.add(j);
    result[c.word] = {
      spans: english.map((j) => [en[j]?.start ?? 0, en[j]?.end ?? 0] as Span),
      sense: c.sense,
      score: c.score,
    };
  };
  const strong = candidates.filter((c) => !c.weak).sort((a, b) => b.score - a.score || a.word - b.word);
  // First only English words nobody has yet (one-to-one), then, for Chinese words still without
  // a link, English words already taken (a word said twice in Chinese, once in English).
  for (const pass of [0, 1]) {
    for (const c of strong) {
      if (done.has(c.word)) continue;
      const free = pass === 0 ? c.english.filter((j) => !taken.has(j)) : c.english;
      if (free.length === 0 || (pass === 1 && c.score < WEIGHT.content)) continue;
      give(c, free);
    }
  }

  // Weak evidence (function words, punctuation) only counts where the strong links say the word
  // should be: between the English of its linked neighbours.
  const expected = expectedPositions(linked, en.length);
  const weak = candidates
    .filter((c) => c.weak)
    .map((c) => ({ ...c, score: c.score - 0.1 * Math.abs((c.english[0] ?? 0) - (expected[c.word] ?? 0)) }))
    .filter((c) => Math.abs((c.english[0] ?? 0) - (expected[c.word] ?? 0)) <= WEAK_REACH)
    .sort((a, b) => b.score - a.score || a.word - b.word);
  for (const c of weak) {
    if (done.has(c.word)) continue;
    const free = c.english.filter((j) => !taken.has(j));
    if (free.length > 0) give(c, free);
  }

  // A gap of one Chinese word between two linked words, facing a gap of one English content
  // word between their English: the two translate each other (the dictionary had no sense for it).
  fillGaps(words, en, linked, taken).forEach(([i, j]) =>
    give({ word: i, sense: -1, english: [j], score: WEIGHT.gap }, [j]),
  );

  // Punctuation: each Chinese mark takes the free English mark of its class nearest to where it should be.
  const usedPunct = new Set<number>();
  let lastMark = words.length - 1;
  while (lastMark > 0 && /^["“”’)）」』]$/u.test(words[lastMark]?.text ?? '')) lastMark -= 1;
  words.forEach((word, i) => {
    const cls = punctClass(word.text);
    if (!cls) return;
    let best = -1;
    let bestDistance = Infinity;
    // A Chinese comma often ends an English sentence or clause: a period or semicolon is second best.
    const second = /[,，、]/u.test(word.text) ? /[.;]/u : null;
    for (const { p, ch, at, skip } of line.marks) {
      const primary = cls[1].test(ch);
      if (usedPunct.has(p) || !(primary || second?.test(ch))) continue;
      if (skip) continue;
      const d = Math.abs(at - (expected[i] ?? 0)) + (primary ? 0 : 1.5);
      if (d < bestDistance) {
        bestDistance = d;
        best = p;
      }
    }
    // The sentence's last mark and the line's last mark close the same sentence.
    const last = line.last;
    if (last >= 0 && i === lastMark && !usedPunct.has(last) && cls[1].test(english[last] as string)) {
      best = last;
      bestDistance = 0;
    }
    if (best >= 0 && bestDistance <= PUNCT_REACH) {
      usedPunct.add(best);
      result[i] = { spans: [[best, best + 1]], sense: -1, score: WEIGHT.punctuation };
    }
  });
  return result;
}
