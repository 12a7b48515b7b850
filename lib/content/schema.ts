/**
 * The content model, validated once at the edge (lib/content/load). Types come from the schemas;
 * everything downstream trusts them.
 */
import { z } from 'zod';
import { codePointLength, countHan, hasHan } from '../text/chars';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** Header keys of zh.txt, in the order the importer writes them. */
export const ZH_META_KEYS = ['title', 'author', 'editor', 'source', 'url', 'date', 'licence', 'draft', 'tags'] as const;
/** Header keys of en.txt: the translated title and, optionally, translated credits. */
export const EN_META_KEYS = ['title', 'author', 'editor', 'source'] as const;

const nonEmpty = z.string().trim().min(1, 'must not be empty');

export const zhMetaSchema = z.strictObject({
  title: nonEmpty.refine(hasHan, 'must contain Chinese text'),
  author: nonEmpty.optional(),
  editor: nonEmpty.optional(),
  source: nonEmpty.optional(),
  // http(s) only: a javascript: or data: URL in a source link would run code in the reader's page.
  url: z.url({ protocol: /^https?$/u, error: 'must be an absolute http(s) URL (https://…)' }).optional(),
  date: z.iso.date('must be a date written YYYY-MM-DD').optional(),
  // The text's licence, shown with the source: a short name, the link belongs in url.
  licence: nonEmpty
    .max(80, 'name the licence in at most 80 characters (public domain, CC BY-SA 4.0); put a link in url')
    .optional(),
  draft: z.enum(['true', 'false'], 'must be true or false').transform((v) => v === 'true').optional(),
  tags: z.string().transform((v) => v.split(',').map((t) => t.trim()).filter(Boolean)).optional(),
});

export const enMetaSchema = z.strictObject({
  title: nonEmpty,
  author: nonEmpty.optional(),
  editor: nonEmpty.optional(),
  source: nonEmpty.optional(),
});

/** Pinyin with tone marks, one lower-case syllable per Han character: `chāo jí jì suàn`. */
const MARKED_SYLLABLE = /^[a-zàáâèéêìíòóùúüāēěīōūǎǐǒǔǖǘǚǜ]+$/u;

export const glossaryEntrySchema = z
  .object({
    term: nonEmpty.refine((t) => countHan(t) === codePointLength(t), 'term must be Chinese characters only'),
    pinyin: nonEmpty.refine(
      (p) => p.split(' ').every((s) => MARKED_SYLLABLE.test(s.normalize('NFC'))),
      'write pinyin with tone marks, lower case, syllables separated by single spaces (róng zī)',
    ),
    sense: nonEmpty,
    note: z.string().trim().optional(),
    /** `name`: a person, place, company or product; `skip`: not worth a vocabulary row; empty: an ordinary word. */
    kind: z.enum(['name', 'skip', ''], 'write name (a person, place, company or product), skip (no vocabulary row) or leave it empty').optional(),
    line: z.number().int().positive(),
  })
  .transform(({ kind, ...e }) => ({
    ...e,
    pinyin: e.pinyin.normalize('NFC'),
    note: e.note || undefined,
    ...(kind ? { kind } : {}),
  }));

/** One line of readings.tsv: a word whose reading the author pins, with tone marks. */
export const pinnedReadingSchema = z
  .object({
    word: nonEmpty.refine((t) => countHan(t) === codePointLength(t), 'word must be Chinese characters only'),
    pinyin: nonEmpty.refine(
      (p) => p.split(' ').every((s) => MARKED_SYLLABLE.test(s.normalize('NFC'))),
      'write pinyin with tone marks, lower case, syllables separated by single spaces (zhǎng dà)',
    ),
    line: z.number().int().positive(),
  })
  .transform((e) => ({ ...e, pinyin: e.pinyin.normalize('NFC') }));

/** One line of senses.tsv: the sense a word has in this article (or in one sentence of it). */
export const pinnedSenseSchema = z
  .object({
    word: nonEmpty.refine((t) => countHan(t) === codePointLength(t), 'word must be Chinese characters only'),
    /** A CC-CEDICT sense's text, or its 1-based number among the word's senses (entries in file order). */
    sense: nonEmpty,
    /** A phrase of the sentence the pin applies to; absent = every occurrence. */
    context: z.string().trim().optional(),
    line: z.number().int().positive(),
  })
  .transform((e) => ({ ...e, sense: e.sense.trim(), context: e.context || undefined }));

export type ZhMeta = z.infer<typeof zhMetaSchema>;
export type EnMeta = z.infer<typeof enMetaSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type PinnedReading = z.infer<typeof pinnedReadingSchema>;
export type PinnedSense = z.infer<typeof pinnedSenseSchema>;

/** One aligned paragraph: the Chinese text and its English, one English line per Chinese sentence. */
export type Paragraph = {
  kind: 'heading' | 'text';
  zh: string;
  /** English sentences, aligned index by index with lib/text/sentences' split of `zh`; empty when pending. */
  en: string[];
  /** True when the English is still a placeholder (draft articles only). */
  pending: boolean;
  /** 1-based line in zh.txt, for messages. */
  zhLine: number;
  enLine: number;
};

export type Article = {
  slug: string;
  meta: ZhMeta;
  enMeta: EnMeta;
  paragraphs: Paragraph[];
  glossary: GlossaryEntry[];
  /** Readings the author pinned (optional readings.tsv); the build uses them over its own choice. */
  readings: PinnedReading[];
  /** Senses the author pinned (optional senses.tsv); lib/sense uses them over its own choice. */
  senses?: PinnedSense[];
  /** Hash of the source files, for build caches. */
  hash: string;
};
