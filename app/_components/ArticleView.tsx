import type { AnnotatedArticle } from '@/lib/annotate/types';
import { getT, type Lang } from '@/lib/i18n';
import { Tokens } from './Tokens';
import { BASE_PATH } from './Shell';
import { Toolbar } from './client/Toolbar';
import { WordPopover } from './client/WordPopover';
import { TeacherPanel } from './client/TeacherPanel';
import { Difficulty } from './Difficulty';

/** The article: title, credits, then each Chinese paragraph with its English under it. */
export function ArticleView({ article, lang }: { article: AnnotatedArticle; lang: Lang }) {
  const t = getT(lang);
  const { meta, enMeta } = article;
  return (
    <>
      <Toolbar lang={lang} />
      <TeacherPanel slug={article.slug} lang={lang} />
      <article id="article" className="article" data-slug={article.slug}>
        <header className="article-head">
          <h1 lang="zh-Hans" className="zh title">
            <Tokens tokens={article.title} entry />
          </h1>
          <p lang="en" className="en title-en">
            {enMeta.title}
          </p>
          <dl className="credits">
            {meta.author && (
              <div>
                <dt>{t('article.byline')}</dt>
                <dd lang="zh-Hans">{meta.author}</dd>
                {enMeta.author && (
                  <dd lang="en" className="en-inline">
                    ({enMeta.author})
                  </dd>
                )}
              </div>
            )}
            {meta.editor && (
              <div>
                <dt>{t('article.editor')}</dt>
                <dd lang="zh-Hans">{meta.editor}</dd>
                {enMeta.editor && (
                  <dd lang="en" className="en-inline">
                    ({enMeta.editor})
                  </dd>
                )}
              </div>
            )}
            {meta.source && (
              <div>
                <dt>{t('article.source')}</dt>
                <dd lang="zh-Hans">{meta.source}</dd>
              </div>
            )}
          </dl>
          {meta.draft && <p className="draft-note">{t('article.draft')}</p>}
          <Difficulty article={article} lang={lang} />
        </header>
        {article.paragraphs.map((p, pi) => {
          const Zh = p.kind === 'heading' ? 'h2' : 'p';
          return (
            <section key={pi} className={`para para-${p.kind}`} data-p={pi}>
              <Zh lang="zh-Hans" className="zh">
                {p.sentences.map((s, si) => (
                  <span key={si} className="s" data-s={`${pi}.${si}`}>
                    <Tokens tokens={s.tokens} />
                  </span>
                ))}
              </Zh>
              <p lang="en" className={`en${p.kind === 'heading' ? ' en-heading' : ''}`}>
                {p.pending ? (
                  <span className="pending">{t('article.pending')}</span>
                ) : (
                  p.sentences.map((s, si) => (
                    <span key={si} className="s" data-s={`${pi}.${si}`}>
                      {si > 0 ? ' ' : ''}
                      {s.en}
                    </span>
                  ))
                )}
              </p>
            </section>
          );
        })}
      </article>
      <WordPopover lang={lang} dictUrl={`${BASE_PATH}/dict/${article.slug}.json`} />
    </>
  );
}
