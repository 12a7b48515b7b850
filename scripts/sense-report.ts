/**
 * `npx tsx --conditions=react-server scripts/sense-report.ts [slug]`: every distinct word of an
 * article that has no curated gloss, at its first occurrence, with the sense the picker shows
 * first, why (sentence / default), the English words it matched and whether it is a name. For
 * reading word by word; the seed article by default. `--sentences` prints each sentence (Chinese
 * and its English line) before the words first seen in it; the jieba tag follows the reading.
 */
import { join } from 'node:path';
import { annotateArticle } from '../lib/annotate';
import { parseArticle } from '../lib/content/parse';
import { buildDeps } from '../lib/pipeline';
import { sentenceSenses } from '../lib/sense/article';

const args = process.argv.slice(2);
const withSentences = args.includes('--sentences');
const slug = args.find((a) => !a.startsWith('--')) ?? 'xai-supercluster';
const { article, problems } = parseArticle(join(process.cwd(), 'content', 'articles', slug), slug);
if (!article) {
  process.stderr.write(
    `${slug} does not validate:\n${problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n')}\n`,
  );
  process.exit(1);
}
const deps = buildDeps();
const annotated = annotateArticle(article, deps);
const glossary = new Map(article.glossary.map((g) => [g.term, g]));
const seen = new Set<string>();
let n = 0;
const sentences = [
  { tokens: annotated.title, en: annotated.enMeta.title },
  ...annotated.paragraphs.flatMap((p) => p.sentences),
];
for (const s of sentences) {
  const senses = sentenceSenses(s.tokens, s.en, deps.dictionary, { glossary });
  let shown = false;
  s.tokens.forEach((t, i) => {
    if (t.kind !== 'han' || !t.entry || seen.has(t.entry)) return;
    seen.add(t.entry);
    const r = senses[i];
    if (!r || glossary.has(t.entry)) return;
    n += 1;
    if (withSentences && !shown) {
      process.stdout.write(`\n  ${s.tokens.map((x) => x.text).join(' ')}\n  ${s.en}\n`);
      shown = true;
    }
    const first = r.choice.senses[0];
    const matched = r.choice.matched.map(([a, b]) => s.en.slice(a, b)).join(' ');
    const name = r.name.name ? ` NAME(${r.name.kind ?? '?'}, ${r.name.source})` : '';
    process.stdout.write(
      `${String(n).padStart(3)} ${t.entry}\t${(t.pinyin?.citation ?? []).join(' ')}${t.pos ? ` /${t.pos}` : ''}\t${r.choice.used}\t${first ? `[${first.pinyin.join(' ')}] ${first.text}` : '(no CC-CEDICT sense)'}${matched ? `\t«${matched}»` : ''}${name}\n`,
    );
  });
}
