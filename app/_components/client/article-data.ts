'use client';
/**
 * The article's view in the browser: the data file (lib/view/wire) fetched once per page (the
 * page preloads it), and the pairing of each word element with its row. Client code reads words,
 * readings, senses and sentences from here, never back out of the page's markup: the n-th word
 * element of the article is the n-th word of the data file, both written from one view.
 */
import { ARTICLE_ID, WORD_KEY_ATTR, WORD_SELECTOR } from '@/lib/dom/contract';
import type { ExportWord } from '@/lib/export';
import type { WordContext } from '@/lib/learner/state';
import type { Settings } from '@/lib/settings';
import { file } from '@/lib/urls';
import type { ViewEntry } from '@/lib/view/types';
import { decodeArticleData, type ArticleData, type ClientSentence, type ClientWord } from '@/lib/view/wire';

const loads = new Map<string, Promise<ArticleData>>();

/** A data file, fetched once per page; a failed fetch or a bad file gives empty data, never a throw. */
export function fetchArticleData(url: string): Promise<ArticleData> {
  let p = loads.get(url);
  if (!p) {
    p = fetch(url)
      .then((r) => (r.ok ? r.json() : null))
      .catch(() => null)
      .then((raw: unknown) => {
        const data = decodeArticleData(raw);
        if (data.problems.length > 0)
          console.warn(`${url}: ${data.problems.length} row(s) skipped: ${data.problems.slice(0, 5).join('; ')}`);
        return data;
      });
    loads.set(url, p);
  }
  return p;
}

/**
 * Starts reading the data file the page preloads (ArticleView) as soon as the client code loads,
 * before React hydrates the page: on a slow phone the first tap then finds it parsed and checked
 * instead of waiting for it after hydration. The same promise as fetchArticleData's for that URL.
 */
export function startPreloadedData(): void {
  if (typeof document === 'undefined') return;
  const href = document.querySelector('link[rel="preload"][as="fetch"]')?.getAttribute('href');
  if (href) void fetchArticleData(href);
}

export function articleElement(): HTMLElement | null {
  return document.getElementById(ARTICLE_ID);
}

export function articleSlug(): string {
  return articleElement()?.dataset.slug ?? '';
}

/** This page's article data. */
export function currentArticleData(): Promise<ArticleData> {
  return fetchArticleData(file.articleData(articleSlug()));
}

let wordElements: HTMLElement[] | null = null;
let positions: WeakMap<Element, number> | null = null;

/** The article's word elements in page order (title, then body). */
export function wordElementList(): HTMLElement[] {
  if (!wordElements) {
    wordElements = Array.from(articleElement()?.querySelectorAll<HTMLElement>(WORD_SELECTOR) ?? []);
    positions = new WeakMap(wordElements.map((el, i) => [el, i]));
  }
  return wordElements;
}

/** The word element under an event target, if any. */
export function wordElementOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(WORD_SELECTOR) : null;
}

export type PageWord = {
  data: ArticleData;
  index: number;
  word: ClientWord;
  entry: ViewEntry;
  sentence: ClientSentence | undefined;
};

/** The row of a word element, checked against the element's key (a stale file gives null). */
export function pageWord(data: ArticleData, el: Element): PageWord | null {
  wordElementList();
  const index = positions?.get(el);
  if (index === undefined) return null;
  const word = data.words[index];
  const entry = word ? data.entries[word.entry] : undefined;
  if (!word || !entry || entry.word !== el.getAttribute(WORD_KEY_ATTR)) return null;
  return { data, index, word, entry, sentence: data.sentences[word.sentence] };
}

/** A sentence's Chinese in the reader's script. */
export function sentenceZh(s: ClientSentence | undefined, script: Settings['script']): string {
  if (!s) return '';
  return script === 'traditional' ? s.zhTraditional : s.zh;
}

export function sentenceById(data: ArticleData, id: string): ClientSentence | undefined {
  return data.sentences.find((s) => s.id === id);
}

/** The sense a saved or exported word keeps: the one used where it was met. */
export function senseOf(w: PageWord): string {
  return w.word.first || w.entry.senses[0]?.text || '';
}

/** Everything a saved word keeps, from the data file; the sentence in the reader's script. */
export function contextFor(w: PageWord, script: Settings['script']): WordContext {
  const { data } = w;
  // A word met in the title has no sentence: keep the first sentence of the body that uses it.
  let at = w;
  if (w.sentence?.id === 't') {
    const index = data.words.findIndex(
      (x, i) => i > w.index && x.entry === w.word.entry && data.sentences[x.sentence]?.id !== 't',
    );
    const other = data.words[index];
    if (other) at = { ...w, index, word: other, sentence: data.sentences[other.sentence] };
  }
  const title = data.sentences.find((s) => s.id === 't');
  return {
    traditional: w.entry.traditional,
    pinyin: w.word.citation.join(' '),
    sense: senseOf(w),
    zh: sentenceZh(at.sentence, script),
    en: at.sentence?.en ?? '',
    slug: data.slug,
    title: sentenceZh(title, script),
    sentence: at.sentence?.id === 't' ? '' : (at.sentence?.id ?? ''),
    ...(w.word.hsk ? { hsk: w.word.hsk } : {}),
  };
}

/**
 * Every distinct word of the article in reading order, with its first sentence, for the teacher
 * export. Names are left out (a class does not drill 马斯克), as are words met only in the title.
 */
export function articleWords(data: ArticleData, script: Settings['script']): ExportWord[] {
  const seen = new Set<string>();
  const out: ExportWord[] = [];
  data.words.forEach((word, index) => {
    const entry = data.entries[word.entry];
    const sentence = data.sentences[word.sentence];
    if (!entry || !entry.word || !sentence || sentence.id === 't' || seen.has(entry.word)) return;
    seen.add(entry.word);
    if (word.name) return;
    const c = contextFor({ data, index, word, entry, sentence }, script);
    out.push({
      simplified: entry.word,
      traditional: c.traditional,
      pinyin: c.pinyin,
      sense: c.sense,
      zh: c.zh,
      en: c.en,
      slug: data.slug,
      ...(c.hsk ? { hsk: c.hsk } : {}),
    });
  });
  return out;
}
