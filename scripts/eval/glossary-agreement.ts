/**
 * Glossary agreement: for every curated glossary term of every article, hide the curated sense
 * and let lib/sense choose among CC-CEDICT's senses at the term's first occurrence; count how
 * often the chosen (first) sense is one a curator would pick. The expected senses were written
 * by hand before the picker existed (tests/gold/glossary-senses.tsv: 1-based numbers into the
 * term's CC-CEDICT senses flattened over its entries in file order). Terms marked `none` (no
 * CC-CEDICT sense fits) or `absent` (not in CC-CEDICT) are counted apart, as are gold rows whose
 * article is not in the content folder (the eval says so rather than failing). The default order
 * alone (lib/sense/order, no sentence) is reported beside it, to show what the sentence adds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateArticle } from '../../lib/annotate';
import type { AnnotatedArticle } from '../../lib/annotate/types';
import { contentDir, loadAll } from '../../lib/content/load';
import { sentenceSenses } from '../../lib/sense/article';
import { flatSenses } from '../../lib/sense';
import { orderSenses } from '../../lib/sense/order';
import { topCounts, type EvalSet } from './types';

export type GlossaryGold = { article: string; term: string; senses: number[] | 'none' | 'absent'; line: number };

export const GLOSSARY_GOLD = join('tests', 'gold', 'glossary-senses.tsv');

/** The gold file's rows (comments and the header skipped). */
export function parseGlossaryGold(text: string): GlossaryGold[] {
  const out: GlossaryGold[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.startsWith('#') || raw.trim() === '' || raw.startsWith('article\t')) return;
    const [article = '', term = '', senses = ''] = raw.split('\t');
    const value = senses.trim();
    out.push({
      article,
      term,
      senses: value === 'none' || value === 'absent' ? value : value.split(',').map((n) => Number(n.trim())),
      line: i + 1,
    });
  });
  return out;
}

/** Sentences of an article, title first, with their English. */
function sentencesOf(a: AnnotatedArticle) {
  return [{ tokens: a.title, en: a.enMeta.title }, ...a.paragraphs.flatMap((p) => p.sentences)];
}

export const evalGlossaryAgreement: EvalSet = (_dataDir, deps, progress) => {
  const started = performance.now();
  const gold = parseGlossaryGold(readFileSync(join(process.cwd(), GLOSSARY_GOLD), 'utf8'));
  const { articles } = loadAll(contentDir(), {});
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const annotated = new Map<string, AnnotatedArticle>();
  let scored = 0;
  let right = 0;
  let defaultRight = 0;
  let characters = 0;
  const categories = new Map<string, number>();
  const count = (key: string) => void categories.set(key, (categories.get(key) ?? 0) + 1);
  const wrong = new Map<string, number>();
  gold.forEach((g, k) => {
    progress(k + 1, gold.length);
    if (g.senses === 'none') return count('none fits (not scored)');
    if (g.senses === 'absent') return count('not in CC-CEDICT (not scored)');
    const article = bySlug.get(g.article);
    if (!article) return count('article absent (skipped)');
    let a = annotated.get(g.article);
    if (!a) {
      a = annotateArticle(article, deps);
      annotated.set(g.article, a);
      characters += sentencesOf(a).reduce((n, s) => n + s.tokens.reduce((m, t) => m + Array.from(t.text).length, 0), 0);
    }
    // The curated sense of this term is hidden (its kind, name or not, stays); the others stay, as on the page.
    const glossary = new Map(article.glossary.map((e) => [e.term, e.term === g.term ? { ...e, sense: '' } : e]));
    const sentence = sentencesOf(a).find((s) => s.tokens.some((t) => t.entry === g.term));
    const at = sentence?.tokens.findIndex((t) => t.entry === g.term) ?? -1;
    if (!sentence || at < 0) return count('term not found as a word (skipped)');
    const entries = deps.dictionary.lookup(g.term);
    const flat = flatSenses(entries);
    const choice = sentenceSenses(sentence.tokens, sentence.en, deps.dictionary, { glossary })[at]?.choice;
    const picked = choice?.senses[0] ? flat.indexOf(choice.senses[0].text) + 1 : 0;
    const token = sentence.tokens[at];
    const fallback = orderSenses(entries, token?.pinyin?.citation ?? [], { name: false })[0];
    scored += 1;
    if (g.senses.includes(picked)) right += 1;
    else
      wrong.set(
        `${g.article} ${g.term}: gold ${g.senses.join(',')} → ${picked} (${choice?.used}) "${choice?.senses[0]?.text ?? ''}"`,
        1,
      );
    if (fallback && g.senses.includes(flat.indexOf(fallback.text) + 1)) defaultRight += 1;
  });
  return {
    set: 'glossaryAgreement',
    size: `${gold.length} gold terms, ${scored} scored (a CC-CEDICT sense fits), ${annotated.size} article(s)`,
    metrics: {
      agreement: scored ? right / scored : 0,
      defaultOrderAgreement: scored ? defaultRight / scored : 0,
      countScored: scored,
    },
    categories: { ...Object.fromEntries(categories), 'picked a sense the curator would not': scored - right },
    topErrors: topCounts(wrong, 40),
    characters,
    seconds: (performance.now() - started) / 1000,
  };
};
