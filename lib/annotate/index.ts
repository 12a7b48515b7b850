/**
 * Article → AnnotatedArticle: paragraphs → sentences → tokens with pinyin and a gloss reference,
 * plus the article's own dictionary subset and difficulty figures. Pure: the segmenter and the
 * dictionary come in as arguments.
 */
import type { Article, GlossaryEntry } from '../content/schema';
import type { Dictionary } from '../dictionary/cedict';
import { isCrossReference } from '../dictionary/cedict';
import type { HskLevels } from '../dictionary/hsk';
import { chooseReading } from '../pinyin/choose';
import { sentenceReadings } from '../pinyin/context';
import { decidePolyphones, sentenceView, type PolyphoneModel } from '../pinyin/polyphone';
import { defaultPolyphoneModel } from '../pinyin/polyphone-data';
import { spokenTones } from '../pinyin/sandhi';
import type { Piece } from '../segment/tokenize';
import { splitSentences } from '../text/sentences';
import { countHan } from '../text/chars';
import type { AnnotatedArticle, AnnotatedParagraph, ArticleStats, Token, WordInfo } from './types';

export type SegmentFn = (text: string, userWords: ReadonlySet<string>) => Piece[];

export type AnnotateDeps = {
  segment: SegmentFn;
  dictionary: Dictionary;
  hsk: HskLevels;
  /** Readings an author pinned for this article: word → marked pinyin. */
  pinned?: ReadonlyMap<string, string>;
  /** The polyphone model; the shipped one (lib/pinyin/data/polyphones.json) when absent. */
  polyphones?: PolyphoneModel;
};

type Glossary = ReadonlyMap<string, GlossaryEntry>;

/** Segments and reads one sentence. */
export function annotateSentence(text: string, glossary: Glossary, deps: AnnotateDeps): Token[] {
  // Pinned words stay whole, like glossary terms, so their reading applies to the whole word.
  const pieces = deps.segment(text, new Set([...glossary.keys(), ...(deps.pinned?.keys() ?? [])]));
  const context = sentenceReadings(text);
  const decisions = decidePolyphones(
    sentenceView(pieces, context),
    deps.dictionary,
    deps.polyphones ?? defaultPolyphoneModel(),
  );
  let offset = 0;
  const tokens: Token[] = pieces.map((p) => {
    const len = Array.from(p.text).length;
    const start = offset;
    offset += len;
    if (p.kind !== 'han') return { text: p.text, kind: p.kind };
    const g = glossary.get(p.text);
    const chosen = chooseReading({
      word: p.text,
      dictionary: deps.dictionary,
      context: context.slice(start, start + len),
      decisions: decisions.slice(start, start + len),
      glossaryPinyin: g?.pinyin,
      pinned: deps.pinned?.get(p.text),
    });
    const token: Token = {
      text: p.text,
      kind: 'han',
      pinyin: { citation: chosen.citation, spoken: chosen.citation, source: chosen.source },
      entry: p.text,
    };
    if (chosen.alternatives && token.pinyin) token.pinyin.alternatives = chosen.alternatives;
    if (g) token.sense = g.sense;
    const level = deps.hsk.level(p.text);
    if (level !== undefined) token.hsk = level;
    return token;
  });
  const spoken = spokenTones(tokens.map((t) => ({ text: t.text, citation: t.pinyin?.citation ?? [] })));
  tokens.forEach((t, i) => {
    if (t.pinyin) t.pinyin.spoken = spoken[i] ?? t.pinyin.citation;
  });
  return tokens;
}

/** Longest dictionary words covering `word` left to right; single characters as the last resort. */
export function composeParts(word: string, dictionary: Dictionary): string[] {
  const chars = Array.from(word);
  const parts: string[] = [];
  let i = 0;
  while (i < chars.length) {
    let len = chars.length - i;
    if (i === 0) len -= 1; // the whole word is not in the dictionary, or we would not be here
    for (; len > 1; len -= 1) {
      if (dictionary.has(chars.slice(i, i + len).join(''))) break;
    }
    len = Math.max(1, len);
    parts.push(chars.slice(i, i + len).join(''));
    i += len;
  }
  return parts;
}

/** Senses per reading shipped to the page: the popover shows the first few, the rest is weight. */
const MAX_SENSES = 5;

/** Cross-references and classifier lists ("CL:个[ge4]") are not senses a reader needs in a popover. */
function isUsefulSense(sense: string): boolean {
  return !isCrossReference(sense) && !/^CL:/u.test(sense);
}

