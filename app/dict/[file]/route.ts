/**
 * Each article's dictionary subset as a static JSON file (out/dict/<slug>.json). Kept out of the
 * HTML so the page does not carry it twice (markup and React's payload); the popover fetches it
 * on first use, from the same static server. Cut to what the popover shows (lib/annotate/compact)
 * and written as rows (lib/annotate/wire).
 */
import { listArticles } from '@/lib/content/load';
import { compactDictionary } from '@/lib/annotate/compact';
import { encodeDictionary } from '@/lib/annotate/wire';
import { getAnnotatedArticle } from '@/lib/pipeline';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return listArticles().map((a) => ({ file: `${a.slug}.json` }));
}

export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const article = getAnnotatedArticle(file.replace(/\.json$/u, ''));
  return new Response(JSON.stringify(encodeDictionary(compactDictionary(article))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
