/**
 * The sense a word has in its sentence, for the popover's first line. In order: the article's
 * curated glossary sense; a sense the author pinned (senses.tsv); the sense whose English words
 * are in the aligned English line (lib/sense/align); a classifier after a number or a
 * demonstrative (这台超级计算机); else the default order (lib/sense/order). The senses come
 * back all of them, the used one first, with the spans of the English line it matched.
 */
import type { DictEntry } from '../dictionary/cedict';
import { alignSentence, type Span, type WordAlignment } from './align';
import { senseWords, englishWords } from './english';
import { orderSenses, sameReading, type SenseRow } from './order';
import { ruleSense } from './rules';

export type { SenseRow } from './order';
export type { Span, WordAlignment } from './align';
export { orderSenses, charSenses } from './order';
export { alignSentence } from './align';
export { nameOf, type NameKind, type NameVerdict } from './names';

export type SenseUse = 'glossary' | 'pinned' | 'sentence' | 'default';

export type SenseChoice = {
  /** Every CC-CEDICT sense of the word (no row dropped), the one used here first. */
  senses: SenseRow[];
  used: SenseUse;
  /** UTF-16 [start, end) spans of the English line the used sense matched (empty when none). */
  matched: Span[];
};

export type ChooseInput = {
  word: string;
  /** The occurrence's reading, numbered syllables (Token.pinyin.citation). */
  reading: readonly string[];
  /** The word's CC-CEDICT entries (Dictionary.lookup). */
  entries: readonly DictEntry[];
  /** The English line of the word's sentence. */
  english: string;
  /** From lib/sense/names `nameOf(...).name`. */
  isName: boolean;
  /** The curated glossary sense for this article. */
  glossary?: string;
  /** A pinned sense (senses.tsv): a CC-CEDICT sense's text or its 1-based number (see `resolvePinned`). */
  pinned?: string;
  /** The word's alignment in its sentence (from `alignSentence` over the whole sentence), when the caller has it. */
  alignment?: WordAlignment;
  /** The sentence's text just before the word, for the Chinese-side rules (lib/sense/rules: a classifier after 这/一/三). */
  before?: string;
  /** The sentence's text just after the word (约 before a number is "approximately"). */
  after?: string;
};

/** The word's CC-CEDICT senses flattened over its entries in file order: what a sense number counts. */
export function flatSenses(entries: readonly DictEntry[]): string[] {
  return entries.flatMap((e) => e.senses);
}

/** The sense a pin names: its text as given when it is a CC-CEDICT sense, or the sense at its 1-based number. */
export function resolvePinned(entries: readonly DictEntry[], pinned: string): string | null {
  const flat = flatSenses(entries);
  if (/^\d+$/u.test(pinned.trim())) return flat[Number(pinned) - 1] ?? null;
  return flat.find((s) => s === pinned.trim()) ?? null;
}

/** Moves the row at `index` to the front. */
function lead(rows: readonly SenseRow[], index: number): SenseRow[] {
  const row = rows[index];
  return row ? [row, ...rows.slice(0, index), ...rows.slice(index + 1)] : [...rows];
}

/** Spans of `english` that contain the words of `sense` (for a glossary or pinned sense). */
export function spansOfSense(sense: string, english: string): Span[] {
  const words = senseWords(sense);
  const out: Span[] = [];
  for (const e of englishWords(english)) {
    const hit = e.stop ? words.function.includes(e.text.toLowerCase()) : words.content.includes(e.stem);
    if (hit && !e.number) out.push([e.start, e.end]);
  }
  return out;
}

