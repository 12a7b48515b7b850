import { getT, type Lang } from '@/lib/i18n';
import { href, page } from '@/lib/urls';
import type { ArticleCard } from '@/lib/view/card';
import { Difficulty } from './Difficulty';
import { IndexFilter } from './client/IndexFilter';
import { ReadingMark } from './client/ReadingMark';

export function IndexView({ articles, lang }: { articles: ArticleCard[]; lang: Lang }) {
  const t = getT(lang);
  return (
    <section className="index">
      <h1>{t('index.heading')}</h1>
      <p className="tagline">{t('site.tagline')}</p>
      {articles.length === 0 ? (
        <p>{t('index.empty')}</p>
      ) : (
        <>
          <IndexFilter levels={articles.map((a) => a.difficulty.level95)} />
          <ul className="article-list">
            {articles.map((a) => {
              const d = a.difficulty;
              return (
                <li
                  key={a.slug}
                  className="article-card"
                  data-level={d.level95}
                  data-chars={d.characters}
                  data-title={a.title.zh}
                >
                  {/* A full page load, never <Link>: the article body is not in React's payload (lib/urls). */}
                  <a href={href(page.article(lang, a.slug))} className="card-link">
                    <span lang="zh-Hans" className="card-title">
                      {a.title.zh}
                    </span>
                    <span lang="en" className="card-title-en">
                      {a.title.en}
                    </span>
                  </a>
                  <ReadingMark slug={a.slug} paragraphs={a.paragraphs} />
                  <Difficulty slug={a.slug} difficulty={d} lang={lang} compact />
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
