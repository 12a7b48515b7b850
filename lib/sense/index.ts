/**
 * The sense a word has in its sentence, for the popover's first line. In order: the article's
 * curated glossary sense; a sense the author pinned (senses.tsv); the sense whose English words
 * are in the aligned English line (lib/sense/align); a rule from the neighbouring words and their
 * jieba tags (lib/sense/rules: a classifier after a number or a demonstrative in 这台超级计算机,
 * 等 closing a list, 所 before a verb …); else the default order (lib/sense/order). The senses come
 * back all of them, the used one first, with the spans of the English line it matched.
 */
import type { DictEntry } from '../dictionary/cedict';
import { alignSentence, englishLine, type Span, type WordAlignment } from './align';
import { senseWords } from './english';
import { isNeutralSpelling, orderedRows, sameReading, type SenseRow } from './order';
import { ruleSenseWith, rulesFor, type Neighbour, type SenseContext } from './rules';

export type { SenseRow } from './order';
export type { Span, WordAlignment } from './align';
export { orderSenses, charSenses } from './order';
export { alignSentence } from './align';
export { nameOf, type NameKind, type NameVerdict } from './names';

export type SenseUse = 'glossary' | 'pinned' | 'sentence' | 'default';

export type SenseChoice = {
  /** Every CC-CEDICT sense of the word (no row dropped), the one used here first (shared: read only). */
  senses: readonly SenseRow[];
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
  /** The reading was chosen by a person (lib/sense/order `isExactReading`). */
  exactReading?: boolean;
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
  /** The word's jieba tag (Token.pos), for the rules of lib/sense/rules. */
  pos?: string;
  /** The words before it, nearest first (spaces skipped), for the rules. */
  left?: readonly Neighbour[];
  /** The words after it, nearest first (spaces skipped), for the rules. */
  right?: readonly Neighbour[];
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
  for (const e of englishLine(english).en) {
    const hit = e.stop ? words.function.includes(e.text.toLowerCase()) : words.content.includes(e.stem);
    if (hit && !e.number) out.push([e.start, e.end]);
  }
  return out;
}

/** The sense used for one word occurrence: see the file header for the order of the rules. */
export function chooseSense(input: ChooseInput): SenseChoice {
  // The rules are asked only when the caller gave the text around the word.
  const place: Place | null =
    input.before !== undefined || input.after !== undefined
      ? {
          before: () => input.before ?? '',
          after: () => input.after ?? '',
          left: () => input.left,
          right: () => input.right,
        }
      : null;
  return chooseFrom(input, input.english, input.alignment, rowsOf(input), place, 0);
}

/**
 * Where a word stands, for the rules: asked only for the words the English left undecided, so
 * nothing is built for the others (one object per sentence, the word by its index).
 */
type Place = {
  before(i: number): string;
  after(i: number): string;
  left(i: number): readonly Neighbour[] | undefined;
  right(i: number): readonly Neighbour[] | undefined;
};

/** The word's rows in the default order, those that compete for the English, and their texts. */
type Rows = { rows: readonly SenseRow[]; candidates: readonly SenseRow[]; texts: readonly string[] };

/** A node of the rows memo: one level per syllable of the reading (no key string built per occurrence). */
type RowsNode = { rows?: Rows; next?: Map<string, RowsNode> };

/** Rows per entries array (the dictionary's own), name flag and reading: one look-up per word occurrence. */
const rowsMemo = new WeakMap<readonly DictEntry[], RowsNode[]>();

function rowsOf(w: Pick<ChooseInput, 'entries' | 'reading' | 'isName' | 'exactReading'>): Rows {
  let memo = rowsMemo.get(w.entries);
  if (!memo) {
    memo = [{}, {}, {}, {}];
    rowsMemo.set(w.entries, memo);
  }
  const exact = w.exactReading === true;
  let node = memo[(w.isName ? 1 : 0) + (exact ? 2 : 0)] as RowsNode;
  for (const syllable of w.reading) {
    node.next ??= new Map();
    let child = node.next.get(syllable);
    if (!child) {
      child = {};
      node.next.set(syllable, child);
    }
    node = child;
  }
  if (!node.rows) {
    const rows = orderedRows(w.entries, w.reading, { name: w.isName, exact });
    const candidates = readingRows(rows, w.reading, w.isName, exact);
    node.rows = { rows, candidates, texts: candidates.map((c) => c.text) };
  }
  return node.rows;
}

/** A curated sense as the aligner's one-sense list, per sense text. */
const curatedMemo = new Map<string, readonly string[]>();
function curatedSenses(sense: string): readonly string[] {
  let senses = curatedMemo.get(sense);
  if (!senses) {
    senses = [sense];
    if (curatedMemo.size >= 10_000) curatedMemo.clear();
    curatedMemo.set(sense, senses);
  }
  return senses;
}

