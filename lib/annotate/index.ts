/**
 * Article → AnnotatedArticle: paragraphs → sentences → tokens with pinyin and a gloss reference,
 * plus the article's own dictionary subset (difficulty figures are lib/difficulty's, from the view). Pure: the segmenter and the
 * dictionary come in as arguments.
 */
import type { Article, GlossaryEntry } from '../content/schema';
import type { Dictionary } from '../dictionary/cedict';
import { isCrossReference } from '../dictionary/cedict';
import type { HskLevels } from '../dictionary/hsk';
import { chooseReading } from '../pinyin/choose';
import { contextReadings, sentenceReadings } from '../pinyin/context';
import { decidePolyphones, sentenceView, type PolyphoneDecision, type PolyphoneModel } from '../pinyin/polyphone';
import { defaultPolyphoneModel } from '../pinyin/polyphone-data';
import { spokenTones } from '../pinyin/sandhi';
import type { Piece } from '../segment/tokenize';
import { splitSentences } from '../text/sentences';
import { codePointLength, hasHan, isHan } from '../text/chars';
import { looksLikeName } from '../segment/names';
import { pinnedSenses, sentenceSenses } from '../sense/article';
import { isProperEntry } from '../sense/order';
import type { AnnotatedArticle, AnnotatedParagraph, Token, WordInfo } from './types';

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

/** The words kept whole: glossary terms and pinned words (so a pinned reading applies to the whole word). */
function wholeWords(glossary: Glossary, deps: AnnotateDeps): Set<string> {
  return new Set([...glossary.keys(), ...(deps.pinned?.keys() ?? [])]);
}

/**
 * Segments and reads one sentence. `userWords` (the glossary's and pinned words) may be passed
 * in by a caller that reads many sentences with the same glossary, so it is built once.
 */
export function annotateSentence(
  text: string,
  glossary: Glossary,
  deps: AnnotateDeps,
  userWords: ReadonlySet<string> = wholeWords(glossary, deps),
): Token[] {
  return annotateSentences([text], glossary, deps, userWords)[0] as Token[];
}

/**
 * Segments and reads sentences, each as `annotateSentence` would. Stage by stage over all of
 * them (every sentence segmented, then read by pinyin-pro, then by the polyphone model, …):
 * each stage's code and tables stay in the processor's caches, which made an article's
 * annotation markedly faster than going through every stage sentence by sentence.
 */
export function annotateSentences(
  texts: readonly string[],
  glossary: Glossary,
  deps: AnnotateDeps,
  userWords: ReadonlySet<string> = wholeWords(glossary, deps),
): Token[][] {
  const model = deps.polyphones ?? defaultPolyphoneModel();
  const allPieces = texts.map((text) => deps.segment(text, userWords));
  const contexts = texts.map(sentenceReadings);
  const allDecisions = allPieces.map((pieces, k) =>
    decidePolyphones(sentenceView(pieces, contexts[k] as string[]), deps.dictionary, model),
  );
  const allLengths = allPieces.map((pieces) => pieces.map((p) => codePointLength(p.text)));
  const sentences = allPieces.map((pieces, k) => {
    const context = contexts[k] as string[];
    const decisions = allDecisions[k] as (PolyphoneDecision | undefined)[];
    const lengths = allLengths[k] as number[];
    let offset = 0;
    return pieces.map((p, i): Token => {
      const len = lengths[i] as number;
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
      if (p.pos) token.pos = p.pos;
      if (chosen.alternatives && token.pinyin) token.pinyin.alternatives = chosen.alternatives;
      if (g) token.sense = g.sense;
      const level = deps.hsk.level(p.text);
      if (level !== undefined) token.hsk = level;
      return token;
    });
  });
  const isWord = (w: string) => deps.dictionary.has(w);
  sentences.forEach((tokens, k) => {
    const context = contexts[k] as string[];
    const lengths = allLengths[k] as number[];
    let at = 0;
    const spoken = spokenTones(
      tokens.map((t, i) => {
        const len = lengths[i] as number;
        at += len;
        return { text: t.text, citation: t.pinyin?.citation ?? [], careful: context.slice(at - len, at), pos: t.pos };
      }),
      { isWord },
    );
    tokens.forEach((t, i) => {
      if (t.pinyin) t.pinyin.spoken = spoken[i] ?? t.pinyin.citation;
    });
  });
  return sentences;
}

/**
 * Longest dictionary words covering `word` left to right, single characters as the last resort;
 * a run of digits or letters (the 60 of 60亿) is one part. The whole word is never its own part.
 */
