/**
 * The bridge from an annotated sentence to the sense picker: each token as a `SentenceWord`
 * (its dictionary entries, reading, glossary sense, name verdict), so callers (lib/view, the
 * evals, the report) build the picker's input one way.
 */
import type { Token } from '../annotate/types';
import type { GlossaryEntry, PinnedSense } from '../content/schema';
import type { DictEntry, Dictionary } from '../dictionary/cedict';
import { chooseSentence, type SenseChoice, type SentenceWord } from './index';
import { nameOf, type NameInput, type NameVerdict } from './names';
import { isExactReading } from './order';

export type ArticleSenses = {
  /** Glossary rows by term. */
  glossary: ReadonlyMap<string, Pick<GlossaryEntry, 'sense'> & { kind?: 'name' | 'skip' }>;
  /** Pinned senses by word (senses.tsv), the sentence-scoped ones keyed `word\tcontext`. */
  pinned?: ReadonlyMap<string, string>;
};

/** A token, with the part-of-speech tag another branch adds to Token (jieba nr/ns/nt/nz), when present. */
export type TaggedToken = Token & { pos?: string };

export type TokenSense = { choice: SenseChoice; name: NameVerdict };

/** One shared empty list for the tokens that have no entries (the sense memos are keyed by the entries array). */
const NO_ENTRIES: readonly DictEntry[] = Object.freeze([]);

/** The picker's input for one token. Non-Han tokens get no entries (they still anchor the alignment). */
export function tokenWord(
  token: TaggedToken,
  dictionary: Dictionary,
  article: ArticleSenses,
  sentence: string,
): SentenceWord & { name: NameVerdict } {
  const key = token.entry ?? token.text;
  const entries = token.kind === 'han' ? dictionary.lookup(key) : NO_ENTRIES;
  const g = token.kind === 'han' ? article.glossary.get(key) : undefined;
  let name: NameVerdict = NOT_A_NAME;
  if (token.kind === 'han') {
    const input: NameInput = { word: key, entries };
    if (g?.kind) input.glossaryKind = g.kind;
    if (g) input.glossarySense = g.sense;
    if (token.pos) input.pos = token.pos;
    name = nameOf(input);
  }
  // Every field is always set (undefined when absent): one object shape for every word keeps
  // the picker's property reads monomorphic.
  return {
    word: key,
    reading: token.pinyin?.citation ?? NO_READING,
    exactReading: isExactReading(token.pinyin?.source) ? true : undefined,
    entries,
    isName: name.name,
    name,
    pos: token.pos || undefined,
    // An empty sense hides the curated sense but keeps the row's kind (the glossary-agreement eval).
    glossary: g?.sense || undefined,
    pinned: (article.pinned ? pinFor(article.pinned, key, sentence) : undefined) || undefined,
  };
}

const NOT_A_NAME: NameVerdict = { name: false };
const NO_READING: readonly string[] = [];

/** The pins by word, per pinned map: the article-wide one and the sentence-scoped ones in file order. */
const pinsMemo = new WeakMap<ReadonlyMap<string, string>, Map<string, { all?: string; scoped: [string, string][] }>>();

/** The pin for `word` in `sentence`: the first sentence-scoped pin whose context is in it, else the article-wide one. */
function pinFor(pinned: ReadonlyMap<string, string>, word: string, sentence: string): string | undefined {
  let byWord = pinsMemo.get(pinned);
  if (!byWord) {
    byWord = new Map();
    for (const [k, v] of pinned) {
      const [w = '', context] = k.split('\t');
      const entry = byWord.get(w) ?? { scoped: [] };
      if (context === undefined) entry.all = v;
      else entry.scoped.push([context, v]);
      byWord.set(w, entry);
    }
    pinsMemo.set(pinned, byWord);
  }
  const entry = byWord.get(word);
  if (!entry) return undefined;
  // A sentence-scoped pin beats the article-wide one.
  for (const [context, v] of entry.scoped) if (sentence.includes(context)) return v;
  return entry.all;
}

/** Every token of one sentence with its chosen sense and name verdict, index by index. */
export function sentenceSenses(
  tokens: readonly TaggedToken[],
  english: string,
  dictionary: Dictionary,
  article: ArticleSenses,
): TokenSense[] {
  // The sentence is read only by the sentence-scoped pins.
  const sentence = article.pinned && article.pinned.size > 0 ? tokens.map((t) => t.text).join('') : '';
  const words = tokens.map((t) => tokenWord(t, dictionary, article, sentence));
  const choices = chooseSentence(words, english);
  return words.map((w, i) => ({ choice: choices[i] as SenseChoice, name: w.name }));
}

/**
 * The words of an article that are names (every Han token asked of `nameOf`, glossary kind and
 * part-of-speech tags included): what the difficulty figures count as names
 * (`difficultyOf(article, (w) => names.has(w))`) and what the handout leaves out.
 */
export function articleNames(
  article: {
    title: readonly TaggedToken[];
    paragraphs: readonly { sentences: readonly { tokens: readonly TaggedToken[] }[] }[];
  },
  dictionary: Dictionary,
  senses: ArticleSenses,
): Set<string> {
  const names = new Set<string>();
  const tokens = [article.title, ...article.paragraphs.flatMap((p) => p.sentences.map((s) => s.tokens))].flat();
  for (const t of tokens) {
    if (t.kind !== 'han' || !t.entry || names.has(t.entry)) continue;
    if (tokenWord(t, dictionary, senses, '').name.name) names.add(t.entry);
  }
  return names;
}

/** The `pinned` map of `ArticleSenses` from an article's senses.tsv rows (Article.senses). */
export function pinnedSenses(rows: readonly PinnedSense[] = []): Map<string, string> {
  return new Map(rows.map((r) => [r.context ? `${r.word}\t${r.context}` : r.word, r.sense]));
}
