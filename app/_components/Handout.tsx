/**
 * The print view (handout) of an article: title and source, the text with or without pinyin, a
 * vocabulary table of the words above a chosen HSK level, the English on its own page or left
 * out, and lined space for notes. The page is static: its options come from the URL
 * (?pinyin=off&vocab=4&english=off), applied by an inline script as data attributes that
 * handout.css reads; the form below rewrites the URL, so it works without JavaScript too.
 */
import { HANDOUT_OPTIONS, VOCAB_LEVELS, defaultVocabLevel, handoutBootScript } from '@/lib/handout';
import { getT, type Lang } from '@/lib/i18n';
import { BODY_SLOT_ATTR, handoutSlot } from '@/lib/dom/contract';
import { href, page } from '@/lib/urls';
import type { ArticleView } from '@/lib/view/types';
import { renderHandout } from './article-body';
import { PrintButton } from './client/PrintButton';
import './handout.css';

export function Handout({ article, lang }: { article: ArticleView; lang: Lang }) {
  const t = getT(lang);
  const { meta, enMeta } = article;
  const vocabDefault = defaultVocabLevel(article);
  const sheet = process.env.NODE_ENV === 'development' ? renderHandout(article, lang) : '';
  const credits = [
    meta.author && `${t('article.byline')}: ${meta.author}`,
    meta.source && `${t('article.source')}: ${meta.source}`,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <div className="handout" data-testid="handout">
      <form className="handout-options" method="get" aria-label={t('handout.options')}>
        <label>
          <span>{t('handout.pinyin')}</span>
          <select id="h-pinyin" name="pinyin" defaultValue={HANDOUT_OPTIONS.pinyin[0]}>
            <option value="on">{t('handout.withPinyin')}</option>
            <option value="off">{t('handout.withoutPinyin')}</option>
          </select>
        </label>
        <label>
          <span>{t('handout.vocabLevel')}</span>
          <select id="h-vocab" name="vocab" defaultValue={vocabDefault}>
            {VOCAB_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t('difficulty.level', { level: Number(l) })}
              </option>
            ))}
            <option value="none">{t('handout.none')}</option>
          </select>
        </label>
        <label>
          <span>{t('handout.english')}</span>
          <select id="h-english" name="english" defaultValue={HANDOUT_OPTIONS.english[0]}>
            <option value="page">{t('handout.ownPage')}</option>
            <option value="off">{t('handout.omitted')}</option>
          </select>
        </label>
        <button type="submit">{t('handout.apply')}</button> <PrintButton />{' '}
        <a href={href(page.article(lang, article.slug))}>{t('handout.back')}</a>
      </form>
      <script dangerouslySetInnerHTML={{ __html: handoutBootScript(vocabDefault) }} />

      <header className="handout-head">
        <h1 lang="zh-Hans" className="zh">
          {meta.title}
        </h1>
        <p lang="en" className="handout-title-en">
          {enMeta.title}
        </p>
        {credits ? <p className="handout-credits">{credits}</p> : null}
        {meta.url ? <p className="handout-credits">{meta.url}</p> : null}
        {meta.licence ? (
          <p className="handout-credits">
            {t('article.licence')}: {meta.licence}
          </p>
        ) : null}
      </header>

      {/* The text, the vocabulary table, space for notes and the English: lib/handout's
          renderHandoutSheet, spliced in after the build like the article body, for the same
          reasons and safely in the same way (see ArticleView); in next dev, inlined directly. */}
      <div
        className="handout-sheet"
        {...{ [BODY_SLOT_ATTR]: handoutSlot(article.slug, lang) }}
        suppressHydrationWarning
        dangerouslySetInnerHTML={{ __html: sheet }}
      />
    </div>
  );
}
