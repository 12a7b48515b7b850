/**
 * The article's header: the title (its words have popovers), the English title, and one line of
 * author, source, level and reading time. That line opens the details: the full credits, the
 * text's licence and the difficulty figures (lib/difficulty). A native <details>, so it works with
 * keyboard, screen readers and without JavaScript.
 */
import { difficultyOf } from '@/lib/difficulty';
import { TRADITIONAL_ATTR } from '@/lib/dom/contract';
import { getT, type Lang } from '@/lib/i18n';
import { renderTokens } from '@/lib/render/body';
import type { ArticleView } from '@/lib/view/types';
import { Difficulty } from './Difficulty';

/** Chinese text of the header; the traditional spelling rides along for readers who chose it. */
function Zh({ text, traditional }: { text: string; traditional?: string | undefined }) {
  return traditional && traditional !== text ? <span {...{ [TRADITIONAL_ATTR]: traditional }}>{text}</span> : text;
}

export function ArticleHead({ view, lang }: { view: ArticleView; lang: Lang }) {
  const t = getT(lang);
  const { meta, enMeta, metaTraditional } = view;
  const d = difficultyOf(view);
  const credit = (label: string, zh: string | undefined, trad: string | undefined, en: string | undefined) =>
    zh ? (
      <div>
        <dt>{label}</dt>
        <dd lang="zh-Hans">
          <Zh text={zh} traditional={trad} />
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
      {/* The title's words, from the one body renderer (lib/render): escaped by construction. */}
      <h1
        lang="zh-Hans"
        className="zh title"
        dangerouslySetInnerHTML={{ __html: renderTokens(view.title.tokens, true) }}
      />
      <p lang="en" className="en title-en">
        {enMeta.title}
      </p>
      <details className="article-about" data-testid="article-about">
        <summary className="meta-line">
          {[
            [meta.author, metaTraditional.author],
            [meta.source, metaTraditional.source],
          ]
            .filter((x): x is [string, string | undefined] => Boolean(x[0]))
            .map(([name, trad]) => (
              <span key={name} lang="zh-Hans" className="meta-item">
                <Zh text={name} traditional={trad} />
              </span>
            ))}
          <span className="meta-item" data-testid="meta-level">
            {d.level95 <= 6 ? t('difficulty.level', { level: d.level95 }) : t('article.levelBeyond')}
          </span>
          <span className="meta-item">{t('index.minutes', { count: d.minutes })}</span>
          <span className="meta-more">{t('article.details')}</span>
        </summary>
        <dl className="credits">
          {credit(t('article.byline'), meta.author, metaTraditional.author, enMeta.author)}
          {credit(t('article.editor'), meta.editor, metaTraditional.editor, enMeta.editor)}
          {credit(t('article.source'), meta.source, metaTraditional.source, enMeta.source)}
          {meta.licence ? (
            <div>
              <dt>{t('article.licence')}</dt>
              <dd lang="en">
                {meta.url ? (
                  <a href={meta.url} rel="noopener">
                    {meta.licence}
                  </a>
                ) : (
                  meta.licence
                )}
              </dd>
            </div>
          ) : null}
        </dl>
        <Difficulty slug={view.slug} difficulty={d} lang={lang} />
      </details>
      {meta.draft && <p className="draft-note">{t('article.draft')}</p>}
    </header>
  );
}