/** `chooseSense` with the sentence's parts passed apart (no input object built per word) and the rows already found. */
function chooseFrom(
  input: SentenceWord,
  english: string,
  given: WordAlignment | undefined,
  { rows, candidates }: Rows,
  place: Place | null,
  i: number,
): SenseChoice {
  if (input.glossary) {
    const matched = given?.spans.length ? given.spans : spansOfSense(input.glossary, english);
    return { senses: rows, used: 'glossary', matched };
  }

  if (input.pinned) {
    const text = resolvePinned(input.entries, input.pinned);
    const at = text === null ? -1 : rows.findIndex((r) => r.text === text);
    if (at >= 0) return { senses: lead(rows, at), used: 'pinned', matched: spansOfSense(text ?? '', english) };
  }

  // The alignment's sense index counts the rows of this reading, as `chooseSentence` passes them.
  const alignment = given ?? alignSentence([{ text: input.word, senses: candidates.map((r) => r.text) }], english)[0];
  const matchedSense = alignment && alignment.sense >= 0 ? candidates[alignment.sense] : undefined;
  if (matchedSense && alignment) {
    return { senses: lead(rows, rows.indexOf(matchedSense)), used: 'sentence', matched: alignment.spans };
  }

  if (place) {
    const context: SenseContext = { word: input.word, before: place.before(i), after: place.after(i), english };
    const left = place.left(i);
    const right = place.right(i);
    if (left) context.left = left;
    if (right) context.right = right;
    if (input.pos) context.pos = input.pos;
    const rules = rulesFor(context);
    if (rules.length > 0) {
      // A grammatical use can have its own (neutral-tone) reading: 见过 is guo5, not the guo4 read here.
      const own = ruleSenseWith(rules, candidates, context);
      const row = candidates[own] ?? rows[ruleSenseWith(rules, rows, context)];
      if (row) return { senses: lead(rows, rows.indexOf(row)), used: 'sentence', matched: alignment?.spans ?? [] };
    }
  }
  return { senses: rows, used: 'default', matched: alignment?.spans ?? [] };
}

/**
 * The rows that compete for the English: those of the occurrence's reading (all rows when none
 * has it), and of a name only its proper rows when it has any (特斯拉 Tesla is not "tesla (unit)").
 */
function readingRows(rows: readonly SenseRow[], reading: readonly string[], isName = false, exact = false): SenseRow[] {
  // The reading's neutral-tone spelling competes too (故事 gu4 shi4 ↔ gu4 shi5 "story"; order.ts).
  const same = rows.filter((r) => sameReading(r.pinyin, reading) || (!exact && isNeutralSpelling(r.pinyin, reading)));
  const pool = same.length > 0 ? same : [...rows];
  const proper = isName ? pool.filter((r) => r.proper) : [];
  return proper.length > 0 ? proper : pool;
}

/** One word of a sentence for `chooseSentence`: everything `chooseSense` needs except the English. */
export type SentenceWord = Omit<ChooseInput, 'english' | 'alignment' | 'before' | 'after' | 'left' | 'right'>;

/**
 * Every word of one sentence at once: aligns the sentence once (so two words do not claim the
 * same English word) and chooses each word's sense. `words` are the sentence's tokens in order,
 * punctuation and Latin tokens included (give them no entries); the result is index by index.
 */
export function chooseSentence(words: readonly SentenceWord[], english: string): SenseChoice[] {
  // Only senses of the reading chosen here compete for the English (和 hé is not 和 hè "to reply to a poem").
  const rows = words.map((w) => rowsOf(w));
  const alignment = alignSentence(
    // Every field always set (undefined when absent): one object shape for the aligner to read.
    words.map((w, i) => ({
      text: w.word,
      // A curated sense is what the word means here: it alone competes for the English words.
      senses: w.glossary ? curatedSenses(w.glossary) : (rows[i] as Rows).texts,
      curated: w.glossary ? true : undefined,
      pos: w.pos || undefined,
      // Spelt-out pinyin anchors only names and words the dictionary lacks: 满 mǎn is not "man".
      pinyin: w.reading.length > 0 && (w.isName || w.entries.length === 0) ? w.reading : undefined,
    })),
    english,
  );
  const place = sentencePlace(words, rows);
  return words.map((w, i) => chooseFrom(w, english, alignment[i], rows[i] as Rows, place, i));
}

/** Where the words of one sentence stand, for the rules (see `Place`). */
function sentencePlace(words: readonly SentenceWord[], rows: readonly Rows[]): Place {
  const text = words.map((w) => w.word).join('');
  const starts: number[] = [];
  let at = 0;
  for (const w of words) {
    starts.push(at);
    at += w.word.length;
  }
  const neighbour = (k: number): Neighbour => {
    const w = words[k] as SentenceWord;
    const n: Neighbour = { text: w.word, senses: w.glossary ? curatedSenses(w.glossary) : (rows[k] as Rows).texts };
    if (w.pos) n.pos = w.pos;
    if (w.isName) n.name = true;
    return n;
  };
  // The neighbours the rules look at: words, not the spaces between them.
  const around = (i: number, step: 1 | -1): Neighbour[] => {
    const out: Neighbour[] = [];
    for (let k = i + step; k >= 0 && k < words.length && out.length < 2; k += step)
      if ((words[k] as SentenceWord).word.trim() !== '') out.push(neighbour(k));
    return out;
  };
  return {
    before: (i) => text.slice(0, starts[i] ?? 0),
    after: (i) => text.slice((starts[i] ?? 0) + (words[i]?.word.length ?? 0)),
    left: (i) => around(i, -1),
    right: (i) => around(i, 1),
  };
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
