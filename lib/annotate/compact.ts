/**
 * The per-article dictionary as shipped to the page (out/dict/<slug>.json): the same
 * Record<string, WordInfo> shape the popover reads, cut to what the popover can show. The full
 * subset carries every CC-CEDICT reading and sense of every word and of every character inside a
 * word; the popover shows at most four readings with four senses for a word, and for a character
 * or a composed part only the reading it has in the word with two senses. Everything else is
 * weight a reader on a phone downloads for nothing (the seed's subset drops from about 57 KB to
 * under 28 KB gzip).
 */
import type { AnnotatedArticle, Token, WordInfo } from './types';

/** Readings and senses per reading the popover lists for a word the reader opened. */
export const WORD_READINGS = 4;
export const WORD_SENSES = 4;
/** Senses the popover lists for a character of a word, or for a part of a composed gloss. */
export const PART_SENSES = 2;

type Reading = WordInfo['readings'][number];

/** Every Han token of the article: title and all sentences. */
function hanTokens(article: AnnotatedArticle): Token[] {
  const all = [article.title, ...article.paragraphs.flatMap((p) => p.sentences.map((s) => s.tokens))].flat();
  return all.filter((t) => t.kind === 'han' && t.entry !== undefined);
}

const lower = (syllable: string): string => syllable.toLowerCase();

/**
 * Cuts the article's dictionary to what the popover shows. `opened` words (token entries) keep
 * their first readings and senses; words that only appear as a character or a part of an opened
 * word keep the readings the article reads them with (the popover matches the syllable), or the
 * first reading when none matches, with two senses. Entries nothing refers to are dropped.
 */
export function compactDictionary(article: AnnotatedArticle): Record<string, WordInfo> {
  const dict = article.dictionary;
  const opened = new Set<string>();
  /** Sub-entry → the syllables it is read with inside the opened words ('' = any). */
  const inner = new Map<string, Set<string>>();
  const want = (word: string, syllable: string): void => {
    const set = inner.get(word) ?? new Set<string>();
    set.add(lower(syllable));
    inner.set(word, set);
  };
  for (const t of hanTokens(article)) {
    const entry = t.entry as string; // filtered above
    opened.add(entry);
    const chars = Array.from(t.text);
    const syllables = t.pinyin?.citation ?? [];
    if (chars.length > 1) chars.forEach((c, i) => want(c, syllables[i] ?? ''));
    for (const part of dict[entry]?.parts ?? []) want(part, '');
  }

  const out: Record<string, WordInfo> = {};
  for (const word of opened) {
    const info = dict[word];
    if (!info) continue;
    out[word] = {
      ...info,
      readings: info.readings
        .slice(0, WORD_READINGS)
        .map((r) => ({ pinyin: r.pinyin, senses: r.senses.slice(0, WORD_SENSES) })),
    };
  }
  for (const [word, syllables] of inner) {
    if (out[word]) continue; // also a word of its own: the fuller entry serves both
    const info = dict[word];
    if (!info) continue;
    // The popover takes the first reading whose syllable matches (case aside), so one per syllable.
    const kept: Reading[] = [];
    for (const syllable of syllables) {
      // Of the readings with that syllable, a common one before a surname or place (计 ji4 "to
      // calculate" before Ji4 "surname Ji"): the order lib/sense/order gives characters.
      const same = info.readings.filter((x) => lower(x.pinyin.join(' ')) === syllable);
      const r = same.find((x) => !/^[A-Z]/u.test(x.pinyin[0] ?? '')) ?? same[0] ?? info.readings[0];
      if (r && !kept.includes(r)) kept.push(r);
    }
    const compact: WordInfo = {
      word: info.word,
      traditional: info.traditional,
      readings: kept.map((r) => ({ pinyin: r.pinyin, senses: r.senses.slice(0, PART_SENSES) })),
      gloss: info.gloss,
    };
    out[word] = compact;
  }
  return out;
}
