/**
 * One pinyin syllable in three spellings. The pipeline stores numbered syllables (`rong2`,
 * neutral tone 5, ü as `ü`) because they are exact and easy to compare; marks and zhuyin are
 * derived for display. Capital letters (proper names in CC-CEDICT: `Ma3`) are kept.
 */

export type ToneStyle = 'marks' | 'numbers' | 'zhuyin';
export type Tone = 1 | 2 | 3 | 4 | 5;

const MARKS: Record<string, readonly [string, string, string, string]> = {
  a: ['ā', 'á', 'ǎ', 'à'],
  e: ['ē', 'é', 'ě', 'è'],
  i: ['ī', 'í', 'ǐ', 'ì'],
  o: ['ō', 'ó', 'ǒ', 'ò'],
  u: ['ū', 'ú', 'ǔ', 'ù'],
  ü: ['ǖ', 'ǘ', 'ǚ', 'ǜ'],
  A: ['Ā', 'Á', 'Ǎ', 'À'],
  E: ['Ē', 'É', 'Ě', 'È'],
  I: ['Ī', 'Í', 'Ǐ', 'Ì'],
  O: ['Ō', 'Ó', 'Ǒ', 'Ò'],
  U: ['Ū', 'Ú', 'Ǔ', 'Ù'],
  Ü: ['Ǖ', 'Ǘ', 'Ǚ', 'Ǜ'],
};

/** Marked vowel → [plain vowel, tone]. */
const UNMARK = new Map<string, [string, Tone]>();
for (const [plain, marked] of Object.entries(MARKS)) {
  marked.forEach((m, i) => UNMARK.set(m, [plain, (i + 1) as Tone]));
}

/**
 * Answers of the syllable functions below per input: a text has a few hundred distinct syllables,
 * read again for every word. Bounded: emptied when it reaches MEMO_LIMIT (anything can be asked).
 */
const MEMO_LIMIT = 20_000;
function memo<T>(cache: Map<string, T>, key: string, compute: (key: string) => T): T {
  let hit = cache.get(key);
  if (hit === undefined) {
    hit = compute(key);
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(key, hit);
  }
  return hit;
}

const NUMBERED = /^(.*?)([1-5])?$/u;
const parsed = new Map<string, readonly [string, Tone]>();
function parse(syllable: string): readonly [string, Tone] {
  const m = NUMBERED.exec(syllable);
  const body = (m?.[1] ?? syllable).replace(/u:|v/gu, 'ü').replace(/U:|V/gu, 'Ü');
  return [body, (m?.[2] ? Number(m[2]) : 5) as Tone];
}

/** Splits `rong2` into body and tone; a body without a digit is neutral (5). */
export function parseNumbered(syllable: string): { body: string; tone: Tone } {
  const [body, tone] = memo(parsed, syllable, parse);
  return { body, tone };
}

export function toneOf(syllable: string): Tone {
  return parseNumbered(syllable).tone;
}

/** Where the tone mark goes: a/e first, then the o of ou, else the last vowel. */
function markIndex(body: string): number {
  const lower = body.toLowerCase();
  const ae = lower.search(/[ae]/u);
  if (ae >= 0) return ae;
  const ou = lower.indexOf('ou');
  if (ou >= 0) return ou;
  for (let i = lower.length - 1; i >= 0; i -= 1) {
    if ('iouü'.includes(lower[i] as string)) return i;
  }
  return -1;
}

/** `lu:4` → `lǜ`, `Ma3` → `Mǎ`, `de5` → `de`. Non-pinyin text (letters in `3C`) passes through. */
export function numberedToMarks(syllable: string): string {
  const { body, tone } = parseNumbered(syllable);
  if (tone === 5) return body;
  const i = markIndex(body);
  if (i < 0) return body;
  const vowel = body[i] as string;
  const marked = MARKS[vowel]?.[tone - 1];
  return marked ? body.slice(0, i) + marked + body.slice(i + 1) : body;
}

const unmarked = new Map<string, string>();

/** `róng` → `rong2`; `de` → `de5`. */
export function marksToNumbered(syllable: string): string {
  return memo(unmarked, syllable, unmark);
}

function unmark(syllable: string): string {
  let tone: Tone = 5;
  let body = '';
  for (const ch of syllable.normalize('NFC')) {
    const hit = UNMARK.get(ch);
    if (hit) {
      body += hit[0];
      tone = hit[1];
    } else {
      body += ch;
    }
  }
  return `${body}${tone}`;
}

/** Numbered with neutral written as 5 (`rong2`, `de5`); what the pipeline stores. */
export function normalizeNumbered(syllable: string): string {
  const { body, tone } = parseNumbered(syllable.trim());
  return `${body}${tone}`;
}

