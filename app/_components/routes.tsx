/**
 * The page bodies shared by both UI languages' routes, so each route file is one line of wiring.
 */
import type { Metadata } from 'next';
import { listRenderedArticles } from '@/lib/content/load';
import { getArticleView, listArticleCards } from '@/lib/pipeline';
import type { Lang } from '@/lib/i18n';
import { ArticleView } from './ArticleView';
import { IndexView } from './IndexView';
import { Handout } from './Handout';

export function IndexPage({ lang }: { lang: Lang }) {
  return <IndexView articles={listArticleCards()} lang={lang} />;
}

export type ArticleParams = { params: Promise<{ slug: string }> };

export function articleStaticParams(): { slug: string }[] {
  return listRenderedArticles().map((a) => ({ slug: a.slug }));
}

export async function articleMetadata({ params }: ArticleParams): Promise<Metadata> {
  const { slug } = await params;
  const a = getArticleView(slug);
  return { title: `${a.meta.title} (${a.enMeta.title})`, description: a.enMeta.title };
}

export async function ArticlePage({ params, lang }: ArticleParams & { lang: Lang }) {
  const { slug } = await params;
  return <ArticleView view={getArticleView(slug)} lang={lang} />;
}

export async function handoutMetadata({ params }: ArticleParams): Promise<Metadata> {
  const { slug } = await params;
  const a = getArticleView(slug);
  return { title: `${a.meta.title} (${a.enMeta.title})`, robots: { index: false } };
}

export async function HandoutPage({ params, lang }: ArticleParams & { lang: Lang }) {
  const { slug } = await params;
  return <Handout article={getArticleView(slug)} lang={lang} />;
}
