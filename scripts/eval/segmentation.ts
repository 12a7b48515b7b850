/**
 * SIGHAN 2005 word segmentation: the site's segmenter (no user words) against every gold file
 * `<corpus>_test_gold.utf8` the data folder holds (msr, pku, …), scored the way the bakeoff's
 * scorer does, as character spans: precision, recall, F1, and recall split into in-vocabulary /
 * out-of-vocabulary words by that corpus's training list `<corpus>_training_words.utf8`. MSR's
 * figures keep their plain names (f1, precision, …); any other corpus's are prefixed with its
 * name (pkuF1, pkuPrecision, …).
 *
 * Where a corpus has a training word list but no test gold (PKU here), its standard is estimated
 * (`<corpus>EstimateF1`): the MSR test text is cut by forward maximum matching on each corpus's
 * word list, the bakeoff's own baseline, which gives a pseudo-gold in each standard; our F1
 * against the PKU pseudo-gold, minus our F1 against the MSR pseudo-gold, plus our F1 against
 * the real MSR gold. The difference of the two pseudo-golds carries the difference of the two
 * standards; the baseline's own errors cancel, as far as they are alike in both.
 * The lists are only read here; nothing shipped is built from them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codePointLength } from '../../lib/text/chars';
import { topCounts, type EvalSet } from './types';

type Span = { start: number; end: number; text: string };

/** Words → spans of code points, laid end to end. */
function spans(words: readonly string[]): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const text of words) {
    const len = codePointLength(text);
    out.push({ start: at, end: at + len, text });
    at += len;
  }
  return out;
}

/** How a missed gold word went wrong. */
function category(gold: Span, overlapping: readonly Span[]): string {
  if (overlapping.every((o) => o.start >= gold.start && o.end <= gold.end)) return 'split (gold word cut into pieces)';
  if (overlapping.length === 1) return 'merged (gold word inside a longer token)';
  return 'crossing (token boundaries cross the word)';
}

function readWords(path: string): Set<string> {
  return new Set(
    readFileSync(path, 'utf8')
      .split(/\r?\n/u)
      .map((w) => w.trim())
      .filter(Boolean),
  );
}

function readGold(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/u)
    .map((l) => l.split(/\s+/u).filter(Boolean))
    .filter((words) => words.length > 0);
}

type Scored = {
  metrics: Record<string, number>;
  categories: Record<string, number>;
  missed: Map<string, number>;
  goldCount: number;
  oov: number;
};

/** Scores `ours` (one word list per line) against `gold`, both over the same text. */
export function scoreSegmentation(
  gold: readonly (readonly string[])[],
  ours: readonly (readonly string[])[],
  vocabulary: ReadonlySet<string>,
): Scored {
  let goldCount = 0;
  let oursCount = 0;
  let correct = 0;
  let oov = 0;
  let oovCorrect = 0;
  let iv = 0;
  let ivCorrect = 0;
  const categories: Record<string, number> = {};
  const missed = new Map<string, number>();
  gold.forEach((words, lineIndex) => {
    const mine = spans(ours[lineIndex] ?? []);
    const goldSpans = spans(words);
    const ourKeys = new Set(mine.map((s) => `${s.start}:${s.end}`));
    goldCount += goldSpans.length;
    oursCount += mine.length;
    for (const g of goldSpans) {
      const hit = ourKeys.has(`${g.start}:${g.end}`);
      if (vocabulary.has(g.text)) {
        iv += 1;
        if (hit) ivCorrect += 1;
      } else {
        oov += 1;
        if (hit) oovCorrect += 1;
      }
      if (hit) {
        correct += 1;
        continue;
      }
      const overlapping = mine.filter((o) => o.start < g.end && o.end > g.start);
      const cat = category(g, overlapping);
      categories[cat] = (categories[cat] ?? 0) + 1;
      const key = `${g.text} → ${overlapping.map((o) => o.text).join('|')}`;
      missed.set(key, (missed.get(key) ?? 0) + 1);
    }
  });
  const precision = oursCount ? correct / oursCount : 0;
  const recall = goldCount ? correct / goldCount : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    metrics: { precision, recall, f1, oovRecall: oov ? oovCorrect / oov : 0, ivRecall: iv ? ivCorrect / iv : 0 },
    categories,
    missed,
    goldCount,
    oov,
  };
}

/** Longest word of a list the maximum matcher tries. */
const MAX_MATCH = 10;

const NUMBER_CHAR = /[0-9０-９A-Za-zＡ-Ｚａ-ｚ.．%％·]/u;

/**
 * What a standard writes after a number inside the same word, read off its word list: the Han
 * tails of listed words that start with digits (PKU lists １０万, ４０３．２亿: 万, 亿; MSR lists
 * １１亿美元: 亿美元). The list cannot hold every number, so the matcher needs the convention.
 */
export function numberTails(words: ReadonlySet<string>): Set<string> {
  const tails = new Set<string>();
  for (const w of words) {
    const m = /^[0-9０-９.．·]+(\p{Script=Han}{1,4})$/u.exec(w);
    if (m?.[1]) tails.add(m[1]);
  }
  return tails;
}

