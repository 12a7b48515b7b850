/**
 * Sentence alignment (lib/align): how often `npm run import -- raw.txt --english en.txt` puts the
 * right English on each Chinese sentence. Gold is the project's own articles: each en.txt line is
 * the English of one Chinese sentence. The input is that English as a teacher would have it: each
 * block joined into one paragraph (the title first), which the aligner re-splits naively at
 * . ! ? ; : so merges and splits occur. Scored: the share of Chinese sentences (title included)
 * whose aligned English equals the gold line (white space normalised). Three variants: paragraphs
 * as in the article, every two English paragraphs joined into one (paragraph merges), and the
 * whole English as one paragraph (no paragraph cues at all: a heading without a full stop then
 * runs into the next sentence, which no aligner can undo, so this one stays lower).
 *
 * The aligner's length constants were calibrated on these same articles (and the new articles'
 * translations are this project's), so the figures are tuned on the data they report: read them
 * as a regression check, not as accuracy on teachers' texts.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignSentences } from '../../lib/align/sentences';
import { parseArticle } from '../../lib/content/parse';
import type { Article } from '../../lib/content/schema';
import type { AnnotateDeps } from '../../lib/annotate';
import { countHan } from '../../lib/text/chars';
import { topCounts, type EvalSet } from './types';

const ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

/** The English of an article as plain paragraphs (title first), `group` blocks per paragraph. */
export function joinedEnglish(article: Article, group = 1): string {
  const blocks = article.paragraphs.map((p) => p.en.join(' '));
  const paragraphs: string[] = [];
  for (let i = 0; i < blocks.length; i += group) paragraphs.push(blocks.slice(i, i + group).join(' '));
  return [article.enMeta.title, ...paragraphs].join('\n\n');
}

const norm = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** Scores one article: right sentences, total, and the wrong ones (gold → ours). */
export function scoreArticle(article: Article, deps: Pick<AnnotateDeps, 'dictionary'>, group = 1) {
  const paragraphs = article.paragraphs.map((p) => ({ text: p.zh, heading: p.kind === 'heading' }));
  const result = alignSentences({
    title: article.meta.title,
    paragraphs,
    english: joinedEnglish(article, group),
    dictionary: deps.dictionary,
  });
  const gold = [article.enMeta.title, ...article.paragraphs.flatMap((p) => p.en)];
  const ours = [result.title ?? '', ...result.paragraphs.flat()];
  let right = 0;
  const wrong: string[] = [];
  gold.forEach((g, k) => {
    if (norm(g) === norm(ours[k] ?? '')) right += 1;
    else wrong.push(`${norm(g).slice(0, 50)} → ${norm(ours[k] ?? '').slice(0, 50)}`);
  });
  return { right, total: gold.length, wrong, review: result.review.length };
}

export const evalSentenceAlignment: EvalSet = (_dataDir, deps, progress) => {
  const dir = join(ROOT, 'content', 'articles');
  const articles = readdirSync(dir)
    .sort()
    .map((slug) => parseArticle(join(dir, slug), slug).article)
    .filter((a): a is Article => a !== null && a.paragraphs.every((p) => !p.pending));
  const started = performance.now();
  const metrics: Record<string, number> = {};
  const categories: Record<string, number> = {};
  const errors = new Map<string, number>();
  let right = 0;
  let total = 0;
  let mergedRight = 0;
  let oneRight = 0;
  let characters = 0;
  articles.forEach((a, k) => {
    const plain = scoreArticle(a, deps);
    const merged = scoreArticle(a, deps, 2);
    const one = scoreArticle(a, deps, Number.MAX_SAFE_INTEGER);
    right += plain.right;
    total += plain.total;
    mergedRight += merged.right;
    oneRight += one.right;
    characters += countHan(a.paragraphs.map((p) => p.zh).join(''));
    metrics[`article:${a.slug}`] = plain.right / plain.total;
    metrics[`merged:${a.slug}`] = merged.right / merged.total;
    metrics[`oneParagraph:${a.slug}`] = one.right / one.total;
    categories[`${a.slug}: wrong sentences`] = plain.total - plain.right;
    categories[`${a.slug}: wrong, paragraphs merged`] = merged.total - merged.right;
    categories[`${a.slug}: wrong, one paragraph`] = one.total - one.right;
    for (const w of [...plain.wrong, ...merged.wrong, ...one.wrong]) errors.set(w, (errors.get(w) ?? 0) + 1);
    progress(k + 1, articles.length);
  });
  return {
    set: 'sentenceAlignment',
    size: `${articles.length} articles, ${total.toLocaleString('en')} Chinese sentences (titles included)`,
    metrics: {
      accuracy: total ? right / total : 0,
      mergedParagraphs: total ? mergedRight / total : 0,
      oneParagraph: total ? oneRight / total : 0,
      ...metrics,
    },
    categories,
    topErrors: topCounts(errors),
    characters,
    seconds: (performance.now() - started) / 1000,
  };
};
