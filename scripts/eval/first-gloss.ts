/**
 * First gloss: is the first sense the popover shows the one that fits? Gold: word occurrences of
 * articles other than the seed, each with the CC-CEDICT sense(s) that fit it, labelled by hand
 * before the picker was run on them (tests/gold/first-gloss.tsv; see its header). For each, the
 * article is annotated as the site builds it, the sentence found, and lib/sense's choice compared.
 * Beside it: the default order alone (lib/sense/order, no sentence) and CC-CEDICT's first sense
 * (what the popover showed before lib/sense). Occurrences whose article is not in the content
 * folder are skipped and counted (the Lu Xun and Maathai articles come from another branch).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateArticle } from '../../lib/annotate';
import type { AnnotatedArticle } from '../../lib/annotate/types';
import { contentDir, loadAll } from '../../lib/content/load';
import { isCrossReference } from '../../lib/dictionary/cedict';
import { flatSenses } from '../../lib/sense';
import { sentenceSenses } from '../../lib/sense/article';
import { orderSenses } from '../../lib/sense/order';
import { topCounts, type EvalSet } from './types';

export type FirstGlossGold = {
  article: string;
  sentence: string;
  word: string;
  senses: number[] | 'none';
  line: number;
};

export const FIRST_GLOSS_GOLD = join('tests', 'gold', 'first-gloss.tsv');

export function parseFirstGlossGold(text: string): FirstGlossGold[] {
  const out: FirstGlossGold[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.startsWith('#') || raw.trim() === '' || raw.startsWith('article\t')) return;
    const [article = '', sentence = '', word = '', senses = ''] = raw.split('\t');
    const value = senses.trim();
    out.push({
      article,
      sentence,
      word,
      senses: value === 'none' ? 'none' : value.split(',').map(Number),
      line: i + 1,
    });
  });
  return out;
}

export const evalFirstGloss: EvalSet = (_dataDir, deps, progress) => {
  const started = performance.now();
  const gold = parseFirstGlossGold(readFileSync(join(process.cwd(), FIRST_GLOSS_GOLD), 'utf8'));
  const { articles } = loadAll(contentDir(), {});
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const annotated = new Map<string, AnnotatedArticle>();
  const categories = new Map<string, number>();
  const count = (key: string) => void categories.set(key, (categories.get(key) ?? 0) + 1);
  const wrong = new Map<string, number>();
  let scored = 0;
  let right = 0;
  let defaultRight = 0;
  let cedictRight = 0;
  let none = 0;
  let characters = 0;
  gold.forEach((g, k) => {
    progress(k + 1, gold.length);
    const article = bySlug.get(g.article);
    if (!article) return count('article absent (skipped)');
    let a = annotated.get(g.article);
    if (!a) {
      a = annotateArticle(article, deps);
      annotated.set(g.article, a);
    }
    const sentence = a.paragraphs
      .flatMap((p) => p.sentences)
      .find((s) => s.tokens.map((t) => t.text).join('') === g.sentence);
    const at = sentence?.tokens.findIndex((t) => t.entry === g.word) ?? -1;
    if (!sentence || at < 0) return count('sentence or word not found (skipped)');
    if (g.senses === 'none') {
      none += 1;
      return count('no CC-CEDICT sense fits (not scored)');
    }
    characters += Array.from(g.sentence).length;
    const glossary = new Map(article.glossary.map((e) => [e.term, e]));
    const choice = sentenceSenses(sentence.tokens, sentence.en, deps.dictionary, { glossary })[at]?.choice;
    const entries = deps.dictionary.lookup(g.word);
    const flat = flatSenses(entries);
    const index = (text: string | undefined) => (text === undefined ? 0 : flat.indexOf(text) + 1);
    const picked = index(choice?.senses[0]?.text);
    scored += 1;
    if (g.senses.includes(picked)) right += 1;
    else {
      count(`wrong (${choice?.used ?? 'none'})`);
      wrong.set(
        `${g.word} gold ${g.senses.join(',')} → ${picked} (${choice?.used}) "${choice?.senses[0]?.text.slice(0, 60) ?? ''}"`,
        1,
      );
    }
    const token = sentence.tokens[at];
    if (g.senses.includes(index(orderSenses(entries, token?.pinyin?.citation ?? [], { name: false })[0]?.text)))
      defaultRight += 1;
    // Before lib/sense the popover opened on CC-CEDICT's first entry's first useful sense.
    const first = entries.flatMap((e) => e.senses).find((s) => !isCrossReference(s) && !/^CL:/u.test(s));
    if (g.senses.includes(index(first))) cedictRight += 1;
  });
  // With no gold article in the content folder nothing is measured: the shares are left out, so
  // a floor on them reports "not measured" instead of passing or failing on a made-up 0.
  const metrics: Record<string, number> = scored
    ? {
        accuracy: right / scored,
        defaultOrderAccuracy: defaultRight / scored,
        cedictFirstAccuracy: cedictRight / scored,
        countScored: scored,
      }
    : { countScored: 0 };
  return {
    set: 'firstGloss',
    size: `${gold.length} gold occurrences, ${scored} scored, ${none} where no sense fits, ${annotated.size} article(s)`,
    metrics,
    categories: Object.fromEntries(categories),
    topErrors: topCounts(wrong, 60),
    characters,
    seconds: (performance.now() - started) / 1000,
  };
};
