/**
 * AnnotatedArticle → ArticleView: every decision about what a word shows, made once. The page,
 * the popover, the offline file, the handout, the search index, the exports and the difficulty
 * figures all read the result; none of them re-derives a sense, a name flag or a reading.
 * Pure: the traditional converter comes in as an argument.
 */
import type { AnnotatedArticle, Token, WordInfo } from '../annotate/types';
import type { Convert } from '../script/convert';
import { convertRuns } from '../script/convert';
import { normalizeNumbered } from '../pinyin/syllable';
import { isHan } from '../text/chars';
import { charSenses, isExactReading, orderSenses, type SenseRow } from '../sense/order';
import { ruleSense } from '../sense/rules';
import type { DictEntry } from '../dictionary/cedict';
import type { ArticleView, Sense, ViewEntry, ViewSentence, ViewToken, ViewWord } from './types';

/** How many dictionary senses an entry carries to the popover (in the order it lists them). */
export const ENTRY_SENSES = 6;

export type ViewDeps = {
  traditional: Convert;
  /** The level a learner can read a word at (lib/dictionary/hsk); the list level alone when absent. */
  hskEstimate?: (word: string) => number | undefined;
};

const sameReading = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length &&
  a.every((s, i) => normalizeNumbered(s).toLowerCase() === normalizeNumbered(b[i] ?? '').toLowerCase());

/** The annotation's readings of a word as dictionary entries, for lib/sense's ordering. */
function entriesOf(info: WordInfo | undefined): DictEntry[] {
  if (!info) return [];
  return info.readings.map((r) => ({
    simplified: info.word,
    traditional: info.traditional,
    pinyin: r.pinyin,
    senses: r.senses,
  }));
}

/**
 * The name flag: one rule, here. lib/sense/names decided it per occurrence at annotation time
 * (glossary kind, CC-CEDICT proper-noun entries, word classes, name shapes); a word no dictionary
 * has that is shaped like a name (gloss 'name') counts too.
 */
function isNameToken(token: Token, info: WordInfo | undefined): boolean {
  return token.name !== undefined || info?.gloss === 'name';
}

const toSense = (r: SenseRow): Sense => ({ pinyin: [...r.pinyin], text: r.text, proper: r.proper });

type Builder = {
  article: AnnotatedArticle;
  entries: ViewEntry[];
  byKey: Map<string, number>;
  /** Per entry, every sense text its occurrences use (kept even beyond ENTRY_SENSES). */
  used: Map<number, Set<string>>;
  /** Per entry, its full ordered senses, before the cut. */
  ordered: Map<number, Sense[]>;
  hskEstimate?: ((word: string) => number | undefined) | undefined;
};

function charLine(b: Builder, char: string, syllable: string): { pinyin: string; sense: string; traditional: string } {
  const info = b.article.dictionary[char];
  const rows = charSenses(char, syllable, entriesOf(info));
  const first = rows.find((r) => !r.proper) ?? rows[0];
  return {
    pinyin: syllable || first?.pinyin[0] || '',
    sense: first?.text ?? '',
    traditional: info?.traditional ?? char,
  };
}

/** The entry for a word read with `reading`, made on first use. */
function entryFor(b: Builder, token: Token, reading: string[], name: boolean): number {
  const word = token.entry ?? token.text;
  const exact = isExactReading(token.pinyin?.source);
  const key = `${word}\u0000${reading.map((s) => s.toLowerCase()).join(' ')}${exact ? '\u0000=' : ''}`;
  const known = b.byKey.get(key);
  if (known !== undefined) return known;
  const info = b.article.dictionary[word];
  const ordered = orderSenses(entriesOf(info), reading, { name, exact }).map(toSense);
  const entry: ViewEntry = {
    word,
    traditional: info?.traditional ?? word,
    reading,
    kind: info?.gloss ?? 'composed',
    senses: ordered,
  };
  if (info?.hsk) entry.hsk = info.hsk;
  if (info?.glossary) entry.glossary = info.glossary;
  if (info?.parts) {
    const parts = info.parts;
    let at = 0;
    entry.parts = parts.map((p, k) => {
      const part = b.article.dictionary[p];
      const length = Array.from(p).length;
      // The part's own reading in this word (数千万: 数 shù "several", not shǔ "to count") ...
      const ordered = orderSenses(entriesOf(part), reading.slice(at, at + length), { name: false });
      const common = ordered.filter((r) => !r.proper);
      const rows = common.length > 0 ? common : ordered;
      at += length;
      // ... and the rules of the language among the parts (此项, 一笔: a classifier after a demonstrative or numeral).
      const ruled = ruleSense(rows, {
        word: p,
        before: parts.slice(0, k).join(''),
        after: parts.slice(k + 1).join(''),
        left: k > 0 ? [{ text: parts[k - 1] as string }] : [],
        right: k + 1 < parts.length ? [{ text: parts[k + 1] as string }] : [],
      }).index;
      const level = b.hskEstimate?.(p) ?? part?.hsk;
      return { word: p, sense: (rows[ruled] ?? rows[0])?.text ?? '', ...withLevel(level) };
    });
  }
  if (info?.rare) entry.rare = { codePoint: info.rare.codePoint };
  const chars = Array.from(word);
  if (chars.length > 1)
    entry.chars = chars.map((char, i) =>
      isHan(char)
        ? { char, ...charLine(b, char, reading[i] ?? '') }
        : { char, traditional: char, pinyin: '', sense: '' },
    );
  b.entries.push(entry);
  const index = b.entries.length - 1;
  b.byKey.set(key, index);
  b.ordered.set(index, ordered);
  return index;
}

