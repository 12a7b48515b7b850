/**
 * The article as everything that shows a word sees it: decided once per article at build time
 * (lib/view/build), read by the page body renderer, the popover (through the wire format), the
 * handout, the offline file, the search index, the exports and the difficulty figures. What a word
 * shows first, whether it is a name, how many senses are shown and which reading it has are
 * answered here and nowhere else.
 */
import type { AnnotatedArticle, GlossKind } from '../annotate/types';

/** One sense line of the popover: the reading it belongs to (numbered syllables) and its text. */
export type Sense = {
  pinyin: string[];
  text: string;
  /** From a capitalised CC-CEDICT entry: a surname, place, dynasty or other proper noun. */
  proper: boolean;
};

/**
 * A popover entry: one word as read with one reading. The same word read two ways in one article
 * (行 háng / xíng) gets two entries, each with its own sense order and characters.
 */
export type ViewEntry = {
  /** Simplified headword: the key the learner's memory uses. */
  word: string;
  traditional: string;
  /** Numbered syllables of the reading this entry is for. */
  reading: string[];
  kind: GlossKind;
  hsk?: number;
  /** Curated for this article. */
  glossary?: { pinyin: string; sense: string; note?: string; kind?: 'name' | 'skip' };
  /** Dictionary senses in the order the popover lists them, cut to what it shows. */
  senses: Sense[];
  /** Composed words: the dictionary words the word was read as, each with its first sense. */
  parts?: { word: string; sense: string; hsk?: number }[];
  /** The characters of a word of two or more: each with its reading in this word and its sense. */
  chars?: { char: string; traditional: string; pinyin: string; sense: string }[];
  /** A character CC-CEDICT does not list at all. */
  rare?: { codePoint: string };
};

/** One Han word where it stands in the text. */
export type ViewWord = {
  /** Index into ArticleView.entries. */
  entry: number;
  /** Numbered syllables as read here (what the page shows); '' for a digit or letter inside. */
  citation: string[];
  /** Numbered syllables as said (一/不, third-tone sandhi, neutral tones). */
  spoken: string[];
  /** Other readings the word could have here, when the choice was not certain. */
  alternatives: string[][];
  /** Index into the entry's senses of the sense used here; -1 when the glossary's sense is used or none. */
  sense: number;
  /** The one English line this occurrence is shown with first in the popover. */
  first: string;
  /** Why `first` was chosen. */
  firstFrom: 'glossary' | 'pinned' | 'sentence' | 'dictionary' | 'name' | 'composed' | 'none';
  /** English spans of the word's sentence that the chosen sense matched (UTF-16 offsets). */
  matched: [number, number][];
  /** A person, place, organisation or product. */
  name: boolean;
  /**
   * The HSK level a learner reads this word at: its list level, or for a word the list lacks the
   * highest level of its parts (lib/dictionary/hsk estimate). The popover's badge shows the list's
   * own level (ViewEntry.hsk); the difficulty figures, the HSK colours and "pinyin above HSK n" use this.
   */
  hsk?: number;
};

/** A token of the text: words carry a ViewWord, punctuation, Latin and numbers only their text. */
export type ViewToken = {
  text: string;
  /** The same token in traditional characters (converted in sentence context). */
  traditional: string;
  word?: ViewWord;
};

export type ViewSentence = {
  /** `paragraph.sentence` (`t` for the title): the id the page, links and saved words use. */
  id: string;
  tokens: ViewToken[];
  /** The Chinese sentence in each script, as plain text. */
  zh: string;
  zhTraditional: string;
  /** The aligned English ('' while the translation is pending). */
  en: string;
};

export type ViewParagraph = { kind: 'heading' | 'text'; pending: boolean; sentences: ViewSentence[] };

/** The article's header fields, as the annotation carries them. */
export type ArticleMeta = AnnotatedArticle['meta'];

export type ArticleView = {
  slug: string;
  hash: string;
  meta: ArticleMeta;
  /** The header fields in traditional characters, for readers who chose that script. */
  metaTraditional: { title: string; author?: string; editor?: string; source?: string };
  enMeta: { title: string; author?: string; editor?: string; source?: string };
  title: ViewSentence;
  paragraphs: ViewParagraph[];
  entries: ViewEntry[];
};
