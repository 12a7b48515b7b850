/**
 * The article body and the handout's sheet for one UI language: lib/render and lib/handout with
 * this language's labels. The body is memoised per build process, because the page (in
 * development), the body file and the offline file all ask.
 */
import 'server-only';
import { getT, type Lang } from '@/lib/i18n';
import { renderHandoutSheet, VOCAB_LEVELS, type HandoutLabels } from '@/lib/handout';
import { renderBody, type BodyLabels } from '@/lib/render/body';
import type { ArticleView } from '@/lib/view/types';

export function bodyLabels(lang: Lang): BodyLabels {
  const t = getT(lang);
  return {
    showEnglish: t('toolbar.showEnglish'),
    hideEnglish: t('toolbar.hideEnglish'),
    pending: t('article.pending'),
    readParagraph: t('learner.readParagraph'),
  };
}

const memo = new WeakMap<ArticleView, Map<Lang, string>>();

export function renderArticleBody(view: ArticleView, lang: Lang): string {
  let byLang = memo.get(view);
  if (!byLang) memo.set(view, (byLang = new Map()));
  let html = byLang.get(lang);
  if (html === undefined) {
    html = renderBody(view, bodyLabels(lang));
    byLang.set(lang, html);
  }
  return html;
}

export function handoutLabels(lang: Lang): HandoutLabels {
  const t = getT(lang);
  return {
    vocabulary: VOCAB_LEVELS.map((level) => t('handout.vocabulary', { level })),
    word: t('handout.word'),
    pinyin: t('handout.pinyinCol'),
    sense: t('handout.sense'),
    notes: t('handout.notes'),
    translation: t('handout.translation'),
    pending: t('article.pending'),
  };
}

export function renderHandout(view: ArticleView, lang: Lang): string {
  return renderHandoutSheet(view, handoutLabels(lang));
}
