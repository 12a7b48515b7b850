import Link from 'next/link';
import type { AnnotatedArticle } from '@/lib/annotate/types';
import { getT, pathFor, type Lang } from '@/lib/i18n';

export function IndexView({ articles, lang }: { articles: AnnotatedArticle[]; lang: Lang }) {
  const t = getT(lang);
  return (
    <section className="index">
      <h1>{t('index.heading')}</h1>
      <p className="tagline">{t('site.tagline')}</p>
      {articles.length === 0 ? (
        <p>{t('index.empty')}</p>
      ) : (
        <ul className="article-list">
          {articles.map((a) => (
            <li key={a.slug} className="article-card">
              <Link href={pathFor(lang, `/articles/${a.slug}/`)} className="card-link">
                <span lang="zh-Hans" className="card-title">
                  {a.meta.title}
                </span>
                <span lang="en" className="card-title-en">
                  {a.enMeta.title}
                </span>
              </Link>
              <p className="card-stats">
                {t('index.characters', { count: a.stats.characters })} · {t('index.words', { count: a.stats.words })} ·{' '}
                {t('index.minutes', { count: a.stats.readingMinutes })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
