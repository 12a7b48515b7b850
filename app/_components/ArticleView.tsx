import { preload } from 'react-dom';
import { ARTICLE_ID, BODY_ID, BODY_SLOT_ATTR, articleSlot, earlyTapScript } from '@/lib/dom/contract';
import { getT, type Lang } from '@/lib/i18n';
import { file } from '@/lib/urls';
import type { ArticleView as View } from '@/lib/view/types';
import { renderArticleBody } from './article-body';
import { ArticleHead } from './ArticleHead';
import { Toolbar } from './client/Toolbar';
import { WordPopover } from './client/WordPopover';
import { SentenceLinks } from './client/SentenceLinks';
import { LearnerArticle } from './LearnerArticle'; // learner (issue 5)
import { ReadParagraphs } from './client/ReadAloud'; // learner (issue 5)
import { ReadingPlace } from './client/ReadingPlace';
import { Variants } from './client/Variants';

/**
 * The article: its header (title, one line of credits, level and time), then the body (each
 * Chinese paragraph with its English), then the reading bar. The body was written once by
 * lib/render, for the site and the offline file alike. React renders an empty placeholder for it
 * (`dangerouslySetInnerHTML` with ''), and scripts/postbuild.mjs splices the body's HTML into the
 * exported page. This is safe because: the body is data rendered by escaping construction (no
 * content becomes markup; tests/unit/render), it contains no script (CSP hashes are computed
 * after the splice and the body adds none); React does not look inside an element it rendered
 * with dangerouslySetInnerHTML when it hydrates, so it neither checks nor replaces the spliced
 * children; and article pages are only ever reached by full page loads (lib/urls), never by a
 * client-side navigation that would render the empty placeholder from React's payload.
 * In `next dev` (no post-build step) the body is inlined directly.
 */
export function ArticleView({ view, lang }: { view: View; lang: Lang }) {
  const t = getT(lang);
  const dataUrl = file.articleData(view.slug);
  preload(dataUrl, { as: 'fetch', crossOrigin: 'anonymous' });
  const body = process.env.NODE_ENV === 'development' ? renderArticleBody(view, lang) : '';
  return (
    <>
      <LearnerArticle /> {/* learner (issue 5): known words before paint, the k/l/i keys */}
      <a className="skip" href="#reader-bar">
        {t('bar.skip')}
      </a>
      <article id={ARTICLE_ID} className="article" data-slug={view.slug}>
        <ArticleHead view={view} lang={lang} />
        <div
          id={BODY_ID}
          {...{ [BODY_SLOT_ATTR]: articleSlot(view.slug, lang) }}
          suppressHydrationWarning
          dangerouslySetInnerHTML={{ __html: body }}
        />
      </article>
      <script dangerouslySetInnerHTML={{ __html: earlyTapScript() }} />
      {/* Without scripts the other views cannot be drawn: show the article as built at once. */}
      <noscript>
        <style>{'#article{visibility:visible!important;animation:none!important}'}</style>
      </noscript>
      {/* After the text: fixed at the bottom on a phone, in the margin on a wide screen (CSS). */}
      <Toolbar slug={view.slug} lang={lang} />
      <ReadingPlace slug={view.slug} />
      <SentenceLinks />
      <ReadParagraphs />
      <Variants dataUrl={dataUrl} />
      <WordPopover lang={lang} dataUrl={dataUrl} />
    </>
  );
}
