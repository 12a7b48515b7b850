import type { AnnotatedArticle } from '@/lib/annotate/types';
import { getT, type Lang } from '@/lib/i18n';
import { Tokens } from './Tokens';
import { BASE_PATH } from './Shell';
import { Toolbar } from './client/Toolbar';
import { WordPopover } from './client/WordPopover';
import { SentenceLinks } from './client/SentenceLinks';
import { LearnerArticle } from './LearnerArticle'; // learner (issue 5)
import { ReadParagraph } from './client/ReadAloud'; // learner (issue 5)
import { ReadingPlace } from './client/ReadingPlace';
import { ArticleHead } from './ArticleHead';

/**
 * The article: its header (title, one line of credits, level and time), then each Chinese
 * paragraph with its English under it, then the reading bar.
 */
export function ArticleView({ article, lang }: { article: AnnotatedArticle; lang: Lang }) {
  const t = getT(lang);
  return (
    <>
      <LearnerArticle /> {/* learner (issue 5): known words before paint, the k/l/i keys */}
      <a className="skip" href="#reader-bar">
        {t('bar.skip')}
      </a>
      <article id="article" className="article" data-slug={article.slug}>
        <ArticleHead article={article} lang={lang} />
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
      {/* After the text: fixed at the bottom on a phone, in the margin on a wide screen (CSS). */}
      <Toolbar slug={article.slug} lang={lang} />
      <ReadingPlace slug={article.slug} />
      <SentenceLinks />
      <WordPopover lang={lang} dictUrl={`${BASE_PATH}/dict/${article.slug}.json`} />
    </>
  );
}
