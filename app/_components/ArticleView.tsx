import { preload } from 'react-dom';
import { ARTICLE_ID, BODY_ID, BODY_SLOT_ATTR, TRADITIONAL_ATTR, earlyTapScript } from '@/lib/dom/contract';
import { getT, type Lang } from '@/lib/i18n';
import { renderTokens } from '@/lib/render/body';
import { file } from '@/lib/urls';
import type { ArticleView as View } from '@/lib/view/types';
import { renderArticleBody } from './article-body';
import { Toolbar } from './client/Toolbar';
import { WordPopover } from './client/WordPopover';
import { SentenceLinks } from './client/SentenceLinks';
import { LearnerArticle } from './LearnerArticle'; // learner (issue 5)
import { ReadParagraphs } from './client/ReadAloud'; // learner (issue 5)
import { Variants } from './client/Variants';
import { TeacherPanel } from './client/TeacherPanel';
import { Difficulty } from './Difficulty';

/** Chinese text of the header; the traditional spelling rides along for readers who chose it. */
function Zh({ text, traditional }: { text: string; traditional?: string }) {
  return traditional && traditional !== text ? <span {...{ [TRADITIONAL_ATTR]: traditional }}>{text}</span> : text;
}

/**
 * The article: title, credits, then the body (each Chinese paragraph with its English), which
 * lib/render wrote once for the site and the offline file. React renders an empty placeholder
 * for the body (`dangerouslySetInnerHTML` with ''), and scripts/postbuild.mjs splices the body's
 * HTML into the exported page. This is safe because: the body is data rendered by escaping
 * construction (no content becomes markup; tests/unit/render), it contains no script (CSP hashes
 * are computed after the splice and the body adds none); React does not look inside an element
 * it rendered with dangerouslySetInnerHTML when it hydrates, so it neither checks nor replaces the
 * spliced children; and article pages are only ever reached by full page loads (lib/urls), never
 * by a client-side navigation that would render the empty placeholder from React's payload.
 * In `next dev` (no post-build step) the body is inlined directly.
 */
export function ArticleView({ view, lang }: { view: View; lang: Lang }) {
  const t = getT(lang);
  const { meta, enMeta, metaTraditional } = view;
  const article = view;
  const dataUrl = file.articleData(view.slug);
  preload(dataUrl, { as: 'fetch', crossOrigin: 'anonymous' });
  const body = process.env.NODE_ENV === 'development' ? renderArticleBody(view, lang) : '';
  return (
    <>
      <Toolbar lang={lang} />
      <LearnerArticle /> {/* learner (issue 5): known words, HSK colours, teacher export, read aloud */}
      <TeacherPanel slug={article.slug} lang={lang} />
      <article id={ARTICLE_ID} className="article" data-slug={article.slug}>
        <header className="article-head">
          <h1
            lang="zh-Hans"
            className="zh title"
            dangerouslySetInnerHTML={{ __html: renderTokens(view.title.tokens, true) }}
          />
          <p lang="en" className="en title-en">
            {enMeta.title}
          </p>
          <dl className="credits">
            {meta.author && (
              <div>
                <dt>{t('article.byline')}</dt>
                <dd lang="zh-Hans">
                  <Zh text={meta.author} traditional={metaTraditional.author} />
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
                  <Zh text={meta.editor} traditional={metaTraditional.editor} />
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
                  <Zh text={meta.source} traditional={metaTraditional.source} />
                </dd>
              </div>
            )}
          </dl>
          {meta.draft && <p className="draft-note">{t('article.draft')}</p>}
          <Difficulty article={article} lang={lang} />
        </header>
        <div
          id={BODY_ID}
          {...{ [BODY_SLOT_ATTR]: `${view.slug}.${lang}` }}
          suppressHydrationWarning
          dangerouslySetInnerHTML={{ __html: body }}
        />
      </article>
      <script dangerouslySetInnerHTML={{ __html: earlyTapScript() }} />
      {/* Without scripts the other views cannot be drawn: show the article as built at once. */}
      <noscript>
        <style>{'#article{visibility:visible!important;animation:none!important}'}</style>
      </noscript>
      <SentenceLinks />
      <ReadParagraphs />
      <Variants dataUrl={dataUrl} />
      <WordPopover lang={lang} dataUrl={dataUrl} />
    </>
  );
}
