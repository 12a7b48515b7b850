/**
 * The pre-rendered markup of each article, written once per build by lib/render:
 *   out/body/<slug>.<lang>.html  the article body, per UI language (app/_components/article-body);
 *   out/body/<slug>.handout.<lang>.html the handout's sheet (lib/handout), per UI language.
 * scripts/postbuild.mjs splices each into the empty placeholder React rendered for it and then
 * deletes these files: the pages' React trees hold only the placeholder, so this markup is
 * neither in React's payload nor hydrated (see app/_components/ArticleView.tsx).
 */
import { articleSlot, handoutSlot } from '@/lib/dom/contract';
import { listRenderedArticles } from '@/lib/content/load';
import { LANGUAGES, type Lang } from '@/lib/i18n';
import { getArticleView } from '@/lib/pipeline';
import { renderArticleBody, renderHandout } from '@/app/_components/article-body';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return listRenderedArticles().flatMap((a) =>
    LANGUAGES.flatMap((lang) => [
      { file: `${articleSlot(a.slug, lang)}.html` },
      { file: `${handoutSlot(a.slug, lang)}.html` },
    ]),
  );
}

export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  // generateStaticParams only produces these two shapes.
  const m = /^(.+?)(\.handout)?\.(en|zh)\.html$/u.exec(file);
  const view = getArticleView(m?.[1] ?? '');
  const lang = (m?.[3] ?? 'en') as Lang;
  const html = m?.[2] ? renderHandout(view, lang) : renderArticleBody(view, lang);
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
}
