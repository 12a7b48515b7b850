/**
 * The word search index: built once at build time from the annotated articles, written as one
 * static JSON file, and searched in the browser. Every Han word is listed once with its reading,
 * a short English gloss and where it occurs; each article's sentences are stored once so results
 * can quote them.
 */
import { z } from 'zod/mini';
import type { ArticleView } from '../view/types';
import { isLatinQuery, matchPinyin, parsePinyinQuery, pinyinKey } from './pinyin';

export const SEARCH_INDEX_VERSION = 1;

export type SearchArticle = {
  slug: string;
  title: string;
  titleEn: string;
  /** Sentence id (`paragraph.sentence`, as in data-s on the page) → [Chinese, English]. */
  sentences: Record<string, [string, string]>;
};

export type SearchWord = {
  /** Simplified. */
  w: string;
  /** Traditional, when it differs. */
  t?: string;
  /** Numbered syllables (`rong2 zi1`). */
  p: string;
  /** English: the article's sense first, then dictionary senses. */
  e: string;
  hsk?: number;
  /** Occurrences: [article index, sentence id]. */
  o: [number, string][];
};

export type SearchIndex = { version: number; articles: SearchArticle[]; words: SearchWord[] };

const MAX_ENGLISH = 160;

/**
 * One article's share of the index: its sentences, and its words in order of first occurrence,
 * each with its occurrences in this article (article index 0). Computed once per article and
 * cached with it (lib/pipeline), so the index over a whole library is a merge of small parts.
 */
export type SearchPart = { article: SearchArticle; words: SearchWord[] };

export function searchPart(view: ArticleView): SearchPart {
  const words = new Map<string, SearchWord>();
  const sentences: SearchArticle['sentences'] = {};
  view.paragraphs.forEach((p) => {
    for (const s of p.sentences) {
      sentences[s.id] = [s.zh, s.en];
      for (const token of s.tokens) {
        const w = token.word;
        const entry = w ? view.entries[w.entry] : undefined;
        if (!w || !entry) continue;
        let word = words.get(entry.word);
        if (!word) {
          // The sense used here first (as the popover shows it), then the other dictionary senses.
          const senses = [w.first, ...entry.senses.map((x) => x.text)];
          // One list of distinct senses (the glossary's often repeats a dictionary sense).
          const english = Array.from(new Set(senses.flatMap((x) => x.split(/;\s*/u)).filter(Boolean))).join('; ');
          word = {
            w: entry.word,
            ...(entry.traditional !== entry.word ? { t: entry.traditional } : {}),
            p: w.citation.join(' '),
            e: english.length > MAX_ENGLISH ? `${english.slice(0, MAX_ENGLISH - 1)}…` : english,
            ...(entry.hsk ? { hsk: entry.hsk } : {}),
            o: [],
          };
          words.set(entry.word, word);
        }
        const last = word.o[word.o.length - 1];
        if (!last || last[1] !== s.id) word.o.push([0, s.id]);
      }
    }
  });
  return {
    article: { slug: view.slug, title: view.title.zh, titleEn: view.enMeta.title, sentences },
    words: Array.from(words.values()),
  };
}

/**
 * The index over the articles' parts, articles in the order given, words in order of first
 * occurrence; a word's reading and English are those of the first article it occurs in.
 */
export function mergeSearchParts(parts: readonly SearchPart[]): SearchIndex {
  const words = new Map<string, SearchWord>();
  parts.forEach((part, ai) => {
    for (const w of part.words) {
      let word = words.get(w.w);
      if (!word) {
        word = { ...w, o: [] };
        words.set(w.w, word);
      }
      for (const [, sentence] of w.o) word.o.push([ai, sentence]);
    }
  });
  return { version: SEARCH_INDEX_VERSION, articles: parts.map((p) => p.article), words: Array.from(words.values()) };
}

/** The index of the articles' views (mergeSearchParts of their searchPart). */
export function buildSearchIndex(views: readonly ArticleView[]): SearchIndex {
  return mergeSearchParts(views.map(searchPart));
}

export type SearchHit = { word: SearchWord; how: 'characters' | 'pinyin' | 'english'; exact: boolean };

function englishMatch(english: string, query: string): 'exact' | 'word' | null {
  const q = query.trim().toLowerCase();
  if (!q) return null;
  const senses = english.toLowerCase().split(/;\s*/u);
  if (senses.some((s) => s === q || s === `to ${q}`)) return 'exact';
  const escaped = q.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`(^|[^a-z])${escaped}`, 'u').test(english.toLowerCase()) ? 'word' : null;
}

/**
 * Finds words by characters (simplified or traditional, anywhere in the word), by pinyin with or
 * without tones (the start of the reading), or by English (the start of a word in a sense).
 * Exact matches come first, then words seen more often.
 */
export function searchWords(index: SearchIndex, text: string, limit = 50): SearchHit[] {
  const query = text.trim();
  if (!query) return [];
  const hits: (SearchHit & { rank: number })[] = [];
  if (!isLatinQuery(query)) {
    const han = query.replace(/\s+/gu, '');
    for (const word of index.words) {
      if (word.w.includes(han) || word.t?.includes(han)) {
        const exact = word.w === han || word.t === han;
        hits.push({ word, how: 'characters', exact, rank: exact ? 0 : 2 });
      }
    }
  } else {
    const pinyin = parsePinyinQuery(query);
    for (const word of index.words) {
      const p = matchPinyin(pinyin, pinyinKey(word.p));
      if (p) {
        hits.push({ word, how: 'pinyin', exact: p === 'exact', rank: p === 'exact' ? 0 : 2 });
        continue;
      }
      const e = englishMatch(word.e, query);
      if (e) hits.push({ word, how: 'english', exact: e === 'exact', rank: e === 'exact' ? 1 : 3 });
    }
  }
  return hits
    .sort((a, b) => a.rank - b.rank || b.word.o.length - a.word.o.length)
    .slice(0, limit)
    .map(({ word, how, exact }) => ({ word, how, exact }));
}

/**
 * The fetched file's shape, checked before use: a stale or foreign file gives "no index", not a
 * crash. zod/mini keeps the browser bundle small.
 */
const searchIndexSchema = z.object({
  version: z.literal(SEARCH_INDEX_VERSION),
  articles: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      titleEn: z.string(),
      sentences: z.record(z.string(), z.tuple([z.string(), z.string()])),
    }),
  ),
  words: z.array(
    z.object({
      w: z.string(),
      t: z.optional(z.string()),
      p: z.string(),
      e: z.string(),
      hsk: z.optional(z.number()),
      o: z.array(z.tuple([z.number(), z.string()])),
    }),
  ),
});

export function parseSearchIndex(raw: unknown): SearchIndex | null {
  const result = searchIndexSchema.safeParse(raw);
  return result.success ? result.data : null;
}
