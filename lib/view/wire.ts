/**
 * The one format in which an article's view reaches the browser (out/data/<slug>.json), versioned.
 * The page's markup carries only what the default view draws; everything else a client leaf needs
 * (the popover entry, the sense used here, spoken tones, alternatives, the traditional spelling,
 * the plain text of each sentence in each script) is here, one row per word occurrence in the
 * order the words stand in the page. `decodeArticleData` runs in the browser and checks every
 * field: a row it does not understand is skipped and reported, so a stale or damaged file costs a
 * gloss, never the page.
 */
import type { GlossKind } from '../annotate/types';
import type { ArticleView, Sense, ViewEntry, ViewWord } from './types';
import { allSentences } from './walk';

export const DATA_VERSION = 2;

const KINDS: readonly GlossKind[] = ['dictionary', 'glossary', 'composed', 'name', 'rare'];
const FROM: readonly ViewWord['firstFrom'][] = [
  'dictionary',
  'glossary',
  'pinned',
  'sentence',
  'name',
  'composed',
  'none',
];

/** An entry row: word, traditional ('' = same), reading, kind, HSK (0 = none), senses grouped by reading, extras. */
type EntryRow = {
  w: string;
  t?: string;
  r: string;
  k: number;
  h?: number;
  /** [pinyin, proper (1/0), ...senses] per reading, in the order listed. */
  s: (string | number)[][];
  g?: { pinyin: string; sense: string; note?: string; kind?: 'name' | 'skip' };
  /** [word, sense, HSK level?] per part. */
  p?: ([string, string] | [string, string, number])[];
  /** Indices into WireData.chars. */
  c?: number[];
  x?: string;
};

/** A word occurrence: entry, sentence index, sense index, why, flags; the rest only where it differs. */
type WordRow = {
  e: number;
  s: number;
  i: number;
  f: number;
  /** 1 = a name. */
  n?: 1;
  /** Citation when it differs from the entry's reading (case). */
  c?: string;
  /** Spoken syllables when they differ from the citation. */
  p?: string;
  a?: string[];
  /** Traditional spelling when it differs from the entry's. */
  t?: string;
  m?: [number, number][];
  /** The level the word is read at, when it differs from the entry's list level (0 = none). */
  h?: number;
};

export type WireData = {
  v: typeof DATA_VERSION;
  slug: string;
  entries: EntryRow[];
  /** [character, traditional ('' = same), reading, sense]: shared by the words that use them. */
  chars: [string, string, string, string][];
  /** [id, zh, zh traditional ('' = same), en]. */
  sentences: [string, string, string, string][];
  words: WordRow[];
};

/** What a client leaf reads: the view's facts, indexed by word occurrence. */
export type ClientWord = ViewWord & { sentence: number; traditional: string };
export type ClientSentence = { id: string; zh: string; zhTraditional: string; en: string };
export type ArticleData = {
  slug: string;
  entries: ViewEntry[];
  sentences: ClientSentence[];
  /** In page order: the n-th word element of the page is words[n]. */
  words: ClientWord[];
  /** Rows that were skipped, with why (empty for a good file). */
  problems: string[];
};

const join = (syllables: readonly string[]) => syllables.join(' ');
const split = (text: string) => (text ? text.split(' ') : []);

function encodeSenses(senses: readonly Sense[]): (string | number)[][] {
  const groups: (string | number)[][] = [];
  let last = '';
  for (const s of senses) {
    const head = `${join(s.pinyin)}|${s.proper ? 1 : 0}`;
    if (head !== last || groups.length === 0) groups.push([join(s.pinyin), s.proper ? 1 : 0]);
    last = head;
    (groups[groups.length - 1] as (string | number)[]).push(s.text);
  }
  return groups;
}

