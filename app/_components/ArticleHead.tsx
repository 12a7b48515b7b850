/**
 * The article's header: the title (its words have popovers), the English title, and one line of
 * author, source, level and reading time. That line opens the details: the full credits and the
 * difficulty figures (lib/difficulty). A native <details>, so it works with keyboard, screen
 * readers and without JavaScript.
 */
import type { AnnotatedArticle } from '@/lib/annotate/types';
import { difficultyOf } from '@/lib/difficulty';
import { getT, type Lang } from '@/lib/i18n';
import { Hanzi, Tokens } from './Tokens';
import { Difficulty } from './Difficulty';

export function ArticleHead({ article, lang }: { article: AnnotatedArticle; lang: Lang }) {
  const t = getT(lang);
  const { meta, enMeta } = article;
  const d = difficultyOf(article);
  const credit = (label: string, zh: string | undefined, en: string | undefined) =>
    zh ? (
      <div>
        <dt>{label}</dt>
        <dd lang="zh-Hans">
          <Hanzi text={zh} />
        </dd>
        {en && (
          <dd lang="en" className="en-inline">
            ({en})
          </dd>
        )}
      </div>
    ) : null;
  return (
    <header className="article-head">
      <h1 lang="zh-Hans" className="zh title">
        <Tokens tokens={article.title} entry />
      </h1>
      <p lang="en" className="en title-en">
        {enMeta.title}
      </p>
      <details className="article-about" data-testid="article-about">
        <summary className="meta-line">
          {[meta.author, meta.source].filter(Boolean).map((name) => (
            <span key={name} lang="zh-Hans" className="meta-item">
              {name}
            </span>
          ))}
          <span className="meta-item" data-testid="meta-level">
            {d.level95 <= 6 ? t('difficulty.level', { level: d.level95 }) : t('article.levelBeyond')}
          </span>
          <span className="meta-item">{t('index.minutes', { count: d.minutes })}</span>
          <span className="meta-more">{t('article.details')}</span>
        </summary>
        <dl className="credits">
          {credit(t('article.byline'), meta.author, enMeta.author)}
          {credit(t('article.editor'), meta.editor, enMeta.editor)}
          {credit(t('article.source'), meta.source, undefined)}
        </dl>
        <Difficulty article={article} lang={lang} />
      </details>
      {meta.draft && <p className="draft-note">{t('article.draft')}</p>}
    </header>
  );
}
