/**
 * Gloss coverage: the share of Han tokens for which the popover has something to show (the
 * article glossary, CC-CEDICT senses, a name gloss, or a gloss composed from parts that are
 * themselves glossed). Measured on the seed article as the site builds it, and on news text (the
 * MSR gold text, joined and unsegmented), which has far more names and rare words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateArticle, annotateSentence, dictionarySubset } from '../../lib/annotate';
import type { Token, WordInfo } from '../../lib/annotate/types';
import { parseArticle } from '../../lib/content/parse';
import { countHan, hasHan } from '../../lib/text/chars';
import { topCounts, type EvalSet } from './types';

const SEED = 'xai-supercluster';

/**
 * True when the popover for `word` shows a meaning: a glossary sense, dictionary senses, a name
 * with its pinyin, a rare character's code point, or parts that each have one. Digits and letters
 * inside a word (the 60 of 60亿) read as themselves.
 */
export function isGlossed(word: string, dictionary: Readonly<Record<string, WordInfo>>, depth = 0): boolean {
  if (!hasHan(word)) return true;
  const info = dictionary[word];
  if (!info || depth > 8) return false;
  if (info.glossary || info.readings.length > 0) return true;
  if (info.gloss === 'name' && info.name) return true;
  if (info.gloss === 'rare' && info.rare) return true;
  if (info.gloss === 'composed' && info.parts && info.parts.length > 1) {
    return info.parts.every((p) => isGlossed(p, dictionary, depth + 1));
  }
  return false;
}

type Tally = { tokens: number; glossed: number; missing: Map<string, number>; kinds: Map<string, number> };

function tally(tokens: readonly Token[], dictionary: Readonly<Record<string, WordInfo>>, into: Tally): void {
  for (const t of tokens) {
    if (t.kind !== 'han' || !t.entry) continue;
    into.tokens += 1;
    const kind = dictionary[t.entry]?.gloss ?? 'none';
    into.kinds.set(kind, (into.kinds.get(kind) ?? 0) + 1);
    if (isGlossed(t.entry, dictionary)) into.glossed += 1;
    else into.missing.set(t.entry, (into.missing.get(t.entry) ?? 0) + 1);
  }
}

export const evalGlossCoverage: EvalSet = (dataDir, deps, progress) => {
  const started = performance.now();
  const lines = readFileSync(join(dataDir, 'segmentation', 'msr_test_gold.utf8'), 'utf8')
    .split(/\r?\n/u)
    .map((l) => l.replace(/\s+/gu, ''))
    .filter(Boolean);
  const total = lines.length + 1;

  const { article, problems } = parseArticle(join(process.cwd(), 'content', 'articles', SEED), SEED);
  if (!article) throw new Error(`seed article ${SEED} does not validate: ${problems.map((p) => p.message).join('; ')}`);
  const annotated = annotateArticle(article, deps);
  const seedTokens = [annotated.title, ...annotated.paragraphs.flatMap((p) => p.sentences.map((s) => s.tokens))].flat();
  const seed: Tally = { tokens: 0, glossed: 0, missing: new Map(), kinds: new Map() };
  tally(seedTokens, annotated.dictionary, seed);
  let characters = seedTokens.reduce((n, t) => n + countHan(t.text), 0);
  progress(1, total);

  const news: Tally = { tokens: 0, glossed: 0, missing: new Map(), kinds: new Map() };
  const empty = new Map();
  lines.forEach((line, i) => {
    const tokens = annotateSentence(line, empty, deps);
    tally(tokens, dictionarySubset(tokens, empty, deps), news);
    characters += countHan(line);
    progress(i + 2, total);
  });

  const missing = new Map<string, number>();
  for (const [w, n] of seed.missing) missing.set(`seed: ${w}`, n);
  for (const [w, n] of news.missing) missing.set(`news: ${w}`, n);
  return {
    set: 'glossCoverage',
    size: `seed article: ${seed.tokens.toLocaleString('en')} Han tokens; news (MSR text): ${lines.length.toLocaleString('en')} lines, ${news.tokens.toLocaleString('en')} Han tokens`,
    metrics: {
      seed: seed.tokens ? seed.glossed / seed.tokens : 0,
      news: news.tokens ? news.glossed / news.tokens : 0,
      seedDictionaryEntries: Object.keys(annotated.dictionary).length,
      // How the news tokens are glossed, as shares: dictionary words vs composed, names, rare.
      ...Object.fromEntries([...news.kinds].map(([kind, n]) => [`news_${kind}`, n / Math.max(1, news.tokens)])),
    },
    categories: {
      'seed: token without a gloss': seed.tokens - seed.glossed,
      'news: token without a gloss': news.tokens - news.glossed,
    },
    topErrors: topCounts(missing),
    characters,
    seconds: (performance.now() - started) / 1000,
  };
};
