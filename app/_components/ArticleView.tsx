import type { AnnotatedArticle } from '@/lib/annotate/types';
import { getT, type Lang } from '@/lib/i18n';
import { Hanzi, Tokens } from './Tokens';
import { BASE_PATH } from './Shell';
import { Toolbar } from './client/Toolbar';
import { WordPopover } from './client/WordPopover';
import { SentenceLinks } from './client/SentenceLinks';
import { LearnerArticle } from './LearnerArticle'; // learner (issue 5)
import { ReadParagraph } from './client/ReadAloud'; // learner (issue 5)
import { TeacherPanel } from './client/TeacherPanel';
import { Difficulty } from './Difficulty';

/** The article: title, credits, then each Chinese paragraph with its English under it. */
export function ArticleView({ article, lang }: { article: AnnotatedArticle; lang: Lang }) {
  const t = getT(lang);
  const { meta, enMeta } = article;
  return (
    <>
      <Toolbar lang={lang} />
      <LearnerArticle /> {/* learner (issue 5): known words, HSK colours, teacher export, read aloud */}
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
                <dd lang="zh-Hans">
                  <Hanzi text={meta.author} />
                </dd>
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
                <dd lang="zh-Hans">
                  <Hanzi text={meta.editor} />
                </dd>
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
                <dd lang="zh-Hans">
                  <Hanzi text={meta.source} />
                </dd>
              </div>
            )}
          </dl>
          {meta.draft && <p className="draft-note">{t('article.draft')}</p>}
          <Difficulty article={article} lang={lang} />
        </header>
        {article.paragraphs.map((p, pi) => {
          const Zh = p.kind === 'heading' ? 'h2' : 'p';
          const enId = `en-${pi}`;
          return (
            <section key={pi} className={`para para-${p.kind}`} data-p={pi}>
              <ReadParagraph p={pi} /> {/* learner (issue 5): read this paragraph aloud */}
              <Zh lang="zh-Hans" className="zh">
                {p.sentences.map((s, si) => (
                  <span key={si} className="s" data-s={`${pi}.${si}`}>
                    <Tokens tokens={s.tokens} />
                  </span>
                ))}
              </Zh>
              {/* Shown only in the "reveal on demand" layout (CSS); SentenceLinks toggles it. */}
              <button type="button" className="reveal" aria-expanded="false" aria-controls={enId}>
                <span className="when-closed">{t('toolbar.showEnglish')}</span>
                <span className="when-open">{t('toolbar.hideEnglish')}</span>
              </button>
              <p id={enId} lang="en" className={`en${p.kind === 'heading' ? ' en-heading' : ''}`}>
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
      <SentenceLinks />
      <WordPopover lang={lang} dictUrl={`${BASE_PATH}/dict/${article.slug}.json`} />
    </>
  );
}
