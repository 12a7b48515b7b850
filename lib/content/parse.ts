/**
 * Reads an article folder into the content model. All problems are collected, each with file and
 * line, so an author fixes everything in one pass; nothing is thrown for bad content.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { splitSentences } from '../text/sentences';
import { codePointLength, countHan } from '../text/chars';
import { messages } from './messages';
import {
  EN_META_KEYS,
  SLUG,
  ZH_META_KEYS,
  enMetaSchema,
  glossaryEntrySchema,
  pinnedReadingSchema,
  pinnedSenseSchema,
  zhMetaSchema,
  type Article,
  type GlossaryEntry,
  type Paragraph,
  type PinnedReading,
  type PinnedSense,
} from './schema';

export type Problem = { file: string; line: number; message: string };

export const GLOSSARY_HEADER = 'term\tpinyin\tsense\tnote';
/** The glossary header with the optional kind column (name / skip). */
export const GLOSSARY_HEADER_KIND = `${GLOSSARY_HEADER}\tkind`;
/** A line of en.txt that starts with this is a placeholder the importer wrote. */
export const PLACEHOLDER = '[[translate]]';
/**
 * Above this many Han characters the build refuses an article (DUIZHAO_MAX_ARTICLE_CHARS
 * overrides it). A 1 MB zh.txt holds about 300,000; the benchmark (npm run bench) annotates one
 * and states its memory. Past this size the page itself stops being readable on a phone, and the
 * build's time and memory grow with it, so the author is asked to split the article instead.
 */
export const DEFAULT_MAX_ARTICLE_CHARS = 400_000;

type Block = { lines: string[]; line: number };
type Header = { fields: Map<string, { value: string; line: number }>; blocks: Block[] };

/** Decodes UTF-8 strictly; a BOM is dropped, CRLF becomes LF. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  } catch {
    return null;
  }
}

/** Splits a content file into its `key: value` header and blank-line-separated blocks. */
function readBlocks(text: string, file: string, problems: Problem[]): Header {
  const lines = text.split('\n');
  const fields = new Map<string, { value: string; line: number }>();
  let i = 0;
  for (; i < lines.length; i += 1) {
    const raw = lines[i] as string;
    if (raw.trim() === '') break;
    const m = /^([a-zA-Z][\w-]*):\s*(.*)$/u.exec(raw);
    if (!m) {
      // A sentence or a heading here is the text itself, glued to the header: say so once and
      // read on as paragraphs, rather than reporting every later check as a consequence.
      if (/^##\s|[。！？.!?]\S*$/u.test(raw.trim())) {
        problems.push({ file, line: i + 1, message: messages.missingBlankLine() });
        break;
      }
      problems.push({ file, line: i + 1, message: messages.badHeaderLine(raw.trim().slice(0, 40)) });
      continue;
    }
    const key = (m[1] as string).toLowerCase();
    if (fields.has(key)) problems.push({ file, line: i + 1, message: messages.duplicateKey(key) });
    else fields.set(key, { value: (m[2] as string).trim(), line: i + 1 });
  }
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (; i < lines.length; i += 1) {
    const raw = (lines[i] as string).trimEnd();
    if (raw.trim() === '') {
      current = null;
      continue;
    }
    if (!current) {
      current = { lines: [], line: i + 1 };
      blocks.push(current);
    }
    current.lines.push(raw.trim());
  }
  return { fields, blocks };
}

/** Validates header fields with a schema; unknown keys and field errors become problems. */
function readMeta<S extends z.ZodType>(
  header: Header,
  schema: S,
  allowed: readonly string[],
  file: string,
  problems: Problem[],
): z.infer<S> | null {
  const obj: Record<string, string> = {};
  for (const [key, { value, line }] of header.fields) {
    if (!allowed.includes(key)) problems.push({ file, line, message: messages.unknownKey(key, allowed) });
    else obj[key] = value;
  }
  const parsed = schema.safeParse(obj);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? '');
    if (issue.code === 'unrecognized_keys') continue; // reported above with the allowed keys
    const at = header.fields.get(key);
    const message = at ? messages.badMeta(key, issue.message) : messages.missingMeta(key);
    problems.push({ file, line: at?.line ?? 1, message });
  }
  return null;
}

