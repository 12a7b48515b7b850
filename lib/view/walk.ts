/**
 * Walking an article's view in reading order. Its own module, with no imports but types, so the
 * browser's decoder (./wire) can use it without pulling the build-time view builder (and through
 * it CC-CEDICT's loader) into the client bundle.
 */
import type { ArticleView, ViewSentence, ViewToken, ViewWord } from './types';

/** Every sentence of the article in reading order, title first. */
export function allSentences(view: ArticleView): ViewSentence[] {
  return [view.title, ...view.paragraphs.flatMap((p) => p.sentences)];
}

/** Every word occurrence in reading order (title first), with the sentence it stands in. */
export function allWords(view: ArticleView): { token: ViewToken; word: ViewWord; sentence: ViewSentence }[] {
  const out: { token: ViewToken; word: ViewWord; sentence: ViewSentence }[] = [];
  for (const sentence of allSentences(view))
    for (const token of sentence.tokens) if (token.word) out.push({ token, word: token.word, sentence });
  return out;
}