function realReadings(word: string, dictionary: Dictionary): WordInfo['readings'] {
  return dictionary
    .lookup(word)
    .map((e) => ({ pinyin: e.pinyin, senses: e.senses.filter(isUsefulSense).slice(0, MAX_SENSES) }))
    .filter((r) => r.senses.length > 0);
}

function wordInfo(word: string, glossary: Glossary, deps: AnnotateDeps, hasNameReading: boolean): WordInfo {
  const entries = deps.dictionary.lookup(word);
  const readings = realReadings(word, deps.dictionary);
  const g = glossary.get(word);
  const info: WordInfo = {
    word,
    traditional: entries[0]?.traditional ?? word,
    readings,
    gloss: g ? 'glossary' : readings.length > 0 ? (hasNameReading ? 'name' : 'dictionary') : 'composed',
  };
  if (g) info.glossary = { pinyin: g.pinyin, sense: g.sense, ...(g.note ? { note: g.note } : {}) };
  if (!g && readings.length === 0 && Array.from(word).length > 1) info.parts = composeParts(word, deps.dictionary);
  const level = deps.hsk.level(word);
  if (level !== undefined) info.hsk = level;
  return info;
}

/** Adds an entry for the word, its composed parts and each of its characters. */
function collect(word: string, dict: Record<string, WordInfo>, glossary: Glossary, deps: AnnotateDeps): void {
  if (dict[word]) return;
  const entries = deps.dictionary.lookup(word);
  const isName = entries.length > 0 && entries.every((e) => /^[A-Z]/u.test(e.pinyin[0] ?? ''));
  const info = wordInfo(word, glossary, deps, isName);
  dict[word] = info;
  for (const part of info.parts ?? []) collect(part, dict, glossary, deps);
  const chars = Array.from(word);
  if (chars.length > 1) for (const ch of chars) collect(ch, dict, glossary, deps);
}

const READING_SPEED = 250; // characters a minute, an intermediate learner's pace

function computeStats(paragraphs: AnnotatedParagraph[], title: Token[]): ArticleStats {
  const han: Token[] = [title, ...paragraphs.flatMap((p) => p.sentences.map((s) => s.tokens))]
    .flat()
    .filter((t) => t.kind === 'han');
  const characters = han.reduce((n, t) => n + countHan(t.text), 0);
  const counts = [0, 0, 0, 0, 0, 0, 0];
  for (const t of han) {
    const slot = t.hsk ? t.hsk - 1 : 6;
    counts[slot] = (counts[slot] ?? 0) + 1;
  }
  const total = Math.max(1, han.length);
  const hskShare = counts.map((c) => c / total);
  let cumulative = 0;
  let level95 = 7;
  for (let l = 0; l < 6; l += 1) {
    cumulative += hskShare[l] ?? 0;
    if (cumulative >= 0.95) {
      level95 = l + 1;
      break;
    }
  }
  return {
    characters,
    words: han.length,
    distinctWords: new Set(han.map((t) => t.text)).size,
    hskShare,
    level95,
    readingMinutes: Math.max(1, Math.round(characters / READING_SPEED)),
  };
}

export function annotateArticle(article: Article, baseDeps: AnnotateDeps): AnnotatedArticle {
  // The article's readings.tsv pins readings for this article only.
  const deps: AnnotateDeps =
    article.readings.length > 0
      ? { ...baseDeps, pinned: new Map(article.readings.map((r) => [r.word, r.pinyin])) }
      : baseDeps;
  const glossary: Glossary = new Map(article.glossary.map((g) => [g.term, g]));
  const title = annotateSentence(article.meta.title, glossary, deps);
  const paragraphs: AnnotatedParagraph[] = article.paragraphs.map((p) => {
    const zhSentences = p.kind === 'heading' ? [p.zh] : splitSentences(p.zh);
    return {
      kind: p.kind,
      pending: p.pending,
      sentences: zhSentences.map((s, i) => ({ tokens: annotateSentence(s, glossary, deps), en: p.en[i] ?? '' })),
    };
  });
  const dictionary: Record<string, WordInfo> = {};
  for (const t of [title, ...paragraphs.flatMap((p) => p.sentences.map((s) => s.tokens))].flat()) {
    if (t.entry) collect(t.entry, dictionary, glossary, deps);
  }
  const { meta } = article;
  return {
    slug: article.slug,
    hash: article.hash,
    meta: {
      title: meta.title,
      author: meta.author,
      editor: meta.editor,
      source: meta.source,
      url: meta.url,
      date: meta.date,
      draft: meta.draft ?? false,
      tags: meta.tags ?? [],
    },
    enMeta: article.enMeta,
    title,
    paragraphs,
    dictionary,
    stats: computeStats(paragraphs, title),
  };
}
