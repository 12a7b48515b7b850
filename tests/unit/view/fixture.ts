/** Views of hand-written annotated articles, for tests that feed lib/view's consumers. */
import type { AnnotatedArticle, Token, WordInfo } from '@/lib/annotate/types';
import { buildView } from '@/lib/view/build';
import type { ArticleView } from '@/lib/view/types';

/** A toy simplified → traditional table: enough characters for the tests' words. */
const TRAD: Record<string, string> = { 资: '資', 们: '們', 绿: '綠', 这: '這', 台: '臺', 计: '計', 划: '劃' };
export const toyTraditional = (text: string): string => Array.from(text, (c) => TRAD[c] ?? c).join('');

export function han(text: string, pinyin: string, extra: Partial<Token> = {}): Token {
  const citation = pinyin.split(' ');
  return { text, kind: 'han', entry: text, pinyin: { citation, spoken: citation, source: 'dictionary' }, ...extra };
}

export function annotated(
  paragraphs: { tokens: Token[]; en: string }[][],
  dictionary: Record<string, WordInfo> = {},
  title: Token[] = [],
): AnnotatedArticle {
  return {
    slug: 'test',
    hash: 'x',
    meta: { title: title.map((t) => t.text).join('') || '标题', draft: false, tags: [] },
    enMeta: { title: 'Title' },
    title,
    paragraphs: paragraphs.map((sentences) => ({ kind: 'text' as const, pending: false, sentences })),
    dictionary,
  };
}

export function viewOf(article: AnnotatedArticle): ArticleView {
  return buildView(article, { traditional: toyTraditional });
}
