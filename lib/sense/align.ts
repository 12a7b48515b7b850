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
import { englishWords, LIGHT_VERBS, senseWords, type EnglishWord } from './english';
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
const FUNCTION_GLOSSES: Record<string, readonly string[]> = {
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
    if (!w || isLinked(i) || !HAN_WORD.test(w.text) || w.text in FUNCTION_GLOSSES) continue;
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

/** Stems of the English words a sense is expressed by, with the weight of each kind. */
function senseMatches(sense: string, english: readonly EnglishWord[]): { index: number; weight: number }[] {
  const w = senseWords(sense);
  if (w.empty) return [];
  const out: { index: number; weight: number }[] = [];
  english.forEach((e, j) => {
    if (e.number || MONTH_NAMES.has(e.text)) return; // "March" the month is not "to be on the march"
    if (e.stop) {
      if (w.function.includes(e.text.toLowerCase().replace(/[’']s$/u, '')))
        out.push({ index: j, weight: WEIGHT.function });
      return;
    }
    if (w.content.includes(e.stem)) out.push({ index: j, weight: WEIGHT.content * coverage(w.parts, e.stem) });
    else if (
      e.stem.length >= 6 &&
      w.content.some((c) => c.length >= 4 && e.stem.length > c.length && (e.stem.endsWith(c) || e.stem.startsWith(c)))
    ) {
      out.push({ index: j, weight: WEIGHT.partial });
    }
  });
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
function pinyinMatches(pinyin: readonly string[], english: readonly EnglishWord[]): number[] {
  const plain = pinyin.map((s) =>
    s
      .toLowerCase()
      .replace(/[1-5]$/u, '')
      .replace(/ü/gu, 'v'),
  );
  if (plain.length === 0 || plain.some((s) => !/^[a-z]+$/u.test(s))) return [];
  const whole = plain.join('');
  const out: number[] = [];
  english.forEach((e, j) => {
    const t = e.text.toLowerCase();
    if (
      t.length >= 2 &&
      (t === whole || (plain.length >= 2 && t === plain.slice(1).join('')) || (plain.length >= 2 && t === plain[0]))
    ) {
      out.push(j);
    }
  });
  return out;
}

/**
 * Aligns `words` (the sentence's tokens, punctuation included) with `english`. Returns one entry
 * per word, in order.
 */
export function alignSentence(words: readonly AlignWord[], english: string): WordAlignment[] {
  const en = englishWords(english);
  const n = Math.max(1, words.length - 1);
  const m = Math.max(1, en.length - 1);
  const candidates: Candidate[] = [];
  const near = (i: number, j: number) => WEIGHT.distance * Math.abs(i / n - j / m);

  words.forEach((word, i) => {
    // Latin words and numbers: the same word or value on the English side ("60 亿" ↔ "6 billion").
    const latin = /[A-Za-z]/u.test(word.text) ? (word.text.toLowerCase().match(/[a-z][a-z0-9.]*/gu) ?? []) : [];
    const numbers = numbersOf(word.text);
    en.forEach((e, j) => {
      const lower = e.text.toLowerCase();
      if (latin.some((l) => l === lower || l.replace(/\.$/u, '') === lower)) {
        candidates.push({ word: i, sense: -1, english: [j], score: WEIGHT.anchor - near(i, j) });
      }
      const value = englishValue(en, j);
      if (value && numbers.includes(value.value)) {
        candidates.push({ word: i, sense: -1, english: value.words, score: WEIGHT.anchor - near(i, j) });
      }
    });
    const month = monthOf(
      word.text,
      words
        .slice(Math.max(0, i - 2), i)
        .map((w) => w.text)
        .join(''),
    );
    if (month) {
      en.forEach((e, j) => {
        if (e.text.toLowerCase() === month)
          candidates.push({ word: i, sense: -1, english: [j], score: WEIGHT.anchor - near(i, j) });
      });
    }
    const glosses = FUNCTION_GLOSSES[word.text];
    if (glosses) {
      en.forEach((e, j) => {
        const t = e.text.toLowerCase();
        if (!glosses.includes(t)) return;
        // The sense meant: the first that says the English word ("(noun suffix) on"), else the word's usual grammatical one.
        const says = new RegExp(`(^|[^a-z'])${t}([^a-z]|$)`, 'u');
        let sense = word.senses.findIndex((x) => says.test(x));
        const hint = SENSE_HINT[word.text];
        if (sense < 0 && hint) sense = word.senses.findIndex((x) => hint.test(x));
        // Else its first grammatical sense ("towards; at; for" for 对 translated "on").
        if (sense < 0) sense = word.senses.findIndex((x) => isGrammatical(x) && !/classifier|^CL:/u.test(x));
        candidates.push({ word: i, sense, english: [j], score: WEIGHT.function - near(i, j) * 2, weak: true });
      });
    }
    if (word.pinyin) {
      for (const j of pinyinMatches(word.pinyin, en))
        candidates.push({ word: i, sense: -1, english: [j], score: WEIGHT.anchor - near(i, j) });
    }
    word.senses.forEach((sense, k) => {
      const matches = senseMatches(sense, en);
      if (matches.length === 0) return;
      // Each English word the sense matches is a candidate; the words of one multi-word sense
      // that stand next to it ("news agency") come with it.
      for (const { index: j, weight } of matches) {
        const group = matches
          .filter((o) => Math.abs(o.index - j) <= 2 && o.weight >= WEIGHT.function)
          .map((o) => o.index);
        const bonus = 0.05 * (new Set(group).size - 1);
        candidates.push({
          word: i,
          sense: k,
          english: [...new Set(group)].sort((a, b) => a - b),
          score: weight + bonus - WEIGHT.rank * k - near(i, j) + (word.curated ? WEIGHT.curated : 0),
          weak: weight <= WEIGHT.function,
        });
      }
    });
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
  const wordIndexAt = (p: number) => {
    let j = 0;
    while (j + 1 < en.length && (en[j + 1]?.start ?? Infinity) <= p) j += 1;
    return p >= (en[j]?.end ?? 0) ? j + 0.5 : j;
  };
  let lastMark = words.length - 1;
  while (lastMark > 0 && /^["“”’)）」』]$/u.test(words[lastMark]?.text ?? '')) lastMark -= 1;
  words.forEach((word, i) => {
    const cls = PUNCT_CLASSES.find(([zh]) => zh.test(word.text));
    if (!cls) return;
    let best = -1;
    let bestDistance = Infinity;
    // A Chinese comma often ends an English sentence or clause: a period or semicolon is second best.
    const second = /[,，、]/u.test(word.text) ? /[.;]/u : null;
    for (let p = 0; p < english.length; p += 1) {
      const ch = english[p] as string;
      const primary = cls[1].test(ch);
      if (usedPunct.has(p) || !(primary || second?.test(ch))) continue;
      // A period inside a number or an abbreviation (3.5, Dr.) is not the sentence's full stop.
      if (
        english[p] === '.' &&
        (/\w/u.test(english[p + 1] ?? '') || /^[A-Z][a-z]?$/u.test(english.slice(0, p).split(/\s/u).pop() ?? ''))
      )
        continue;
      const d = Math.abs(wordIndexAt(p) - (expected[i] ?? 0)) + (primary ? 0 : 1.5);
      if (d < bestDistance) {
        bestDistance = d;
        best = p;
      }
    }
    // The sentence's last mark and the line's last mark close the same sentence.
    const last = /[.?!]["”’)]*\s*$/u.exec(english);
    if (last && i === lastMark && !usedPunct.has(last.index) && cls[1].test(english[last.index] as string)) {
      best = last.index;
      bestDistance = 0;
    }
    if (best >= 0 && bestDistance <= PUNCT_REACH) {
      usedPunct.add(best);
      result[i] = { spans: [[best, best + 1]], sense: -1, score: WEIGHT.punctuation };
    }
  });
  return result;
}