export function encodeArticleData(view: ArticleView): WireData {
  const chars: WireData['chars'] = [];
  const charIndex = new Map<string, number>();
  const charRow = (c: NonNullable<ViewEntry['chars']>[number]): number => {
    const row: [string, string, string, string] = [
      c.char,
      c.traditional === c.char ? '' : c.traditional,
      c.pinyin,
      c.sense,
    ];
    const key = row.join('\u0000');
    let i = charIndex.get(key);
    if (i === undefined) {
      i = chars.push(row) - 1;
      charIndex.set(key, i);
    }
    return i;
  };
  const entries: EntryRow[] = view.entries.map((e) => {
    const row: EntryRow = { w: e.word, r: join(e.reading), k: KINDS.indexOf(e.kind), s: encodeSenses(e.senses) };
    if (e.traditional !== e.word) row.t = e.traditional;
    if (e.hsk) row.h = e.hsk;
    if (e.glossary) row.g = e.glossary;
    if (e.parts) row.p = e.parts.map((p) => (p.hsk ? [p.word, p.sense, p.hsk] : [p.word, p.sense]));
    if (e.chars) row.c = e.chars.map(charRow);
    if (e.rare) row.x = e.rare.codePoint;
    return row;
  });
  const sentences: WireData['sentences'] = [];
  const words: WordRow[] = [];
  allSentences(view).forEach((s, si) => {
    sentences.push([s.id, s.zh, s.zhTraditional === s.zh ? '' : s.zhTraditional, s.en]);
    for (const token of s.tokens) {
      const w = token.word;
      if (!w) continue;
      const entry = view.entries[w.entry] as ViewEntry;
      const row: WordRow = { e: w.entry, s: si, i: w.sense, f: FROM.indexOf(w.firstFrom) };
      if (w.name) row.n = 1;
      if (join(w.citation) !== join(entry.reading)) row.c = join(w.citation);
      if (join(w.spoken) !== join(w.citation)) row.p = join(w.spoken);
      if (w.alternatives.length > 0) row.a = w.alternatives.map(join);
      if (token.traditional !== entry.traditional) row.t = token.traditional;
      if (w.matched.length > 0) row.m = w.matched;
      if ((w.hsk ?? 0) !== (entry.hsk ?? 0)) row.h = w.hsk ?? 0;
      words.push(row);
    }
  });
  return { v: DATA_VERSION, slug: view.slug, entries, chars, sentences, words };
}

// ---- decoding (browser) -------------------------------------------------------------------------

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const optStr = (v: unknown) => v === undefined || isStr(v);

type CharRow = [string, string, string, string];

function decodeEntry(raw: unknown, chars: readonly (CharRow | null)[]): ViewEntry | string {
  if (!isObj(raw)) return 'not an object';
  const { w, t, r, k, h, s, g, p, c, x } = raw;
  if (!isStr(w) || !w) return 'w (word) missing';
  if (!optStr(t)) return 't (traditional) not a string';
  if (!isStr(r)) return 'r (reading) not a string';
  const kind = isInt(k) ? KINDS[k] : undefined;
  if (!kind) return 'k (kind) unknown';
  if (h !== undefined && !(isInt(h) && h >= 1 && h <= 6)) return 'h (HSK) not 1–6';
  if (!Array.isArray(s)) return 's (senses) not a list';
  const senses: Sense[] = [];
  for (const group of s) {
    if (!Array.isArray(group) || !isStr(group[0]) || (group[1] !== 0 && group[1] !== 1)) return 's: bad reading group';
    const texts = group.slice(2);
    if (!texts.every(isStr)) return 's: a sense is not text';
    for (const text of texts) senses.push({ pinyin: split(group[0]), text, proper: group[1] === 1 });
  }
  const entry: ViewEntry = { word: w, traditional: t || w, reading: split(r), kind, senses };
  if (h !== undefined) entry.hsk = h;
  if (g !== undefined) {
    if (!isObj(g) || !isStr(g.pinyin) || !isStr(g.sense) || !optStr(g.note)) return 'g (glossary) malformed';
    if (g.kind !== undefined && g.kind !== 'name' && g.kind !== 'skip') return 'g.kind not name or skip';
    entry.glossary = {
      pinyin: g.pinyin,
      sense: g.sense,
      ...(isStr(g.note) ? { note: g.note } : {}),
      ...(g.kind === 'name' || g.kind === 'skip' ? { kind: g.kind } : {}),
    };
  }
  if (p !== undefined) {
    const ok = (x: unknown) =>
      Array.isArray(x) && isStr(x[0]) && isStr(x[1]) && (x.length === 2 || (x.length === 3 && isInt(x[2])));
    if (!Array.isArray(p) || !p.every(ok)) return 'p (parts) malformed';
    entry.parts = (p as [string, string, number?][]).map(([word, sense, hsk]) => ({
      word,
      sense,
      ...(hsk ? { hsk } : {}),
    }));
  }
  if (c !== undefined) {
    const rows = Array.isArray(c) ? c.map((i) => (isInt(i) ? chars[i] : null)) : [null];
    if (!rows.every((r): r is CharRow => !!r)) return 'c (characters) malformed';
    entry.chars = rows.map(([char, trad, pinyin, sense]) => ({ char, traditional: trad || char, pinyin, sense }));
  }
  if (x !== undefined) {
    if (!isStr(x)) return 'x (code point) not a string';
    entry.rare = { codePoint: x };
  }
  return entry;
}