/**
 * Forward maximum matching on a word list (the SIGHAN bakeoff's baseline): at each position the
 * longest listed word, else one character; a run of digits or Latin letters is one word, with
 * the longest tail the standard joins to numbers (`numberTails`).
 */
export function maximumMatch(
  text: string,
  words: ReadonlySet<string>,
  tails: ReadonlySet<string> = new Set(),
): string[] {
  const chars = Array.from(text);
  const out: string[] = [];
  let i = 0;
  while (i < chars.length) {
    if (NUMBER_CHAR.test(chars[i] as string)) {
      let j = i + 1;
      while (j < chars.length && NUMBER_CHAR.test(chars[j] as string)) j += 1;
      for (let n = Math.min(4, chars.length - j); n > 0; n -= 1) {
        if (tails.has(chars.slice(j, j + n).join(''))) {
          j += n;
          break;
        }
      }
      out.push(chars.slice(i, j).join(''));
      i = j;
      continue;
    }
    let n = Math.min(MAX_MATCH, chars.length - i);
    for (; n > 1; n -= 1) if (words.has(chars.slice(i, i + n).join(''))) break;
    out.push(chars.slice(i, i + n).join(''));
    i += n;
  }
  return out;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const evalSegmentation: EvalSet = (dataDir, deps, progress) => {
  const dir = join(dataDir, 'segmentation');
  const files = readdirSync(dir);
  const corpora = files
    .map((f) => /^(.+)_test_gold\.utf8$/u.exec(f)?.[1])
    .filter((c): c is string => Boolean(c))
    .sort((a, b) => (a === 'msr' ? -1 : b === 'msr' ? 1 : a.localeCompare(b)));
  const lists = files.map((f) => /^(.+)_training_words\.utf8$/u.exec(f)?.[1]).filter((c): c is string => Boolean(c));
  const started = performance.now();
  const metrics: Record<string, number> = {};
  let categories: Record<string, number> = {};
  let topErrors: { error: string; count: number }[] = [];
  const sizes: string[] = [];
  let characters = 0;
  let segmentSeconds = 0;
  const cut = (gold: readonly string[][], k: number, total: number) =>
    gold.map((words, i) => {
      const raw = words.join('');
      characters += codePointLength(raw);
      const t0 = performance.now();
      const ours = deps.segment(raw, new Set()).map((p) => p.text);
      segmentSeconds += (performance.now() - t0) / 1000;
      if (i % 200 === 0) progress(k * 1000 + Math.round((1000 * i) / gold.length), total * 1000);
      return ours;
    });
  let msr: { gold: string[][]; ours: string[][] } | undefined;
  corpora.forEach((corpus, k) => {
    const vocabularyPath = join(dir, `${corpus}_training_words.utf8`);
    const vocabulary = existsSync(vocabularyPath) ? readWords(vocabularyPath) : new Set<string>();
    const gold = readGold(join(dir, `${corpus}_test_gold.utf8`));
    const ours = cut(gold, k, corpora.length);
    const scored = scoreSegmentation(gold, ours, vocabulary);
    const prefix = corpus === 'msr' ? '' : corpus;
    for (const [name, v] of Object.entries(scored.metrics)) metrics[prefix ? `${prefix}${capital(name)}` : name] = v;
    if (corpus === 'msr') {
      msr = { gold, ours };
      categories = scored.categories;
      topErrors = topCounts(scored.missed);
    }
    sizes.push(
      `${corpus}: ${gold.length.toLocaleString('en')} lines, ${scored.goldCount.toLocaleString('en')} gold words (${scored.oov.toLocaleString('en')} OOV)`,
    );
  });
  progress(1, 1);
  metrics.segmenterCharsPerSecond = segmentSeconds > 0 ? Math.round(characters / segmentSeconds) : 0;
  // Standards with a word list but no test gold here: estimated on the MSR text (see the header).
  const msrWords = lists.includes('msr') ? readWords(join(dir, 'msr_training_words.utf8')) : undefined;
  if (msr && msrWords) {
    const texts = msr.gold.map((w) => w.join(''));
    const msrTails = numberTails(msrWords);
    const pseudoMsr = texts.map((t) => maximumMatch(t, msrWords, msrTails));
    const againstMsr = scoreSegmentation(pseudoMsr, msr.ours, msrWords).metrics.f1 ?? 0;
    for (const corpus of lists) {
      if (corpus === 'msr' || corpora.includes(corpus)) continue;
      const words = readWords(join(dir, `${corpus}_training_words.utf8`));
      const tails = numberTails(words);
      const pseudo = texts.map((t) => maximumMatch(t, words, tails));
      const against = scoreSegmentation(pseudo, msr.ours, words).metrics.f1 ?? 0;
      metrics[`${corpus}EstimateF1`] = against - againstMsr + (metrics.f1 ?? 0);
      sizes.push(`${corpus}: no test gold; its standard estimated on the MSR text`);
    }
  }
  return {
    set: 'segmentation',
    size: `${sizes.join('; ')}; ${characters.toLocaleString('en')} characters`,
    metrics,
    categories,
    topErrors,
    characters,
    seconds: (performance.now() - started) / 1000,
  };
};
