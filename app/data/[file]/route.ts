/**
 * Each article's view for the browser as a static JSON file (out/data/<slug>.json, lib/view/wire):
 * the popover entries, and per word occurrence its reading, spoken tones, sense used here and
 * traditional spelling. Kept out of the HTML so the page carries only what the default view
 * draws; the page preloads it, so the first popover opens without waiting.
 */
import { listRenderedArticles } from '@/lib/content/load';
import { getArticleView } from '@/lib/pipeline';
import { encodeArticleData } from '@/lib/view/wire';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return listRenderedArticles().map((a) => ({ file: `${a.slug}.json` }));
}

export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const view = getArticleView(file.replace(/\.json$/u, ''));
  return new Response(JSON.stringify(encodeArticleData(view)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
