/**
 * Generates a library of valid articles for the scale benchmark from one seed article: its
 * paragraphs (Chinese with their aligned English blocks) shuffled and recombined, each article
 * about `targetChars` code points of Chinese, with the subset of the seed's glossary whose terms
 * occur in it. A seeded PRNG makes every run generate the same library.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GLOSSARY_HEADER } from '../../lib/content/parse';
import type { Article, Paragraph } from '../../lib/content/schema';
import { codePointLength } from '../../lib/text/chars';

/** mulberry32: a tiny deterministic PRNG, so generated libraries are identical run to run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function blocks(paragraphs: readonly Paragraph[]): { zh: string; en: string } {
  const zh = paragraphs.map((p) => (p.kind === 'heading' ? `## ${p.zh}` : p.zh)).join('\n\n');
  const en = paragraphs.map((p) => (p.kind === 'heading' ? `## ${p.en.join(' ')}` : p.en.join('\n'))).join('\n\n');
  return { zh, en };
}

/** Writes one article folder; returns its Chinese length in code points. */
export function writeArticle(
  dir: string,
  slug: string,
  seed: Article,
  paragraphs: readonly Paragraph[],
  title: number,
): number {
  const folder = join(dir, slug);
  mkdirSync(folder, { recursive: true });
  const body = blocks(paragraphs);
  const zhTitle = `${seed.meta.title}（${title}）`;
  const all = `${zhTitle}\n${body.zh}`;
  const glossary = seed.glossary.filter((g) => all.includes(g.term));
  const tsv = [GLOSSARY_HEADER, ...glossary.map((g) => [g.term, g.pinyin, g.sense, g.note ?? ''].join('\t'))].join(
    '\n',
  );
  writeFileSync(join(folder, 'zh.txt'), `title: ${zhTitle}\nsource: benchmark\n\n${body.zh}\n`);
  writeFileSync(join(folder, 'en.txt'), `title: ${seed.enMeta.title} (${title})\n\n${body.en}\n`);
  writeFileSync(join(folder, 'glossary.tsv'), `${tsv}\n`);
  return codePointLength(body.zh);
}

/**
 * `count` articles of about `targetChars` each under `dir` (bench-0001 …). Paragraphs are drawn
 * from a reshuffled deck of the seed's text paragraphs, so each seed paragraph is used about
 * equally often. Returns the total Chinese code points written.
 */
export function generateLibrary(dir: string, seed: Article, count: number, targetChars: number, seedValue = 7): number {
  const random = prng(seedValue);
  const text = seed.paragraphs.filter((p) => p.kind === 'text' && !p.pending);
  let deck: Paragraph[] = [];
  let total = 0;
  for (let n = 1; n <= count; n += 1) {
    const chosen: Paragraph[] = [];
    let chars = 0;
    while (chars < targetChars) {
      if (deck.length === 0) deck = shuffled(text, random);
      const p = deck.pop() as Paragraph; // refilled above
      chosen.push(p);
      chars += codePointLength(p.zh);
    }
    total += writeArticle(dir, `bench-${String(n).padStart(4, '0')}`, seed, chosen, n);
  }
  return total;
}

/** One article of at least `bytes` bytes of zh.txt body (UTF-8), for the size-limit figures. */
export function writeLargeArticle(dir: string, slug: string, seed: Article, bytes: number): number {
  const random = prng(11);
  const text = seed.paragraphs.filter((p) => p.kind === 'text' && !p.pending);
  const chosen: Paragraph[] = [];
  let size = 0;
  while (size < bytes) {
    for (const p of shuffled(text, random)) {
      chosen.push(p);
      size += Buffer.byteLength(p.zh) + 2;
      if (size >= bytes) break;
    }
  }
  return writeArticle(dir, slug, seed, chosen, 0);
}
