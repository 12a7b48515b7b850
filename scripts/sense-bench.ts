/**
 * `npx tsx --conditions=react-server scripts/sense-bench.ts [--dump FILE] [--runs N]`: times
 * `annotateArticle` on the seed article (one warm-up call, then N calls, 20 by default) and the
 * sense step alone (`sentenceSenses` over its sentences); `--dump FILE` writes every token's `use`
 * and `name` for all articles, to check that a change to lib/sense leaves its output unchanged.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { annotateArticle } from '../lib/annotate';
import type { Token } from '../lib/annotate/types';
import { parseArticle } from '../lib/content/parse';
import { buildDeps } from '../lib/pipeline';
import { pinnedSenses, sentenceSenses } from '../lib/sense/article';

const { values } = parseArgs({ options: { dump: { type: 'string' }, runs: { type: 'string' } } });
const root = join(process.cwd(), 'content', 'articles');
const deps = buildDeps();
const load = (slug: string) => {
  const { article } = parseArticle(join(root, slug), slug);
  if (!article) throw new Error(`${slug} does not validate`);
  return article;
};

if (values.dump) {
  const out: Record<string, unknown[]> = {};
  for (const slug of readdirSync(root).sort()) {
    const a = annotateArticle(load(slug), deps);
    const tokens: Token[] = [a.title, ...a.paragraphs.flatMap((p) => p.sentences.map((s) => s.tokens))].flat();
    out[slug] = tokens.map((t) => [t.text, t.use ?? null, t.name ?? null]);
  }
  writeFileSync(values.dump, `${JSON.stringify(out, null, 1)}\n`);
  process.stdout.write(`dumped ${Object.keys(out).length} articles to ${values.dump}\n`);
} else {
  // Timings on a shared machine are noisy: the best of several rounds of `runs` calls each.
  const runs = Number(values.runs ?? 20);
  const rounds = 5;
  const seed = load('xai-supercluster');
  const annotated = annotateArticle(seed, deps);
  const glossary = new Map(seed.glossary.map((g) => [g.term, g]));
  const senses = { glossary, pinned: pinnedSenses(seed.senses) };
  const sentences = [
    { tokens: annotated.title, en: annotated.enMeta.title },
    ...annotated.paragraphs.flatMap((p) => p.sentences),
  ];
  const best = (f: () => void) => {
    let min = Infinity;
    for (let r = 0; r < rounds; r += 1) {
      const t = performance.now();
      for (let i = 0; i < runs; i += 1) f();
      min = Math.min(min, (performance.now() - t) / runs);
    }
    return min;
  };
  const perAnnotate = best(() => annotateArticle(seed, deps));
  const perSense = best(() => {
    for (const s of sentences) sentenceSenses(s.tokens, s.en, deps.dictionary, senses);
  });
  process.stdout.write(
    `annotateArticle: ${perAnnotate.toFixed(1)} ms/call; sense step alone (sentenceSenses over the article): ${perSense.toFixed(1)} ms/call (${((100 * perSense) / perAnnotate).toFixed(0)} %)\n`,
  );
}