const HEADING = /^##\s*/u;

/** What a TSV file's reader says when a line is wrong; each names the file's own format. */
type TsvMessages = {
  header: () => string;
  columns: (found: number) => string;
  field: (field: string, problem: string) => string;
  duplicate: (key: string, firstLine: number) => string;
};

type TsvSpec<T> = {
  /** The header line; the first is the one messages quote. */
  header: string | readonly string[];
  /** Allowed numbers of tab-separated fields. */
  columns: readonly number[];
  /** Validates one line's fields (the line number is part of the model). */
  schema: z.ZodType<T>;
  toRaw: (fields: string[], line: number) => unknown;
  key: (row: T) => string;
  messages: TsvMessages;
};

/**
 * The rows of a TSV content file (glossary.tsv, readings.tsv): a header line, then one entry per
 * line; blank lines and lines starting with # are skipped. A wrong header, a wrong number of
 * fields, a field the schema refuses or a repeated key is reported with its line, and that line
 * is left out. The callers add their own checks against the article's text.
 */
function readTsvRows<T>(text: string, file: string, spec: TsvSpec<T>, problems: Problem[]): { row: T; line: number }[] {
  const lines = text.split('\n');
  const headers = typeof spec.header === 'string' ? [spec.header] : spec.header;
  if (!headers.includes((lines[0] ?? '').trim())) problems.push({ file, line: 1, message: spec.messages.header() });
  const rows: { row: T; line: number }[] = [];
  const seen = new Map<string, number>();
  lines.forEach((raw, idx) => {
    const line = idx + 1;
    if (idx === 0 || raw.trim() === '' || raw.startsWith('#')) return;
    const fields = raw.split('\t');
    if (!spec.columns.includes(fields.length)) {
      problems.push({ file, line, message: spec.messages.columns(fields.length) });
      return;
    }
    const parsed = spec.schema.safeParse(spec.toRaw(fields, line));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file, line, message: spec.messages.field(String(issue.path[0] ?? 'entry'), issue.message) });
      }
      return;
    }
    const key = spec.key(parsed.data);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ file, line, message: spec.messages.duplicate(key, first) });
      return;
    }
    seen.set(key, line);
    rows.push({ row: parsed.data, line });
  });
  return rows;
}

function readGlossary(text: string, file: string, zhText: string, problems: Problem[]): GlossaryEntry[] {
  const rows = readTsvRows(
    text,
    file,
    {
      header: [GLOSSARY_HEADER, GLOSSARY_HEADER_KIND],
      columns: [3, 4, 5],
      schema: glossaryEntrySchema,
      toRaw: ([term, pinyin, sense, note, kind], line) => ({ term, pinyin, sense, note, kind: kind?.trim(), line }),
      key: (e) => e.term,
      messages: {
        header: () => messages.glossaryHeader(GLOSSARY_HEADER),
        columns: messages.glossaryColumns,
        field: messages.glossaryField,
        duplicate: messages.glossaryDuplicate,
      },
    },
    problems,
  );
  for (const { row: e, line } of rows) {
    const syllables = e.pinyin.split(' ').length;
    const chars = codePointLength(e.term);
    if (syllables !== chars) problems.push({ file, line, message: messages.glossarySyllables(e.term, chars, syllables) });
    if (!zhText.includes(e.term)) problems.push({ file, line, message: messages.glossaryAbsent(e.term) });
  }
  return rows.map((r) => r.row);
}

export const READINGS_HEADER = 'word\tpinyin';

/**
 * readings.tsv (optional): words whose reading the author pins, `word<TAB>pinyin` with tone marks,
 * after the header line. Each problem is reported with its line.
 */
export function readPinnedReadings(text: string, file: string, zhText: string, problems: Problem[]): PinnedReading[] {
  const rows = readTsvRows(
    text,
    file,
    {
      header: READINGS_HEADER,
      columns: [2],
      schema: pinnedReadingSchema,
      toRaw: ([word, pinyin], line) => ({ word, pinyin, line }),
      key: (r) => r.word,
      messages: {
        header: () => messages.readingsHeader(READINGS_HEADER),
        columns: messages.readingsColumns,
        field: messages.readingsField,
        duplicate: messages.readingsDuplicate,
      },
    },
    problems,
  );
  const out: PinnedReading[] = [];
  for (const { row: r, line } of rows) {
    const syllables = r.pinyin.split(' ').length;
    const chars = codePointLength(r.word);
    if (syllables !== chars) problems.push({ file, line, message: messages.readingsSyllables(r.word, chars, syllables) });
    else if (!zhText.includes(r.word)) problems.push({ file, line, message: messages.readingsAbsent(r.word) });
    else out.push(r);
  }
  return out;
}

