/**
 * The pre-rendered markup of each article, written once per build by lib/render:
 *   out/body/<slug>.<lang>.html  the article body, per UI language (app/_components/article-body);
 *   out/body/<slug>.handout.html the handout's text (lib/handout), shared by both print pages.
 * scripts/postbuild.mjs splices each into the empty placeholder React rendered for it and then
 * deletes these files: the pages' React trees hold only the placeholder, so this markup is
 * neither in React's payload nor hydrated (see app/_components/ArticleView.tsx).
 */
import { articleSlot, handoutSlot } from '@/lib/dom/contract';
import { listArticles } from '@/lib/content/load';
import { handoutText } from '@/lib/handout';
import { LANGUAGES, type Lang } from '@/lib/i18n';
import { getArticleView } from '@/lib/pipeline';
import { renderArticleBody } from '@/app/_components/article-body';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return listArticles().flatMap((a) => [
    ...LANGUAGES.map((lang) => ({ file: `${articleSlot(a.slug, lang)}.html` })),
    { file: `${handoutSlot(a.slug)}.html` },
  ]);
}

export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  // generateStaticParams only produces these two shapes.
  const m = /^(.+)\.(en|zh|handout)\.html$/u.exec(file);
  const slug = m?.[1] ?? '';
  const kind = m?.[2] ?? 'en';
  const view = getArticleView(slug);
  const html = kind === 'handout' ? handoutText(view) : renderArticleBody(view, kind as Lang);
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
}
