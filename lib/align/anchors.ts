/**
 * Anchors for sentence alignment: things a Chinese sentence and its English share whatever the
 * wording. Numbers (Chinese numerals read as digits, 万 and 亿 and million/billion as powers of
 * ten), Latin words (xAI, GPU, S门 → s) and CC-CEDICT words whose senses appear in the English.
 * Pure: the dictionary is passed in.
 */
import { isHan } from '../text/chars';

/** The part of lib/dictionary/cedict's Dictionary the aligner uses. */
import { CHINESE_DIGITS, CHINESE_MAGNITUDES, CHINESE_UNITS } from '../text/numerals';

export type SenseLookup = {
  has(simplified: string): boolean;
  lookup(simplified: string): readonly { senses: readonly string[] }[];
};

const DIGIT = CHINESE_DIGITS;
const UNIT = CHINESE_UNITS;
const BIG = CHINESE_MAGNITUDES;
const NUMERAL = /[〇零一二两三四五六七八九十百千万亿]+/gu;

/** Reads a run of Chinese numerals: 十九 → [19], 二十 → [20], 一九二〇 → [1920], 七八 → [7, 8]. */
export function readChineseNumeral(run: string): number[] {
  const chars = Array.from(run);
  if (chars.every((c) => c in DIGIT)) {
    if (chars.length >= 3) return [Number(chars.map((c) => DIGIT[c]).join(''))];
    // 两三, 七八: "two or three", "seven or eight"; 一 alone is mostly "a", not a number.
    return chars.map((c) => DIGIT[c] as number).filter((v) => v !== 1 || chars.length > 1);
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of chars) {
    if (c in DIGIT) digit = DIGIT[c] as number;
    else if (c in UNIT) {
      section += (digit || 1) * (UNIT[c] as number);
      digit = 0;
    } else {
      total = (total + section + digit) * (BIG[c] as number);
      section = 0;
      digit = 0;
    }
  }
  return [total + section + digit];
}

/** Numbers in Chinese text: Arabic (with 万/亿 after them) and Chinese numerals. */
export function chineseNumbers(text: string): number[] {
  const out: number[] = [];
  // 3-4 万: the unit belongs to both ends of a range.
  const arabic = /(\d+(?:\.\d+)?)(?:\s*[-–~至]\s*(\d+(?:\.\d+)?))?\s*(万|亿)?/gu;
  for (const m of text.matchAll(arabic)) {
    const scale = m[3] ? (BIG[m[3]] as number) : 1;
    out.push(Math.round(Number(m[1]) * scale));
    if (m[2]) out.push(Math.round(Number(m[2]) * scale));
  }
  // 十分 "very", 万分 "extremely", 十足 "utter" are adverbs, not numbers.
  for (const m of text
    .replace(/十分|万分|十足/gu, ' ')
    .replace(/\d[\d.]*(?:\s*[-–~至]\s*\d[\d.]*)?\s*[万亿]?/gu, ' ')
    .matchAll(NUMERAL)) {
    // 万, 千, 百 without a digit before them (千万 "by all means", 万一 "in case", 百姓) are
    // words, not numbers: read only what follows them.
    // 零 alone is "small" (零钱 change, 零食 snacks), not zero.
    const run = m[0].replace(/^[万亿千百]+/u, '').replace(/^[零〇]$/u, '');
    if (run !== '') out.push(...readChineseNumeral(run));
  }
  return out;
}

const EN_WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  first: 1,
  second: 2,
  third: 3,
  fourfold: 4,
  twice: 2,
  half: 0.5,
  dozen: 12,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  // Months: 7 月 is July.
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};
const EN_SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** Numbers in English text: digits (1,300 · 1.3 million · 4:20) and number words. */
export function englishNumbers(text: string): number[] {
  const out: number[] = [];
  const rest = text.replace(
    /(\d[\d,]*(?:\.\d+)?)(?:\s*(thousand|million|billion)\b)?/giu,
    (_, n: string, scale?: string) => {
      const value = Number(n.replace(/,/gu, ''));
      out.push(Math.round(value * (scale ? (EN_SCALE[scale.toLowerCase()] as number) : 1)));
      return ' ';
    },
  );
  for (const m of rest.toLowerCase().matchAll(/[a-z]+(?:-[a-z]+)?/gu)) {
    const parts = m[0].split('-');
    const values = parts.map((p) => EN_WORD_NUMBERS[p]);
    if (values.every((v) => v !== undefined))
      out.push(values.reduce((a, b) => (a as number) + (b as number), 0) as number);
  }
  return out;
}

/** Latin words in Chinese text, lower-cased: "xAI 和 GPU" → ["xai", "gpu"]. */
export function latinWords(text: string): string[] {
  return Array.from(text.matchAll(/[A-Za-z][A-Za-z0-9]*/gu), (m) => m[0].toLowerCase());
}

const STOP = new Set(
  (
    'the a an of to in on for and or be is are was with as at by from that this it its sb sth one oneself ' +
    'someone something used also etc esp fig lit abbr old variant see cl classifier not no do make have ' +
    'his her their your my our up out off into over under about kind type sort person thing way form'
  ).split(' '),
);

/** A crude English stem, good enough to match "trains" and "training" to "train". */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/u, '');
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (w.length > suffix.length + 3 && w.endsWith(suffix)) return w.slice(0, -suffix.length);
  }
  return w;
}

/** Content-word stems of an English text. */
export function englishStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[a-z]+/gu)) if (!STOP.has(m[0]) && m[0].length > 1) out.add(stem(m[0]));
  return out;
}

export type DictWord = { word: string; stems: ReadonlySet<string> };

/**
 * Dictionary words of a Chinese sentence by greedy longest match (4 to 1 characters), each with
 * the content-word stems of its CC-CEDICT senses. Words whose senses hold no content word are
 * left out.
 */
export function dictionaryWords(text: string, dict: SenseLookup, cache: Map<string, ReadonlySet<string>>): DictWord[] {
  const chars = Array.from(text);
  const out: DictWord[] = [];
  let i = 0;
  while (i < chars.length) {
    if (!isHan(chars[i] as string)) {
      i += 1;
      continue;
    }
    let taken = 1;
    for (let len = Math.min(4, chars.length - i); len >= 2; len -= 1) {
      const w = chars.slice(i, i + len).join('');
      if (dict.has(w)) {
        taken = len;
        break;
      }
    }
    const word = chars.slice(i, i + taken).join('');
    let stems = cache.get(word);
    if (!stems) {
      const s = new Set<string>();
      for (const e of dict.lookup(word))
        for (const sense of e.senses) for (const st of englishStems(sense.replace(/\([^)]*\)/gu, ' '))) s.add(st);
      stems = s;
      cache.set(word, stems);
    }
    if (stems.size > 0) out.push({ word, stems });
    i += taken;
  }
  return out;
}

/** How many of `a` find a partner in `b` (multisets). */
export function matchCount<T>(a: readonly T[], b: readonly T[]): number {
  const left = new Map<T, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  let n = 0;
  for (const x of a) {
    const k = left.get(x) ?? 0;
    if (k > 0) {
      n += 1;
      left.set(x, k - 1);
    }
  }
  return n;
}

/** The members of `a` that find no partner in `b` (multisets). */
export function unmatched<T>(a: readonly T[], b: readonly T[]): T[] {
  const left = new Map<T, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  const out: T[] = [];
  for (const x of a) {
    const k = left.get(x) ?? 0;
    if (k > 0) left.set(x, k - 1);
    else out.push(x);
  }
  return out;
}