export const SENSES_HEADER = 'word\tsense\tcontext';

/**
 * senses.tsv (optional): the sense a word has in this article, `word<TAB>sense[<TAB>context]`
 * after the header; the sense is CC-CEDICT's text or 1-based number, the context a phrase of the
 * one sentence it applies to. Whether the sense exists is lib/sense's check (it has the dictionary).
 */
export function readPinnedSenses(text: string, file: string, zhText: string, problems: Problem[]): PinnedSense[] {
  const rows = readTsvRows(
    text,
    file,
    {
      header: [SENSES_HEADER, 'word\tsense'],
      columns: [2, 3],
      schema: pinnedSenseSchema,
      toRaw: ([word, sense, context], line) => ({ word, sense, context, line }),
      key: (r) => (r.context ? `${r.word} (${r.context})` : r.word),
      messages: {
        header: () => messages.sensesHeader(SENSES_HEADER),
        columns: messages.sensesColumns,
        field: messages.sensesField,
        duplicate: messages.sensesDuplicate,
      },
    },
    problems,
  );
  const out: PinnedSense[] = [];
  for (const { row: r, line } of rows) {
    if (!zhText.includes(r.word)) problems.push({ file, line, message: messages.sensesAbsent(r.word) });
    else if (r.context && !r.context.includes(r.word)) problems.push({ file, line, message: messages.sensesContextWord(r.word, r.context) });
    else if (r.context && !zhText.includes(r.context)) problems.push({ file, line, message: messages.sensesContextAbsent(r.context) });
    else out.push(r);
  }
  return out;
}

/**
 * The size limit: above `maxChars` Han characters (title included) the article is refused, with
 * the line of the paragraph where the text crosses the limit, so the author knows where to split.
 */
function sizeProblem(paragraphs: readonly Paragraph[], title: string, maxChars: number): { line: number; message: string } | null {
  let total = countHan(title);
  let crossing = 0;
  for (const p of paragraphs) {
    total += countHan(p.zh);
    if (crossing === 0 && total > maxChars) crossing = p.zhLine;
  }
  if (total <= maxChars) return null;
  return { line: crossing || 1, message: messages.articleTooLarge(total, maxChars) };
}

export type ParseOptions = {
  /** Accept placeholder translations (preview); articles with `draft: true` always may. */
  drafts?: boolean;
  /** Refuse articles whose Chinese text is longer than this many characters. */
  maxChars?: number;
};

/** An optional TSV file (readings.tsv, senses.tsv): absent → no rows; present → hashed and validated. */
function readOptionalFile<T>(
  file: string,
  hash: ReturnType<typeof createHash>,
  zhText: string,
  problems: Problem[],
  read: (text: string, file: string, zhText: string, problems: Problem[]) => T[],
): T[] {
  if (!existsSync(file)) return [];
  const bytes = readFileSync(file);
  hash.update(bytes);
  const text = decodeUtf8(bytes);
  if (text === null) {
    problems.push({ file, line: 1, message: messages.notUtf8() });
    return [];
  }
  return read(text, file, zhText, problems);
}

/**
 * Parses and validates one article folder. Returns the article, or null with `problems` filled.
 * `dir` is the folder; its name is the slug.
 */
