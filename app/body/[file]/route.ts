/**
 * Each article's body, rendered once per UI language by lib/render (out/body/<slug>.<lang>.html).
 * scripts/postbuild.mjs splices it into the article page's HTML and then deletes these files: the
 * page's React tree holds only an empty placeholder, so the body is neither in React's payload
 * nor hydrated (see app/_components/ArticleView.tsx).
 */
import { listArticles } from '@/lib/content/load';
import { LANGUAGES, type Lang } from '@/lib/i18n';
import { getArticleView } from '@/lib/pipeline';
import { renderArticleBody } from '@/app/_components/article-body';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return listArticles().flatMap((a) => LANGUAGES.map((lang) => ({ file: `${a.slug}.${lang}.html` })));
}

export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const m = /^(.+)\.(en|zh)\.html$/u.exec(file);
  const slug = m?.[1] ?? '';
  const lang = (m?.[2] ?? 'en') as Lang; // generateStaticParams only produces en and zh
  return new Response(renderArticleBody(getArticleView(slug), lang), {
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
}