const INITIALS = [
  'zh',
  'ch',
  'sh',
  'b',
  'p',
  'm',
  'f',
  'd',
  't',
  'n',
  'l',
  'g',
  'k',
  'h',
  'j',
  'q',
  'x',
  'r',
  'z',
  'c',
  's',
];
const ZHUYIN_INITIAL: Record<string, string> = {
  b: 'ㄅ',
  p: 'ㄆ',
  m: 'ㄇ',
  f: 'ㄈ',
  d: 'ㄉ',
  t: 'ㄊ',
  n: 'ㄋ',
  l: 'ㄌ',
  g: 'ㄍ',
  k: 'ㄎ',
  h: 'ㄏ',
  j: 'ㄐ',
  q: 'ㄑ',
  x: 'ㄒ',
  zh: 'ㄓ',
  ch: 'ㄔ',
  sh: 'ㄕ',
  r: 'ㄖ',
  z: 'ㄗ',
  c: 'ㄘ',
  s: 'ㄙ',
};
const ZHUYIN_FINAL: Record<string, string> = {
  a: 'ㄚ',
  o: 'ㄛ',
  e: 'ㄜ',
  ê: 'ㄝ',
  ai: 'ㄞ',
  ei: 'ㄟ',
  ao: 'ㄠ',
  ou: 'ㄡ',
  an: 'ㄢ',
  en: 'ㄣ',
  ang: 'ㄤ',
  eng: 'ㄥ',
  ong: 'ㄨㄥ',
  er: 'ㄦ',
  i: 'ㄧ',
  ia: 'ㄧㄚ',
  ie: 'ㄧㄝ',
  iao: 'ㄧㄠ',
  iu: 'ㄧㄡ',
  iou: 'ㄧㄡ',
  ian: 'ㄧㄢ',
  in: 'ㄧㄣ',
  iang: 'ㄧㄤ',
  ing: 'ㄧㄥ',
  iong: 'ㄩㄥ',
  u: 'ㄨ',
  ua: 'ㄨㄚ',
  uo: 'ㄨㄛ',
  uai: 'ㄨㄞ',
  ui: 'ㄨㄟ',
  uei: 'ㄨㄟ',
  uan: 'ㄨㄢ',
  un: 'ㄨㄣ',
  uen: 'ㄨㄣ',
  uang: 'ㄨㄤ',
  ueng: 'ㄨㄥ',
  ü: 'ㄩ',
  üe: 'ㄩㄝ',
  üan: 'ㄩㄢ',
  ün: 'ㄩㄣ',
  r: 'ㄦ',
};
/** Tone marks of zhuyin: 1 unmarked, 2 ˊ, 3 ˇ, 4 ˋ, neutral ˙ written before the syllable. */
const ZHUYIN_TONE = ['', 'ˊ', 'ˇ', 'ˋ'];

/** `rong2` → `ㄖㄨㄥˊ`, `de5` → `˙ㄉㄜ`, `shi4` → `ㄕˋ` (the empty rime of zhi/chi/shi/ri/zi/ci/si). */
export function numberedToZhuyin(syllable: string): string {
  const { body: raw, tone } = parseNumbered(syllable);
  let body = raw.toLowerCase();
  if (!/^[a-zü]+$/u.test(body)) return raw;
  // Erhua written into the syllable (wanr) → the base syllable plus ㄦ.
  let erhua = '';
  if (body.length > 2 && body.endsWith('r') && body !== 'er') {
    body = body.slice(0, -1);
    erhua = 'ㄦ';
  }
  const initial = INITIALS.find((i) => body.startsWith(i)) ?? '';
  let final = body.slice(initial.length);
  if (initial === '') {
    // y/w spellings of zero-initial syllables: yi → i, ya → ia, yu → ü, wu → u, wa → ua.
    if (final.startsWith('yu')) final = `ü${final.slice(2)}`;
    else if (final.startsWith('yi')) final = `i${final.slice(2)}`;
    else if (final.startsWith('y')) final = `i${final.slice(1)}`;
    else if (final.startsWith('wu')) final = `u${final.slice(2)}`;
    else if (final.startsWith('w')) final = `u${final.slice(1)}`;
  }
  if (['j', 'q', 'x'].includes(initial) && final.startsWith('u')) final = `ü${final.slice(1)}`;
  let zy: string;
  if (final === 'i' && ['zh', 'ch', 'sh', 'r', 'z', 'c', 's'].includes(initial)) {
    zy = ZHUYIN_INITIAL[initial] as string;
  } else {
    const f = ZHUYIN_FINAL[final];
    if (f === undefined) return raw;
    zy = (ZHUYIN_INITIAL[initial] ?? '') + f;
  }
  zy += erhua;
  return tone === 5 ? `˙${zy}` : zy + (ZHUYIN_TONE[tone - 1] ?? '');
}

export function formatSyllable(syllable: string, style: ToneStyle): string {
  switch (style) {
    case 'marks':
      return numberedToMarks(syllable);
    case 'numbers':
      return normalizeNumbered(syllable);
    case 'zhuyin':
      return numberedToZhuyin(syllable);
  }
}

/** A whole reading (`rong2 zi1`) in one style, syllables separated by spaces. */
export function formatReading(syllables: readonly string[], style: ToneStyle): string {
  return syllables.map((s) => formatSyllable(s, style)).join(' ');
}
