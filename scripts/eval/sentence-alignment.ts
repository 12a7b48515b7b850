/**
 * Sentence alignment (lib/align): how often `npm run import -- raw.txt --english en.txt` puts the
 * right English on each Chinese sentence. Gold is the project's own articles: each en.txt line is
 * the English of one Chinese sentence. The input is that English as a teacher would have it: each
 * block joined into one paragraph (the title first), which the aligner re-splits naively at
 * . ! ? ; : so merges and splits occur. Scored: the share of Chinese sentences (title included)
 * whose aligned English equals the gold line (white space normalised). Four variants (VARIANTS):
 * paragraphs as in the article; every two English paragraphs joined into one (paragraph merges);
 * the whole English as one paragraph (no paragraph cues at all: a heading without a full stop
 * then runs into the next sentence, which no aligner can undo); and every sixth pair of lines
 * merged into one English sentence with ", and" (a 2–1: right is the merged line with the MERGED
 * placeholder under it). wrongListed is the share of wrong lines, over all variants, that the
 * review list names: below 1, something was silently wrong.
 *
 * The aligner's length constants were calibrated on these same articles (and the new articles'
 * translations are this project's), so the figures are tuned on the data they report: read them
 * as a regression check, not as accuracy on teachers' texts.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MERGED, alignSentences } from '../../lib/align/sentences';
import { parseArticle } from '../../lib/content/parse';
import type { Article } from '../../lib/content/schema';
import type { AnnotateDeps } from '../../lib/annotate';
import { countHan } from '../../lib/text/chars';
import { topCounts, type EvalSet } from './types';

const ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

/**
 * How the teacher's English is made from the gold: `group` blocks per paragraph, and with
 * `mergeEvery` = n every n-th pair of neighbouring lines in a paragraph joined by ", and" into
 * one sentence (a translation that merges two Chinese sentences: the aligner cannot split it and
 * must write the merged line, a placeholder under it, and list both).
 */
export type Variant = { name: string; group: number; mergeEvery?: number };

export const VARIANTS: readonly Variant[] = [
  { name: 'accuracy', group: 1 },
  { name: 'mergedParagraphs', group: 2 },
  { name: 'oneParagraph', group: Number.MAX_SAFE_INTEGER },
  { name: 'mergedSentences', group: 1, mergeEvery: 6 },
];

/**
 * The English of an article as a teacher would give it (plain paragraphs, title first), and the
 * lines a perfect aligner writes from it: the gold, except that a merged pair becomes the merged
 * sentence and the MERGED placeholder.
 */
export function teacherEnglish(
  article: Article,
  variant: Variant = VARIANTS[0] as Variant,
): { text: string; expected: string[] } {
  const expected: string[] = [article.enMeta.title];
  let n = 0;
  const blocks = article.paragraphs.map((p) => {
    let text = '';
    p.en.forEach((line, i) => {
      n += 1;
      const previous = expected[expected.length - 1] as string;
      if (
        i > 0 &&
        variant.mergeEvery !== undefined &&
        n % variant.mergeEvery === 0 &&
        previous !== MERGED &&
        /\.$/u.test(text)
      ) {
        const merged = `${previous.slice(0, -1)}, and ${line}`;
        text = `${text.slice(0, -1)}, and ${line}`;
        expected[expected.length - 1] = merged;
        expected.push(MERGED);
      } else {
        text = i === 0 ? line : `${text} ${line}`;
        expected.push(line);
      }
    });
    return text;
  });
  const paragraphs: string[] = [];
  for (let i = 0; i < blocks.length; i += variant.group) paragraphs.push(blocks.slice(i, i + variant.group).join(' '));
  return { text: [article.enMeta.title, ...paragraphs].join('\n\n'), expected };
}

const norm = (s: string) => s.replace(/\s+/gu, ' ').trim();

/**
 * Scores one article: right sentences, total, the wrong ones (expected → ours) and how many of
 * the wrong ones the aligner listed for review (a wrong line it did not list is silently wrong).
 */
export function scoreArticle(article: Article, deps: Pick<AnnotateDeps, 'dictionary'>, variant?: Variant) {
  const paragraphs = article.paragraphs.map((p) => ({ text: p.zh, heading: p.kind === 'heading' }));
  const { text, expected } = teacherEnglish(article, variant);
  const result = alignSentences({ title: article.meta.title, paragraphs, english: text, dictionary: deps.dictionary });
  const ours = [result.title ?? '', ...result.paragraphs.flat()];
  const at = ['title', ...article.paragraphs.flatMap((p, i) => p.en.map((_, j) => `${i + 1}:${j + 1}`))];
  const listed = new Set(result.review.map((r) => r.at));
  let right = 0;
  let flagged = 0;
  let merges = 0;
  const wrong: string[] = [];
  expected.forEach((g, k) => {
    if (g === MERGED) merges += 1;
    if (norm(g) === norm(ours[k] ?? '')) right += 1;
    else {
      if (listed.has(at[k] as string)) flagged += 1;
      wrong.push(`${norm(g).slice(0, 50)} → ${norm(ours[k] ?? '').slice(0, 50)}`);
    }
  });
  return { right, total: expected.length, wrong, flagged, merges, review: result.review.length };
}

export const evalSentenceAlignment: EvalSet = (_dataDir, deps, progress) => {
  const dir = join(ROOT, 'content', 'articles');
  const articles = readdirSync(dir)
    .sort()
    .map((slug) => parseArticle(join(dir, slug), slug).article)
    .filter((a): a is Article => a !== null && a.paragraphs.every((p) => !p.pending));
  const started = performance.now();
  const overall: Record<string, number> = {};
  const perArticle: Record<string, number> = {};
  const categories: Record<string, number> = {};
  const errors = new Map<string, number>();
  const right = new Map<string, number>();
  let total = 0;
  let wrong = 0;
  let flagged = 0;
  let characters = 0;
  let merges = 0;
  articles.forEach((a, k) => {
    characters += countHan(a.paragraphs.map((p) => p.zh).join(''));
    for (const v of VARIANTS) {
      const r = scoreArticle(a, deps, v);
      if (v === VARIANTS[0]) total += r.total;
      right.set(v.name, (right.get(v.name) ?? 0) + r.right);
      perArticle[`${v.name}:${a.slug}`] = r.right / r.total;
      categories[`${v.name}: wrong`] = (categories[`${v.name}: wrong`] ?? 0) + r.wrong.length;
      categories[`${v.name}: wrong and not listed for review`] =
        (categories[`${v.name}: wrong and not listed for review`] ?? 0) + r.wrong.length - r.flagged;
      wrong += r.wrong.length;
      merges += r.merges;
      flagged += r.flagged;
      for (const w of r.wrong) errors.set(`${v.name}: ${w}`, (errors.get(`${v.name}: ${w}`) ?? 0) + 1);
    }
    progress(k + 1, articles.length);
  });
  for (const v of VARIANTS) overall[v.name] = total ? (right.get(v.name) ?? 0) / total : 0;
  return {
    set: 'sentenceAlignment',
    size: `${articles.length} articles, ${total.toLocaleString('en')} Chinese sentences (titles included), ${VARIANTS.length} ways of giving the English (${merges} merged pairs)`,
    // wrongListed: of all wrong lines in every variant, the share the review list names.
    metrics: { ...overall, wrongListed: wrong ? flagged / wrong : 1, ...perArticle },
    categories,
    topErrors: topCounts(errors),
    characters,
    seconds: (performance.now() - started) / 1000,
  };
};