export function parseArticle(dir: string, slug: string, options: ParseOptions = {}): { article: Article | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const files = { zh: join(dir, 'zh.txt'), en: join(dir, 'en.txt'), glossary: join(dir, 'glossary.tsv') };
  if (!SLUG.test(slug)) problems.push({ file: dir, line: 1, message: messages.badSlug(slug) });
  const texts: Partial<Record<keyof typeof files, string>> = {};
  const hash = createHash('sha256');
  for (const [key, file] of Object.entries(files) as [keyof typeof files, string][]) {
    if (!existsSync(file)) {
      problems.push({ file, line: 1, message: messages.missingFile(key === 'glossary' ? 'glossary.tsv' : `${key}.txt`) });
      continue;
    }
    const bytes = readFileSync(file);
    hash.update(bytes);
    const text = decodeUtf8(bytes);
    if (text === null) problems.push({ file, line: 1, message: messages.notUtf8() });
    else texts[key] = text;
  }
  if (texts.zh === undefined || texts.en === undefined || texts.glossary === undefined) return { article: null, problems };

  const zh = readBlocks(texts.zh, files.zh, problems);
  const en = readBlocks(texts.en, files.en, problems);
  const meta = readMeta(zh, zhMetaSchema, ZH_META_KEYS, files.zh, problems);
  const enMeta = readMeta(en, enMetaSchema, EN_META_KEYS, files.en, problems);
  const drafts = options.drafts === true || meta?.draft === true;
  const enTitle = en.fields.get('title');
  if (enTitle?.value.startsWith(PLACEHOLDER) && !drafts) {
    problems.push({ file: files.en, line: enTitle.line, message: messages.placeholderTitle() });
  }

  if (zh.blocks.length === 0) problems.push({ file: files.zh, line: zh.fields.size + 1, message: messages.noParagraphs() });
  for (const b of zh.blocks) {
    if (b.lines.length > 1) problems.push({ file: files.zh, line: b.line + 1, message: messages.multiLineZh() });
  }
  if (zh.blocks.length !== en.blocks.length) {
    problems.push({ file: files.en, line: en.blocks[0]?.line ?? 1, message: messages.paragraphCount(zh.blocks.length, en.blocks.length) });
  }

  const paragraphs: Paragraph[] = [];
  zh.blocks.forEach((zb, i) => {
    const n = i + 1;
    const zhRaw = zb.lines.join('');
    const heading = HEADING.test(zhRaw);
    const zhText = zhRaw.replace(HEADING, '').trim();
    if (zhText === '') problems.push({ file: files.zh, line: zb.line, message: messages.emptyParagraph() });
    const eb = en.blocks[i];
    if (!eb) return;
    const enHeading = HEADING.test(eb.lines[0] ?? '');
    if (heading !== enHeading) problems.push({ file: files.en, line: eb.line, message: messages.headingMismatch(n, heading) });
    const enLines = eb.lines.map((l, k) => (k === 0 ? l.replace(HEADING, '').trim() : l));
    const pending = enLines.some((l) => l.startsWith(PLACEHOLDER));
    if (pending && !drafts) problems.push({ file: files.en, line: eb.line, message: messages.placeholder(n) });
    if (enLines.some((l) => l === '')) problems.push({ file: files.en, line: eb.line, message: messages.emptyParagraph() });
    if (!pending) {
      const zhSentences = heading ? 1 : splitSentences(zhText).length;
      if (zhSentences !== enLines.length) {
        problems.push({ file: files.en, line: eb.line, message: messages.sentenceCount(n, zhSentences, enLines.length) });
      }
    }
    paragraphs.push({
      kind: heading ? 'heading' : 'text',
      zh: zhText,
      en: pending ? [] : heading ? [enLines.join(' ')] : enLines,
      pending,
      zhLine: zb.line,
      enLine: eb.line,
    });
  });

  const zhAll = paragraphs.map((p) => p.zh).join('\n') + (meta?.title ?? '');
  const tooLarge = sizeProblem(paragraphs, meta?.title ?? '', options.maxChars ?? DEFAULT_MAX_ARTICLE_CHARS);
  if (tooLarge) problems.push({ file: files.zh, ...tooLarge });
  const glossary = readGlossary(texts.glossary, files.glossary, zhAll, problems);
  const readings = readOptionalFile(join(dir, 'readings.tsv'), hash, zhAll, problems, readPinnedReadings);
  const senses = readOptionalFile(join(dir, 'senses.tsv'), hash, zhAll, problems, readPinnedSenses);

  if (problems.length > 0 || !meta || !enMeta) return { article: null, problems };
  return { article: { slug, meta, enMeta, paragraphs, glossary, readings, senses, hash: hash.digest('hex').slice(0, 16) }, problems };
}
