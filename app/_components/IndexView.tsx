import { getT, type Lang } from '@/lib/i18n';
import { href, page } from '@/lib/urls';
import type { ArticleView } from '@/lib/view/types';
import { difficultyOf } from '@/lib/difficulty';
import { Difficulty } from './Difficulty';
import { IndexFilter } from './client/IndexFilter';
import { ReadingMark } from './client/ReadingMark';

export function IndexView({ articles, lang }: { articles: ArticleView[]; lang: Lang }) {
  const t = getT(lang);
  return (
    <section className="index">
      <h1>{t('index.heading')}</h1>
      <p className="tagline">{t('site.tagline')}</p>
      {articles.length === 0 ? (
        <p>{t('index.empty')}</p>
      ) : (
        <>
          <IndexFilter levels={articles.map((a) => difficultyOf(a).level95)} />
          <ul className="article-list">
            {articles.map((a) => {
              const d = difficultyOf(a);
              return (
                <li
                  key={a.slug}
                  className="article-card"
                  data-level={d.level95}
                  data-chars={d.characters}
                  data-title={a.meta.title}
                >
                  {/* A full page load, never <Link>: the article body is not in React's payload (lib/urls). */}
                  <a href={href(page.article(lang, a.slug))} className="card-link">
                    <span lang="zh-Hans" className="card-title">
                      {a.meta.title}
                    </span>
                    <span lang="en" className="card-title-en">
                      {a.enMeta.title}
                    </span>
                  </a>
                  <ReadingMark slug={a.slug} paragraphs={a.paragraphs.length} />
                  <Difficulty article={a} lang={lang} compact />
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
