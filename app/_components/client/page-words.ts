'use client';
/**
 * Reads what the learner tools need from the article page itself: the server already rendered
 * every word with its reading and level (ruby data-w/-py/-hsk), every sentence with its id (span
 * data-s, the same id on the Chinese and the English span), and the popover fetches the article's
 * dictionary subset. Nothing here re-segments or looks words up.
 */
import type { WordInfo } from '@/lib/annotate/types';
import { decodeDictionary } from '@/lib/annotate/wire';
import type { ExportWord } from '@/lib/export';
import type { WordContext } from '@/lib/learner/state';
import { BASE_PATH_CLIENT } from './base-path';

export type Dict = Record<string, WordInfo>;

const dictionaries = new Map<string, Promise<Dict>>();

/** A dictionary file (rows, lib/annotate/wire), fetched once per page; a failed fetch gives {}. */
export function fetchDictionary(url: string): Promise<Dict> {
  let p = dictionaries.get(url);
  if (!p) {
    p = fetch(url)
      .then((r) => (r.ok ? r.json() : null))
      .then(decodeDictionary)
      .catch(() => ({}));
    dictionaries.set(url, p);
  }
  return p;
}

/** The article's dictionary subset (out/dict/<slug>.json), shared with the popover. */
export function fetchArticleDictionary(slug: string): Promise<Dict> {
  return fetchDictionary(`${BASE_PATH_CLIENT}/dict/${slug}.json`);
}

/** An element's Chinese text without the pinyin in <rt>. */
export function textWithoutRuby(el: Element): string {
  const copy = el.cloneNode(true);
  if (!(copy instanceof Element)) return el.textContent ?? '';
  copy.querySelectorAll('rt').forEach((rt) => rt.remove());
  return (copy.textContent ?? '').trim();
}

export function articleSlug(): string {
  return document.getElementById('article')?.dataset.slug ?? '';
}

export function articleTitle(): string {
  const h1 = document.querySelector('#article h1');
  return h1 ? textWithoutRuby(h1) : '';
}

/** The sense used in the article: the curated gloss, else the senses of the reading shown on the page. */
export function senseOf(info: WordInfo | undefined, pinyin: string): string {
  if (!info) return '';
  if (info.glossary) return info.glossary.sense;
  const shown = pinyin.toLowerCase();
  const reading =
    info.readings.find((r) => r.pinyin.join(' ').toLowerCase().replace(/u:/gu, 'ü') === shown.replace(/u:/gu, 'ü')) ??
    info.readings[0];
  if (reading) return reading.senses.slice(0, 3).join('; ');
  return (info.parts ?? []).join(' + ');
}

function hskOf(el: HTMLElement): number | undefined {
  const n = Number(el.dataset.hsk);
  return Number.isInteger(n) && n >= 1 && n <= 6 ? n : undefined;
}

/** The sentence a word sits in, in Chinese and (from the span with the same data-s) in English. */
function sentenceOf(el: HTMLElement): { id: string; zh: string; en: string } {
  const span = el.closest<HTMLElement>('span.s[data-s]');
  const id = span?.dataset.s ?? '';
  const en = id ? document.querySelector(`#article .en span.s[data-s="${id}"]`) : null;
  return { id, zh: span ? textWithoutRuby(span) : '', en: en?.textContent?.trim() ?? '' };
}

/** Everything a saved word keeps, read from its <ruby> on the page and the dictionary entry. */
export function contextFor(el: HTMLElement, info: WordInfo | undefined): WordContext {
  const word = el.dataset.w ?? '';
  const pinyin = el.dataset.py ?? '';
  // A word met in the title has no sentence: keep the first sentence of the body that uses it.
  const inBody = el.closest('span.s')
    ? el
    : (document.querySelector<HTMLElement>(`#article span.s ruby.w[data-w="${CSS.escape(word)}"]`) ?? el);
  const sentence = sentenceOf(inBody);
  const hsk = hskOf(el);
  return {
    traditional: info?.traditional ?? word,
    pinyin,
    sense: senseOf(info, pinyin),
    zh: sentence.zh,
    en: sentence.en,
    slug: articleSlug(),
    title: articleTitle(),
    sentence: sentence.id,
    ...(hsk ? { hsk } : {}),
  };
}

/**
 * Every distinct word of the article in reading order, with its first sentence, for the teacher
 * export. Names are left out (a class does not drill 马斯克), as are words outside sentences (the title).
 */
export function articleWords(dict: Dict): ExportWord[] {
  const seen = new Set<string>();
  const out: ExportWord[] = [];
  const slug = articleSlug();
  for (const el of document.querySelectorAll<HTMLElement>('#article span.s ruby.w[data-w]')) {
    const word = el.dataset.w ?? '';
    if (!word || seen.has(word)) continue;
    seen.add(word);
    const info = dict[word];
    // Names: glossed as such, or capitalised in CC-CEDICT (马斯克 Ma3 si1 ke4).
    if (info?.gloss === 'name' || /^\p{Lu}/u.test(el.dataset.py ?? '')) continue;
    const c = contextFor(el, info);
    out.push({
      simplified: word,
      traditional: c.traditional,
      pinyin: c.pinyin,
      sense: c.sense,
      zh: c.zh,
      en: c.en,
      slug,
      ...(c.hsk ? { hsk: c.hsk } : {}),
    });
  }
  return out;
}
