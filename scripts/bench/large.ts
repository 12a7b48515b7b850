/**
 * Child process of the benchmark: annotates one large article so the parent can sample this
 * process's memory from outside while the (synchronous) annotation runs. Prints `ready`
 * once the segmenter and dictionary are loaded, then `done <json>`.
 * Usage: tsx --conditions=react-server scripts/bench/large.ts <article folder>
 */
import { basename } from 'node:path';
import { annotateArticle } from '../../lib/annotate';
import { parseArticle } from '../../lib/content/parse';
import { buildDeps } from '../../lib/pipeline';

const dir = process.argv[2] ?? '';
const deps = buildDeps();
const { article, problems } = parseArticle(dir, basename(dir));
if (!article) {
  console.log(`refused ${problems.map((p) => p.message).join('; ')}`);
  process.exit(1);
}
const heapBefore = process.memoryUsage().heapUsed;
console.log('ready');
// Give the parent a sampling tick at the baseline before the synchronous work starts.
setTimeout(() => {
  const t = process.hrtime.bigint();
  const result = annotateArticle(article, deps);
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  const tokens = result.paragraphs.reduce((n, p) => n + p.sentences.reduce((m, s) => m + s.tokens.length, 0), 0);
  console.log(`done ${JSON.stringify({ seconds, tokens, heapGrowth: process.memoryUsage().heapUsed - heapBefore })}`);
}, 300);