/** The sense used for one word occurrence: see the file header for the order of the rules. */
export function chooseSense(input: ChooseInput): SenseChoice {
  const rows = orderSenses(input.entries, input.reading, { name: input.isName });
  if (input.glossary) {
    const matched = input.alignment?.spans.length ? input.alignment.spans : spansOfSense(input.glossary, input.english);
    return { senses: rows, used: 'glossary', matched };
  }

  if (input.pinned) {
    const text = resolvePinned(input.entries, input.pinned);
    const at = text === null ? -1 : rows.findIndex((r) => r.text === text);
    if (at >= 0) return { senses: lead(rows, at), used: 'pinned', matched: spansOfSense(text ?? '', input.english) };
  }

  // The alignment's sense index counts the rows of this reading, as `chooseSentence` passes them.
  const candidates = readingRows(rows, input.reading, input.isName);
  const alignment =
    input.alignment ?? alignSentence([{ text: input.word, senses: candidates.map((r) => r.text) }], input.english)[0];
  const matchedSense = alignment && alignment.sense >= 0 ? candidates[alignment.sense] : undefined;
  if (matchedSense && alignment) {
    return { senses: lead(rows, rows.indexOf(matchedSense)), used: 'sentence', matched: alignment.spans };
  }

  if (input.before !== undefined || input.after !== undefined) {
    const context = { word: input.word, before: input.before ?? '', after: input.after ?? '' };
    // A grammatical use can have its own (neutral-tone) reading: 见过 is guo5, not the guo4 read here.
    const own = ruleSense(candidates, context);
    const row = candidates[own.index] ?? rows[ruleSense(rows, context).index];
    if (row) return { senses: lead(rows, rows.indexOf(row)), used: 'sentence', matched: alignment?.spans ?? [] };
  }
  return { senses: rows, used: 'default', matched: alignment?.spans ?? [] };
}

/**
 * The rows that compete for the English: those of the occurrence's reading (all rows when none
 * has it), and of a name only its proper rows when it has any (特斯拉 Tesla is not "tesla (unit)").
 */
function readingRows(rows: readonly SenseRow[], reading: readonly string[], isName = false): SenseRow[] {
  const same = rows.filter((r) => sameReading(r.pinyin, reading));
  const pool = same.length > 0 ? same : [...rows];
  const proper = isName ? pool.filter((r) => r.proper) : [];
  return proper.length > 0 ? proper : pool;
}

/** One word of a sentence for `chooseSentence`: everything `chooseSense` needs except the English. */
export type SentenceWord = Omit<ChooseInput, 'english' | 'alignment' | 'before' | 'after'>;

/**
 * Every word of one sentence at once: aligns the sentence once (so two words do not claim the
 * same English word) and chooses each word's sense. `words` are the sentence's tokens in order,
 * punctuation and Latin tokens included (give them no entries); the result is index by index.
 */
export function chooseSentence(words: readonly SentenceWord[], english: string): SenseChoice[] {
  const ordered = words.map((w) => orderSenses(w.entries, w.reading, { name: w.isName }));
  // Only senses of the reading chosen here compete for the English (和 hé is not 和 hè "to reply to a poem").
  const candidates = ordered.map((rows, i) => readingRows(rows, words[i]?.reading ?? [], words[i]?.isName));
  const alignment = alignSentence(
    words.map((w, i) => ({
      text: w.word,
      // A curated sense is what the word means here: it alone competes for the English words.
      senses: w.glossary ? [w.glossary] : (candidates[i] ?? []).map((r) => r.text),
      ...(w.glossary ? { curated: true } : {}),
      // Spelt-out pinyin anchors only names and words the dictionary lacks: 满 mǎn is not "man".
      ...(w.reading.length > 0 && (w.isName || w.entries.length === 0) ? { pinyin: w.reading } : {}),
    })),
    english,
  );
  const text = words.map((w) => w.word).join('');
  let at = 0;
  return words.map((w, i) => {
    const before = text.slice(0, at);
    at += w.word.length;
    const after = text.slice(at);
    return chooseSense({ ...w, english, before, after, ...(alignment[i] ? { alignment: alignment[i] } : {}) });
  });
}

/**
 * The other direction, for tapping an English word: each matched English span with the indices
 * of the sentence's words linked to it, in the order of the line.
 */
export function englishLinks(choices: readonly SenseChoice[]): { span: Span; words: number[] }[] {
  const bySpan = new Map<string, { span: Span; words: number[] }>();
  choices.forEach((c, i) => {
    for (const span of c.matched) {
      const key = `${span[0]}:${span[1]}`;
      const entry = bySpan.get(key) ?? { span, words: [] };
      entry.words.push(i);
      bySpan.set(key, entry);
    }
  });
  return [...bySpan.values()].sort((a, b) => a.span[0] - b.span[0]);
}