export function composeParts(word: string, dictionary: Dictionary): string[] {
  const chars = Array.from(word);
  const parts: string[] = [];
  let i = 0;
  while (i < chars.length) {
    let end = i;
    const han = isHan(chars[i] as string);
    while (end < chars.length && isHan(chars[end] as string) === han) end += 1;
    if (!han) {
      parts.push(chars.slice(i, end).join(''));
      i = end;
      continue;
    }
    let len = end - i;
    if (len === chars.length) len -= 1; // the whole word is not in the dictionary, or we would not be here
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
const MAX_SENSES = 20;

/** Cross-references and classifier lists ("CL:个[ge4]") are not senses a reader needs in a popover. */
function isUsefulSense(sense: string): boolean {
  return !isCrossReference(sense) && !/^CL:/u.test(sense);
}

/**
 * CC-CEDICT's readings, common (lower-case) entries before proper ones (surnames, places,
 * dynasties), so that a popover or a character of a word that opens on the first reading with
 * its syllable gets 和 "and", not "surname He" (the order lib/sense/order gives).
 */
function realReadings(word: string, dictionary: Dictionary): WordInfo['readings'] {
  const entries = dictionary.lookup(word);
  return [...entries.filter((e) => !isProperEntry(e)), ...entries.filter(isProperEntry)]
    .map((e) => ({ pinyin: e.pinyin, senses: e.senses.filter(isUsefulSense).slice(0, MAX_SENSES) }))
    .filter((r) => r.senses.length > 0);
}

/** The word a cross-reference points to: "variant of 橘[ju2]", "see 洱海[Er3 hai3]", "used in 兩|两[liang3]". */
const REFERENCE = /(?:variant of|used in|see(?: also)?) (?:[^\s[|]+\|)?([^\s[|]+)\[/u;

/**
 * For words CC-CEDICT lists only as cross-references (桔 "variant of 橘", 洱 "see 洱海"): the
 * reference with the meaning of the word it points to, so the popover still says something.
 */
function referredReadings(word: string, dictionary: Dictionary): WordInfo['readings'] {
  return dictionary
    .lookup(word)
    .map((e) => ({
      pinyin: e.pinyin,
      senses: e.senses.slice(0, MAX_SENSES).map((sense) => {
        const target = REFERENCE.exec(sense)?.[1];
        const meaning = target && target !== word ? realReadings(target, dictionary)[0]?.senses.slice(0, 2) : undefined;
        return meaning?.length ? `${sense}: ${meaning.join('; ')}` : sense;
      }),
    }))
    .filter((r) => r.senses.length > 0);
}

/** "U+20000": how a character no dictionary lists is named. */
function codePointLabel(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What the popover shows of a word from CC-CEDICT alone: the same in every article. */
type WordFacts = { readings: WordInfo['readings']; traditional: string; isName: boolean };

/**
 * WordFacts per word, kept per dictionary: every article looks up the same common words. Only
 * words CC-CEDICT has are kept, so the cache is bounded by the dictionary.
 */
const factsCache = new WeakMap<Dictionary, Map<string, WordFacts>>();
function wordFacts(word: string, dictionary: Dictionary): WordFacts {
  let cache = factsCache.get(dictionary);
  if (!cache) {
    cache = new Map();
    factsCache.set(dictionary, cache);
  }
  let facts = cache.get(word);
  if (!facts) {
    const entries = dictionary.lookup(word);
    let readings = realReadings(word, dictionary);
    if (readings.length === 0) readings = referredReadings(word, dictionary);
    facts = {
      readings,
      traditional: entries[0]?.traditional ?? word,
      isName: entries.length > 0 && entries.every((e) => /^[A-Z]/u.test(e.pinyin[0] ?? '')),
    };
    if (entries.length > 0) cache.set(word, facts);
  }
  return facts;
}

/**
 * What the popover shows for a word, in order: the article glossary; CC-CEDICT (its names marked
 * as names; cross-reference-only entries with the meaning they point to); for a word CC-CEDICT
 * lacks, a name with its pinyin when it is shaped like one, else a gloss composed from its
 * longest dictionary parts; for a character CC-CEDICT lacks altogether, its code point and reading.
 * `citation` is the word's reading in the text (numbered), used for names and rare characters.
 */
function wordInfo(word: string, glossary: Glossary, deps: AnnotateDeps, citation: readonly string[]): WordInfo {
  const facts = wordFacts(word, deps.dictionary);
  // Copies: an article's dictionary is its own to change.
  const readings = facts.readings.map((r) => ({ pinyin: r.pinyin.slice(), senses: r.senses.slice() }));
  const g = glossary.get(word);
  const info: WordInfo = {
    word,
    traditional: facts.traditional,
    readings,
    gloss: g ? 'glossary' : readings.length > 0 ? (facts.isName ? 'name' : 'dictionary') : 'composed',
  };
  if (g)
    info.glossary = {
      pinyin: g.pinyin,
      sense: g.sense,
      ...(g.note ? { note: g.note } : {}),
      ...(g.kind ? { kind: g.kind } : {}),
    };
  if (!g && readings.length === 0) {
    const chars = Array.from(word);
    const pinyin = citation.length === chars.length && citation.every(Boolean) ? [...citation] : undefined;
    if (chars.length === 1) {
      info.gloss = 'rare';
      const reading = pinyin?.[0] ?? contextReadings(word)[0];
      info.rare = { codePoint: codePointLabel(word), ...(reading ? { pinyin: reading } : {}) };
    } else if (looksLikeName(word) && pinyin) {
      info.gloss = 'name';
      info.name = { pinyin };
    } else info.parts = composeParts(word, deps.dictionary);
  }
  const level = deps.hsk.level(word);
  if (level !== undefined) info.hsk = level;
  return info;
}

/** Adds an entry for the word, its composed parts and each of its Han characters. */
function collect(
  word: string,
  dict: Record<string, WordInfo>,
  glossary: Glossary,
  deps: AnnotateDeps,
  citation: readonly string[] = [],
): void {
  if (dict[word] || !hasHan(word)) return;
  const info = wordInfo(word, glossary, deps, citation);
  dict[word] = info;
  for (const part of info.parts ?? []) collect(part, dict, glossary, deps);
  const chars = Array.from(word);
  if (chars.length > 1) chars.forEach((ch, i) => isHan(ch) && collect(ch, dict, glossary, deps, [citation[i] ?? '']));
}

/** Popover data for every Han token's word, its composed parts and its characters. */
export function dictionarySubset(
  tokens: readonly Token[],
  glossary: Glossary,
  deps: AnnotateDeps,
): Record<string, WordInfo> {
  const dictionary: Record<string, WordInfo> = {};
  for (const t of tokens) if (t.entry) collect(t.entry, dictionary, glossary, deps, t.pinyin?.citation);
  return dictionary;
}

export function annotateArticle(article: Article, baseDeps: AnnotateDeps): AnnotatedArticle {
  // The article's readings.tsv pins readings for this article only.
  const deps: AnnotateDeps =
    article.readings.length > 0
      ? { ...baseDeps, pinned: new Map(article.readings.map((r) => [r.word, r.pinyin])) }
      : baseDeps;
  const glossary: Glossary = new Map(article.glossary.map((g) => [g.term, g]));
  const userWords = wholeWords(glossary, deps);
  const zhSentences = article.paragraphs.map((p) => (p.kind === 'heading' ? [p.zh] : splitSentences(p.zh)));
  const read = annotateSentences([article.meta.title, ...zhSentences.flat()], glossary, deps, userWords);
  const title = read[0] as Token[];
  let next = 1;
  const paragraphs: AnnotatedParagraph[] = article.paragraphs.map((p, k) => ({
    kind: p.kind,
    pending: p.pending,
    sentences: (zhSentences[k] as string[]).map((_, i) => ({ tokens: read[next++] as Token[], en: p.en[i] ?? '' })),
  }));
  // The sense each word has here, and whether it is a name: decided once, with the aligned English
  // (lib/sense), and kept with the annotation (cached), so lib/view only reads it.
  const senses = { glossary, pinned: pinnedSenses(article.senses) };
  const choose = (tokens: Token[], english: string) =>
    sentenceSenses(tokens, english, deps.dictionary, senses).forEach(({ choice, name }, i) => {
      const t = tokens[i];
      if (!t || t.kind !== 'han') return;
      const used = choice.senses[0];
      if (used) t.use = { sense: used.text, from: choice.used, matched: choice.matched };
      if (name.name) t.name = name.kind ? { kind: name.kind } : {};
    });
  choose(title, article.enMeta.title);
  for (const p of paragraphs) for (const s of p.sentences) choose(s.tokens, p.pending ? '' : s.en);
  const dictionary = dictionarySubset(
    [title, ...paragraphs.flatMap((p) => p.sentences.map((s) => s.tokens))].flat(),
    glossary,
    deps,
  );
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
      licence: meta.licence,
      draft: meta.draft ?? false,
      tags: meta.tags ?? [],
    },
    enMeta: article.enMeta,
    title,
    paragraphs,
    dictionary,
  };
}
