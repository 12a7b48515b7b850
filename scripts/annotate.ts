/**
 * `npm run build`'s step between the content check and `next build`: prepares every article
 * whose cached annotation, view or card (.cache/, lib/pipeline) is missing or stale, on every core.
 * Next's page workers then only read the caches, so no article is annotated or viewed twice by
 * two workers and a rebuild after one article's change prepares that article alone.
 *
 * Usage: tsx --conditions=react-server scripts/annotate.ts [--jobs N]
 * (a child is started as `annotate.ts --child slug…` and reports `done <slug>` per article).
 */
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { listArticles } from '../lib/content/load';
import { buildDeps, isPrepared, prepare } from '../lib/pipeline';

/** Below this many stale articles one process is quicker than starting a second (each loads CC-CEDICT and jieba, ≈ 1.5 s). */
const MIN_PER_CHILD = 6;

const args = process.argv.slice(2);

function runChild(slugs: readonly string[]): void {
  const wanted = new Set(slugs);
  buildDeps();
  for (const article of listArticles()) {
    if (!wanted.has(article.slug)) continue;
    prepare(article);
    process.send?.(`done ${article.slug}`);
  }
}

async function main(): Promise<void> {
  const jobsAt = args.indexOf('--jobs');
  const jobs = jobsAt >= 0 ? Number(args[jobsAt + 1]) : availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) {
    console.error(`annotate: --jobs takes a whole number ≥ 1 (got "${args[jobsAt + 1] ?? ''}")`);
    process.exit(2);
  }
  const started = Date.now();
  const articles = listArticles();
  const stale = articles.filter((a) => !isPrepared(a));
  if (stale.length === 0) {
    console.log(`annotate: all ${articles.length} article(s) cached`);
    return;
  }
  const children = Math.max(1, Math.min(jobs, Math.floor(stale.length / MIN_PER_CHILD)));
  if (children === 1) {
    runChild(stale.map((a) => a.slug));
  } else {
    // Dealt out in turn, so long and short articles spread over the children alike.
    const shares: string[][] = Array.from({ length: children }, () => []);
    stale.forEach((a, i) => shares[i % children]?.push(a.slug));
    await Promise.all(
      shares.map(
        (slugs) =>
          new Promise<void>((resolve, reject) => {
            // The same node flags (tsx's loader, the react-server condition) as this process.
            const child = fork(process.argv[1] as string, ['--child', ...slugs], { execArgv: process.execArgv });
            child.on('error', reject);
            child.on('exit', (code) =>
              code === 0 ? resolve() : reject(new Error(`annotate: a child process exited with code ${code}`)),
            );
          }),
      ),
    );
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `annotate: ${stale.length} of ${articles.length} article(s) annotated in ${seconds} s (${children} process${children > 1 ? 'es' : ''})`,
  );
}

if (args[0] === '--child') runChild(args.slice(1));
else
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
