/**
 * The annotated article: plain, serialisable data that server components render and that client
 * leaves read. Nothing here refers to nodejieba or the full dictionary.
 */
import type { TokenKind } from '../segment/tokenize';
import type { ReadingSource } from '../pinyin/choose';

export type TokenPinyin = {
  /** Dictionary tones (numbered syllables, one per character): what the page shows by default. */
  citation: string[];
  /** Tones as spoken (一/不 changes, third-tone sandhi, neutral tones). */
  spoken: string[];
  /** Other readings the word can have, when the choice was not certain. */
  alternatives?: string[][];
  source: ReadingSource;
};

export type Token = {
  /** Exactly as in the source. */
  text: string;
  kind: TokenKind;
  pinyin?: TokenPinyin;
  /** Key into the article's dictionary subset (the simplified word) for Han tokens. */
  entry?: string;
  /** The glossary sense used in this article, when curated. */
  sense?: string;
  /** HSK level 1–6; absent = not in the HSK lists. */
  hsk?: number;
  /** Word class at build time (jieba's tag: v, n, nr, p, d, u…), for the reading rules; not shown. */
  pos?: string;
  /**
   * The sense the text uses here (lib/sense, from the aligned English line): its CC-CEDICT text,
   * why it was chosen, and the English spans it matched (UTF-16 offsets into the sentence's line).
   */
  use?: { sense: string; from: 'glossary' | 'pinned' | 'sentence' | 'default'; matched: [number, number][] };
  /** A person, place, organisation or product (lib/sense/names), with its kind when known. */
  name?: { kind?: 'person' | 'place' | 'organisation' | 'product' };
};

export type Sentence = { tokens: Token[]; en: string };

export type AnnotatedParagraph = {
  kind: 'heading' | 'text';
  sentences: Sentence[];
  /** The English is a placeholder (draft preview). */
  pending: boolean;
};

/** Where the popover's gloss comes from; `rare`: a character no dictionary lists (see WordInfo.rare). */
export type GlossKind = 'glossary' | 'dictionary' | 'composed' | 'name' | 'rare';

/** What the popover shows for one word or character. */
export type WordInfo = {
  word: string;
  traditional: string;
  /** CC-CEDICT readings with their senses (numbered pinyin). */
  readings: { pinyin: string[]; senses: string[] }[];
  /** Curated for this article. */
  /** `kind` from the glossary's fifth column: a name, or a term not worth a handout row. */
  glossary?: { pinyin: string; sense: string; note?: string; kind?: 'name' | 'skip' };
  gloss: GlossKind;
  /** For composed glosses: the dictionary sub-words the word was read as. */
  parts?: string[];
  /** For names no dictionary knows (a person, a place, a transliteration): how to say it. */
  name?: { pinyin: string[] };
  /** A character CC-CEDICT does not list at all (e.g. 𠀀): its code point and a reading if known. */
  rare?: { codePoint: string; pinyin?: string };
  hsk?: number;
};

export type AnnotatedArticle = {
  slug: string;
  hash: string;
  meta: {
    title: string;
    author?: string;
    editor?: string;
    source?: string;
    url?: string;
    date?: string;
    licence?: string;
    draft: boolean;
    tags: string[];
  };
  enMeta: { title: string; author?: string; editor?: string; source?: string };
  title: Token[];
  paragraphs: AnnotatedParagraph[];
  /** Popover data for every word and every character of the article: the per-article subset. */
  dictionary: Record<string, WordInfo>;
};