function firstOf(entry: ViewEntry, sense: number, from: ViewWord['firstFrom']): string {
  if (from === 'glossary') return entry.glossary?.sense ?? '';
  if (from === 'composed') return (entry.parts ?? []).map((p) => p.sense || p.word).join(' + ');
  return entry.senses[sense]?.text ?? '';
}

function decodeWord(raw: unknown, entries: readonly (ViewEntry | null)[], sentences: number): ClientWord | string {
  if (!isObj(raw)) return 'not an object';
  const { e, s, i, f, n, c, p, a, t, m, h } = raw;
  const entry = isInt(e) ? entries[e] : undefined;
  if (!entry) return 'e (entry) unknown';
  if (!isInt(s) || s < 0 || s >= sentences) return 's (sentence) out of range';
  if (!isInt(i) || i < -1 || i >= Math.max(1, entry.senses.length)) return 'i (sense) out of range';
  const from = isInt(f) ? FROM[f] : undefined;
  if (!from) return 'f (reason) unknown';
  if (n !== undefined && n !== 1) return 'n (name) not 1';
  if (!optStr(c) || !optStr(p) || !optStr(t)) return 'c/p/t not text';
  if (a !== undefined && !(Array.isArray(a) && a.every(isStr))) return 'a (alternatives) malformed';
  if (m !== undefined && !(Array.isArray(m) && m.every((x) => Array.isArray(x) && x.length === 2 && x.every(isInt))))
    return 'm (matched) malformed';
  if (h !== undefined && !(isInt(h) && h >= 0 && h <= 6)) return 'h (HSK) not 0–6';
  const level = isInt(h) ? h : entry.hsk;
  const citation = isStr(c) ? split(c) : [...entry.reading];
  return {
    entry: e as number,
    sentence: s,
    citation,
    spoken: isStr(p) ? split(p) : citation,
    alternatives: ((a as string[] | undefined) ?? []).map(split),
    sense: i,
    first: firstOf(entry, i, from),
    firstFrom: from,
    matched: (m as [number, number][] | undefined) ?? [],
    name: n === 1,
    ...(level ? { hsk: level } : {}),
    traditional: isStr(t) ? t : entry.traditional,
  };
}

/** The file's content back into the view's facts; what does not check out is left out and listed. */
export function decodeArticleData(raw: unknown): ArticleData {
  const empty: ArticleData = { slug: '', entries: [], sentences: [], words: [], problems: [] };
  if (!isObj(raw)) return { ...empty, problems: ['not an object'] };
  if (raw.v !== DATA_VERSION) return { ...empty, problems: [`version ${String(raw.v)}, expected ${DATA_VERSION}`] };
  const problems: string[] = [];
  const chars = (Array.isArray(raw.chars) ? raw.chars : []).map((row: unknown) =>
    Array.isArray(row) && row.length === 4 && row.every(isStr) ? (row as CharRow) : null,
  );
  const entries = (Array.isArray(raw.entries) ? raw.entries : []).map((row, i) => {
    const d = decodeEntry(row, chars);
    if (typeof d === 'string') {
      problems.push(`entries[${i}]: ${d}`);
      return null;
    }
    return d;
  });
  const sentences: ClientSentence[] = [];
  (Array.isArray(raw.sentences) ? raw.sentences : []).forEach((row, i) => {
    if (Array.isArray(row) && row.length === 4 && row.every(isStr)) {
      const [id, zh, trad, en] = row as [string, string, string, string];
      sentences.push({ id, zh, zhTraditional: trad || zh, en });
    } else {
      problems.push(`sentences[${i}]: not [id, zh, traditional, en]`);
      sentences.push({ id: '', zh: '', zhTraditional: '', en: '' });
    }
  });
  const words: ClientWord[] = [];
  (Array.isArray(raw.words) ? raw.words : []).forEach((row, i) => {
    const d = decodeWord(row, entries, sentences.length);
    if (typeof d === 'string') problems.push(`words[${i}]: ${d}`);
    // A placeholder keeps the n-th row paired with the n-th word on the page.
    words.push(typeof d === 'string' ? UNKNOWN_WORD : d);
  });
  return {
    slug: isStr(raw.slug) ? raw.slug : '',
    entries: entries.map((e) => e ?? UNKNOWN_ENTRY),
    sentences,
    words,
    problems,
  };
}

/** Stand-ins for skipped rows: the word shows no popover (entry -1), the rest of the page works. */
const UNKNOWN_ENTRY: ViewEntry = { word: '', traditional: '', reading: [], kind: 'composed', senses: [] };
const UNKNOWN_WORD: ClientWord = {
  entry: -1,
  sentence: -1,
  citation: [],
  spoken: [],
  alternatives: [],
  sense: -1,
  first: '',
  firstFrom: 'none',
  matched: [],
  name: false,
  traditional: '',
};