/** What this occurrence shows first, and why: the glossary, the author's pin, the English line, the order. */
function firstLine(
  b: Builder,
  e: number,
  token: Token,
  name: boolean,
): Pick<ViewWord, 'first' | 'firstFrom' | 'sense' | 'matched'> {
  const entry = b.entries[e] as ViewEntry;
  const matched = token.use?.matched.map(([x, y]): [number, number] => [x, y]) ?? [];
  if (entry.glossary) return { first: entry.glossary.sense, firstFrom: 'glossary', sense: -1, matched };
  const use = token.use;
  const at = use ? entry.senses.findIndex((s) => s.text === use.sense) : -1;
  if (use && at >= 0) {
    markUsed(b, e, use.sense);
    const from = use.from === 'pinned' ? 'pinned' : use.from === 'sentence' ? 'sentence' : name ? 'name' : 'dictionary';
    return { first: use.sense, firstFrom: from, sense: at, matched };
  }
  const index = entry.senses.findIndex((s) => (name || !s.proper) && sameReading(s.pinyin, entry.reading));
  const sense = entry.senses[index >= 0 ? index : 0];
  if (sense) markUsed(b, e, sense.text);
  if (sense)
    return { first: sense.text, firstFrom: name ? 'name' : 'dictionary', sense: index >= 0 ? index : 0, matched };
  if (entry.parts?.length)
    return { first: entry.parts.map((p) => p.sense || p.word).join(' + '), firstFrom: 'composed', sense: -1, matched };
  return { first: '', firstFrom: name ? 'name' : 'none', sense: -1, matched };
}

const withLevel = (level: number | undefined): { hsk?: number } => (level ? { hsk: level } : {});

function markUsed(b: Builder, e: number, text: string): void {
  const used = b.used.get(e) ?? new Set<string>();
  used.add(text);
  b.used.set(e, used);
}

function viewSentence(b: Builder, id: string, tokens: readonly Token[], en: string, deps: ViewDeps): ViewSentence {
  const traditional = convertRuns(
    tokens.map((t) => t.text),
    deps.traditional,
  );
  const out: ViewToken[] = tokens.map((t, i) => {
    const token: ViewToken = { text: t.text, traditional: traditional[i] ?? t.text };
    if (t.kind !== 'han' || !t.pinyin || !t.entry) return token;
    const citation = [...t.pinyin.citation];
    const name = isNameToken(t, b.article.dictionary[t.entry]);
    const e = entryFor(b, t, citation, name);
    token.word = {
      entry: e,
      citation,
      spoken: [...t.pinyin.spoken],
      alternatives: (t.pinyin.alternatives ?? []).map((a) => [...a]),
      ...firstLine(b, e, t, name),
      name,
      ...withLevel(deps.hskEstimate?.(t.text) ?? t.hsk),
    };
    return token;
  });
  return {
    id,
    tokens: out,
    zh: out.map((t) => t.text).join(''),
    zhTraditional: out.map((t) => t.traditional).join(''),
    en,
  };
}

export function buildView(article: AnnotatedArticle, deps: ViewDeps): ArticleView {
  const b: Builder = {
    article,
    entries: [],
    byKey: new Map(),
    used: new Map(),
    ordered: new Map(),
    hskEstimate: deps.hskEstimate,
  };
  const title = viewSentence(b, 't', article.title, article.enMeta.title, deps);
  const paragraphs = article.paragraphs.map((p, pi) => ({
    kind: p.kind,
    pending: p.pending,
    sentences: p.sentences.map((s, si) => viewSentence(b, `${pi}.${si}`, s.tokens, p.pending ? '' : s.en, deps)),
  }));
  cutSenses(b, [title, ...paragraphs.flatMap((p) => p.sentences)]);
  const convert = (text?: string) => (text ? deps.traditional(text) : undefined);
  const { meta } = article;
  return {
    slug: article.slug,
    hash: article.hash,
    meta: article.meta,
    metaTraditional: {
      title: title.zhTraditional,
      ...(meta.author ? { author: convert(meta.author) } : {}),
      ...(meta.editor ? { editor: convert(meta.editor) } : {}),
      ...(meta.source ? { source: convert(meta.source) } : {}),
    },
    enMeta: article.enMeta,
    title,
    paragraphs,
    entries: b.entries,
  };
}

/**
 * Each entry keeps its first ENTRY_SENSES senses plus every sense one of its occurrences uses
 * (作为's "as" is CC-CEDICT's 7th), and the occurrences' indices follow the cut.
 */
function cutSenses(b: Builder, sentences: readonly ViewSentence[]): void {
  const remap = new Map<number, Map<number, number>>();
  b.entries.forEach((entry, e) => {
    const all = b.ordered.get(e) ?? entry.senses;
    const used = b.used.get(e) ?? new Set<string>();
    const kept: Sense[] = [];
    const map = new Map<number, number>();
    all.forEach((s, i) => {
      if (i < ENTRY_SENSES || used.has(s.text)) {
        map.set(i, kept.length);
        kept.push(s);
      }
    });
    entry.senses = kept;
    remap.set(e, map);
  });
  for (const s of sentences)
    for (const t of s.tokens) {
      const w = t.word;
      if (w && w.sense >= 0) w.sense = remap.get(w.entry)?.get(w.sense) ?? -1;
    }
}

export { allSentences, allWords } from './walk';

export type { Sense };
