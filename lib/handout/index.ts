/**
 * The handout's vocabulary: every distinct word of the article, in order of first appearance,
 * with its pinyin as read in the article and its sense in the article (the glossary's when
 * curated, else CC-CEDICT's first reading). Names are left out (they are glossed, not learnt);
 * single characters inside words are not rows. Each row keeps its HSK level (7 = beyond HSK 6)
 * so the print view can show the words above any chosen level with CSS alone.
 */
import type { AnnotatedArticle } from '../annotate/types';
import { formatReading } from '../pinyin/syllable';

export type VocabularyRow = { word: string; pinyin: string; sense: string; level: number };

/** Options a handout link can carry; anything else falls back to the default. */
export const HANDOUT_OPTIONS = {
  pinyin: ['on', 'off'],
  vocab: ['3', '1', '2', '4', '5', '6', 'none'],
  english: ['page', 'off'],
} as const;

const BEYOND = 7;

export function handoutVocabulary(
  article: Pick<AnnotatedArticle, 'title' | 'paragraphs' | 'dictionary'>,
): VocabularyRow[] {
  const rows: VocabularyRow[] = [];
  const seen = new Set<string>();
  const tokens = [article.title, ...article.paragraphs.flatMap((p) => p.sentences.map((s) => s.tokens))].flat();
  for (const t of tokens) {
    if (t.kind !== 'han' || !t.entry || !t.pinyin || seen.has(t.entry)) continue;
    seen.add(t.entry);
    const info = article.dictionary[t.entry];
    if (!info || info.gloss === 'name') continue;
    const sense =
      info.glossary?.sense ??
      t.sense ??
      info.readings[0]?.senses.slice(0, 2).join('; ') ??
      info.parts?.map((p) => article.dictionary[p]?.readings[0]?.senses[0] ?? p).join(' + ') ??
      '';
    rows.push({ word: t.entry, pinyin: formatReading(t.pinyin.citation, 'marks'), sense, level: t.hsk ?? BEYOND });
  }
  return rows;
}

/**
 * The inline script of the print view: reads the options from the URL, sets them as
 * data-h-<name> on <html> (the handout CSS reads them) and on the form's selects. Plain ES5.
 */
export function handoutBootScript(): string {
  return `(function(){var o=${JSON.stringify(HANDOUT_OPTIONS)},q={},d=document.documentElement;try{q=new URLSearchParams(location.search)}catch(e){}for(var k in o){var a=o[k],x=q.get?q.get(k):null,v=a.indexOf(x)>=0?x:a[0];d.setAttribute('data-h-'+k,v);var s=document.getElementById('h-'+k);if(s)s.value=v}})();`;
}
