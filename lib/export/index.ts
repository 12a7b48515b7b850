/**
 * Word lists as files people import elsewhere: an Anki TSV (seven fields, HTML allowed) and an
 * RFC 4180 CSV for spreadsheets. Pure: the caller collects the words (from saved vocabulary or
 * from an article page) and offers the text as a download.
 */
import { formatReading } from '../pinyin/syllable';

/** One word with the context it was met in. */
export type ExportWord = {
  simplified: string;
  traditional: string;
  /** Numbered syllables separated by spaces (`rong2 zi1`), as the page stores them. */
  pinyin: string;
  /** The English sense used in the article (glossary first, else the dictionary). */
  sense: string;
  /** The Chinese sentence the word was met in. */
  zh: string;
  /** The aligned English sentence. */
  en: string;
  /** The article the sentence comes from. */
  slug: string;
  /** HSK level 1–6; absent = beyond the HSK lists. */
  hsk?: number;
};

/** `rong2 zi1` → `róng zī`. */
export function pinyinMarks(numbered: string): string {
  const syllables = numbered.split(/\s+/u).filter(Boolean);
  return formatReading(syllables, 'marks');
}

/** Tag words for Anki (space-separated, no spaces inside a tag). */
export function ankiTags(word: Pick<ExportWord, 'slug' | 'hsk'>): string {
  const slug = word.slug.replace(/\s+/gu, '_');
  return ['duizhao', slug, word.hsk ? `hsk${word.hsk}` : 'hsk-beyond'].join(' ');
}

/**
 * One field for Anki with "Allow HTML in fields" on: &, <, > and " become entities (a field that
 * starts with a quote would otherwise be read as a quoted field), a line break becomes <br>, a tab
 * becomes the entity for a tab, so every note stays on one line with exactly seven fields.
 */
export function ankiField(text: string): string {
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/\r\n|\r|\n/gu, '<br>')
    .replace(/\t/gu, '&#9;');
}

/** Anki's field order: simplified, traditional, pinyin (marks), sense, sentence zh, sentence en, tags. */
export function ankiFields(word: ExportWord): string[] {
  return [
    word.simplified,
    word.traditional || word.simplified,
    pinyinMarks(word.pinyin),
    word.sense,
    word.zh,
    word.en,
    ankiTags(word),
  ];
}

/** The Anki file: one note per line, tab-separated, no header (see README for the import settings). */
export function toAnkiTsv(words: readonly ExportWord[]): string {
  return words.map((w) => ankiFields(w).map(ankiField).join('\t')).join('\n') + (words.length ? '\n' : '');
}

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

export const CSV_HEADER = [
  'simplified',
  'traditional',
  'pinyin',
  'english',
  'sentence_zh',
  'sentence_en',
  'hsk',
  'article',
] as const;

/**
 * The spreadsheet file: a header row, CRLF line ends (RFC 4180), and a byte-order mark so that
 * Excel reads the Chinese as UTF-8 rather than the local code page.
 */
export function toCsv(words: readonly ExportWord[]): string {
  const rows = [
    [...CSV_HEADER],
    ...words.map((w) => [
      w.simplified,
      w.traditional || w.simplified,
      pinyinMarks(w.pinyin),
      w.sense,
      w.zh,
      w.en,
      w.hsk ? String(w.hsk) : 'beyond',
      w.slug,
    ]),
  ];
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Words harder than a level (absent level = beyond HSK 6), in the order they appear. */
export function wordsAbove<W extends Pick<ExportWord, 'hsk'>>(words: readonly W[], level: number): W[] {
  return words.filter((w) => (w.hsk ?? 7) > level);
}
