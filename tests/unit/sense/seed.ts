/** The seed article annotated once, and the sense lib/sense chooses for a word of one of its sentences. */
import { join } from 'node:path';
import { annotateArticle } from '@/lib/annotate';
import type { Sentence } from '@/lib/annotate/types';
import { parseArticle } from '@/lib/content/parse';
import { loadCedict } from '@/lib/dictionary/cedict';
import { loadHskLevels } from '@/lib/dictionary/hsk';
import { createSegmenter } from '@/lib/segment';
import { sentenceSenses, type TokenSense } from '@/lib/sense/article';

export const dictionary = loadCedict();
const { article } = parseArticle(join(process.cwd(), 'content/articles/xai-supercluster'), 'xai-supercluster');
if (!article) throw new Error('seed article does not validate');
export const seed = article;
const segmenter = createSegmenter({ dictionary });
export const annotated = annotateArticle(article, { segment: segmenter.segment, dictionary, hsk: loadHskLevels() });
export const glossary = new Map(article.glossary.map((g) => [g.term, g]));

const sentences: Sentence[] = annotated.paragraphs.flatMap((p) => p.sentences);

/** The first sentence whose Chinese contains `phrase`. */
export function sentenceWith(phrase: string): Sentence {
  const s = sentences.find((x) =>
    x.tokens
      .map((t) => t.text)
      .join('')
      .includes(phrase),
  );
  if (!s) throw new Error(`no seed sentence contains ${phrase}`);
  return s;
}

/** The chosen sense of `word` (its first token) in the seed sentence containing `phrase`. */
export function senseIn(phrase: string, word: string): TokenSense & { english: string } {
  const s = sentenceWith(phrase);
  const at = s.tokens.findIndex((t) => t.text === word);
  if (at < 0)
    throw new Error(`${word} is not a token of the sentence with ${phrase}: ${s.tokens.map((t) => t.text).join('/')}`);
  const result = sentenceSenses(s.tokens, s.en, dictionary, { glossary })[at];
  if (!result) throw new Error('no result');
  return { ...result, english: s.en };
}

/** The English words a choice matched, as text. */
export const matchedText = (r: { choice: { matched: [number, number][] }; english: string }): string[] =>
  r.choice.matched.map(([a, b]) => r.english.slice(a, b));
