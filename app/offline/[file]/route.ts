/**
 * Each article as one self-contained HTML file for reading without a server (out/offline/<slug>.html,
 * English interface; <slug>.zh.html, Chinese interface). Written at build time like the dictionary
 * files; see lib/offline/render for what it holds and how it escapes.
 */
import { listRenderedArticles } from '@/lib/content/load';
import { getT, type Lang } from '@/lib/i18n';
import { renderOfflineHtml, type OfflineLabels } from '@/lib/offline/render';
import { getArticleView } from '@/lib/pipeline';
import { bodyLabels } from '@/app/_components/article-body';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return listRenderedArticles().flatMap((a) => [{ file: `${a.slug}.html` }, { file: `${a.slug}.zh.html` }]);
}

function labels(lang: Lang): OfflineLabels {
  const t = getT(lang);
  return {
    lang,
    pinyin: t('toolbar.pinyin'),
    translation: t('toolbar.translation'),
    toolbar: t('toolbar.label'),
    author: t('article.byline'),
    editor: t('article.editor'),
    source: t('article.source'),
    licence: t('article.licence'),
    pending: t('article.pending'),
    inArticle: t('popover.inArticle'),
    inSentence: t('popover.inSentence'),
    dictionary: t('popover.dictionary'),
    name: t('popover.name'),
    noEntry: t('popover.noEntry'),
    close: t('popover.close'),
    // Left as a template; the offline script fills the level in.
    hsk: t('popover.hsk', { level: '{{level}}' }),
    note: t('offline.note'),
  };
}

export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const lang: Lang = file.endsWith('.zh.html') ? 'zh' : 'en';
  const slug = file.replace(/(\.zh)?\.html$/u, '');
  return new Response(renderOfflineHtml(getArticleView(slug), bodyLabels(lang), labels(lang)), {
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
}
