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
import { orderSenses, firstCommonSense } from './senses';
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

/**
 * The name flag: one rule, here. CC-CEDICT lists the word only as a proper noun (curated or not),
 * or no dictionary has it and it is shaped like a name (lib/annotate marks those as 'name').
 */
function isNameWord(info: WordInfo | undefined): boolean {
  if (!info) return false;
  if (info.gloss === 'name') return true;
  return info.readings.length > 0 && info.readings.every((r) => /^\p{Lu}/u.test(r.pinyin[0] ?? ''));
}

type Builder = {
  article: AnnotatedArticle;
  entries: ViewEntry[];
  byKey: Map<string, number>;
};

function charLine(b: Builder, char: string, syllable: string): { pinyin: string; sense: string; traditional: string } {
  const info = b.article.dictionary[char];
  const senses = info ? orderSenses(info.readings, syllable ? [syllable] : [], false) : [];
  const first = senses.find((s) => syllable && sameReading(s.pinyin, [syllable])) ?? senses[0];
  return {
    pinyin: syllable || first?.pinyin[0] || '',
    sense: firstCommonSense(senses, syllable ? [syllable] : []) ?? first?.text ?? '',
    traditional: info?.traditional ?? char,
  };
}

/** The entry for a word read with `reading`, made on first use. */
function entryFor(b: Builder, token: Token, reading: string[]): number {
  const word = token.entry ?? token.text;
  const key = `${word}\u0000${reading.map((s) => s.toLowerCase()).join(' ')}`;
  const known = b.byKey.get(key);
  if (known !== undefined) return known;
  const info = b.article.dictionary[word];
  const name = isNameWord(info);
  const entry: ViewEntry = {
    word,
    traditional: info?.traditional ?? word,
    reading,
    kind: info?.gloss ?? 'composed',
    senses: info ? orderSenses(info.readings, reading, name).slice(0, ENTRY_SENSES) : [],
  };
  if (info?.hsk) entry.hsk = info.hsk;
  if (info?.glossary) entry.glossary = info.glossary;
  if (info?.parts)
    entry.parts = info.parts.map((p) => {
      const part = b.article.dictionary[p];
      const senses = part ? orderSenses(part.readings, [], false) : [];
      return { word: p, sense: firstCommonSense(senses, []) ?? senses[0]?.text ?? '' };
    });
  if (info?.rare) entry.rare = { codePoint: info.rare.codePoint };
  const chars = Array.from(word);
  if (chars.length > 1)
    entry.chars = chars.map((char, i) =>
      isHan(char)
        ? { char, ...charLine(b, char, reading[i] ?? '') }
        : { char, traditional: char, pinyin: '', sense: '' },
    );
  b.entries.push(entry);
  b.byKey.set(key, b.entries.length - 1);
  return b.entries.length - 1;
}

/** What this occurrence shows first, and why. */
function firstLine(entry: ViewEntry, name: boolean): Pick<ViewWord, 'first' | 'firstFrom' | 'sense'> {
  if (entry.glossary) return { first: entry.glossary.sense, firstFrom: 'glossary', sense: -1 };
  const common = entry.senses.findIndex((s) => !s.proper && sameReading(s.pinyin, entry.reading));
  const matching = entry.senses.findIndex((s) => sameReading(s.pinyin, entry.reading));
  const index = name ? (matching >= 0 ? matching : 0) : common >= 0 ? common : matching >= 0 ? matching : 0;
  const sense = entry.senses[index];
  if (sense) return { first: sense.text, firstFrom: name ? 'name' : 'dictionary', sense: index };
  if (entry.parts?.length)
    return { first: entry.parts.map((p) => p.sense || p.word).join(' + '), firstFrom: 'composed', sense: -1 };
  return { first: '', firstFrom: name ? 'name' : 'none', sense: -1 };
}

const withLevel = (level: number | undefined): { hsk?: number } => (level ? { hsk: level } : {});

function viewSentence(b: Builder, id: string, tokens: readonly Token[], en: string, deps: ViewDeps): ViewSentence {
  const traditional = convertRuns(
    tokens.map((t) => t.text),
    deps.traditional,
  );
  const out: ViewToken[] = tokens.map((t, i) => {
    const token: ViewToken = { text: t.text, traditional: traditional[i] ?? t.text };
    if (t.kind !== 'han' || !t.pinyin || !t.entry) return token;
    const citation = [...t.pinyin.citation];
    const e = entryFor(b, t, citation);
    const entry = b.entries[e] as ViewEntry;
    const name = isNameWord(b.article.dictionary[t.entry]);
    token.word = {
      entry: e,
      citation,
      spoken: [...t.pinyin.spoken],
      alternatives: (t.pinyin.alternatives ?? []).map((a) => [...a]),
      ...firstLine(entry, name),
      matched: [],
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
  const b: Builder = { article, entries: [], byKey: new Map() };
  const title = viewSentence(b, 't', article.title, article.enMeta.title, deps);
  const paragraphs = article.paragraphs.map((p, pi) => ({
    kind: p.kind,
    pending: p.pending,
    sentences: p.sentences.map((s, si) => viewSentence(b, `${pi}.${si}`, s.tokens, p.pending ? '' : s.en, deps)),
  }));
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

/** Every sentence of the article in reading order, title first. */
export function allSentences(view: ArticleView): ViewSentence[] {
  return [view.title, ...view.paragraphs.flatMap((p) => p.sentences)];
}

/** Every word occurrence in reading order (title first), with the sentence it stands in. */
export function allWords(view: ArticleView): { token: ViewToken; word: ViewWord; sentence: ViewSentence }[] {
  const out: { token: ViewToken; word: ViewWord; sentence: ViewSentence }[] = [];
  for (const sentence of allSentences(view))
    for (const token of sentence.tokens) if (token.word) out.push({ token, word: token.word, sentence });
  return out;
}

export type { Sense };
