/**
 * The spoken tone layer against Databaker BZNSYP (CSMSC): per-character pinyin as a speaker said
 * it (tone sandhi applied, neutral tone 5, erhua merged as `wanr1`). Evaluation only: nothing here
 * feeds what the site ships.
 *
 * Alignment: the prosody marks #1–#4 are stripped, the Han characters of the text are paired with
 * the gold syllables in order. A 儿 that has no syllable of its own (the gold syllable before it
 * ends in an erhua r) is skipped, and that syllable is compared without its r. Sentences whose
 * characters and syllables still do not pair up are skipped and counted in `size`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateSentence } from '../../lib/annotate';
import { isHan } from '../../lib/text/chars';
import { parseNumbered } from '../../lib/pinyin/syllable';
import { topCounts, type EvalSet } from './types';

export const SPOKEN_FILE = join('spoken-tones', 'bznsyp-000001-008000.txt');

export type SpokenItem = { id: string; text: string; syllables: string[] };

/** Two lines a sentence: `ID<TAB>text with #1–#4`, then `<TAB>syllables`. */
export function parseBznsyp(source: string): SpokenItem[] {
  const lines = source.split(/\r?\n/u);
  const items: SpokenItem[] = [];
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const head = /^(\d+)\t(.*)$/u.exec(lines[i] as string);
    if (!head) continue;
    const pinyinLine = lines[i + 1] as string;
    if (!pinyinLine.startsWith('\t')) continue;
    items.push({
      id: head[1] as string,
      text: (head[2] as string).replace(/#[1-4]/gu, '').trim(),
      syllables: pinyinLine.trim().split(/\s+/u),
    });
    i += 1;
  }
  return items;
}

/** Lower case, ü spelled v (as BZNSYP does), so both sides compare alike. */
export function normalizeSyllable(s: string): string {
  return s.toLowerCase().replace(/ü|u:/gu, 'v');
}

const isErhua = (syllable: string) => {
  const { body } = parseNumbered(syllable);
  return body.endsWith('r') && body !== 'er';
};

/**
 * Gold syllable for each Han code point of `text` (null for an erhua 儿 that has none), or null
 * when the sentence does not align.
 */
export function alignGold(text: string, syllables: readonly string[]): (string | null)[] | null {
  const han = Array.from(text).filter(isHan);
  let spare = han.length - syllables.length; // how many 儿 must be silent
  if (spare < 0) return null;
  const out: (string | null)[] = [];
  let s = 0;
  for (let c = 0; c < han.length; c += 1) {
    const prev = syllables[s - 1];
    if (han[c] === '儿' && spare > 0 && prev && isErhua(prev) && out[out.length - 1] !== null) {
      const { body, tone } = parseNumbered(prev);
      out[out.length - 1] = `${body.slice(0, -1)}${tone}`;
      out.push(null);
      spare -= 1;
      continue;
    }
    const syl = syllables[s];
    if (syl === undefined) return null;
    out.push(syl);
    s += 1;
  }
  return spare === 0 && s === syllables.length ? out : null;
}

export type Category = 'wrong syllable' | 'wrong tone' | 'neutral tone' | 'sandhi';

/** Why a spoken syllable differs from the gold one (both normalised, numbered). */
export function categorize(char: string, ours: string, gold: string): Category {
  const a = parseNumbered(ours);
  const b = parseNumbered(gold);
  if (a.body !== b.body) return 'wrong syllable';
  if (a.tone === 5 || b.tone === 5) return 'neutral tone';
  if (char === '一' || char === '不') return 'sandhi';
  if ((a.tone === 2 && b.tone === 3) || (a.tone === 3 && b.tone === 2)) return 'sandhi';
  return 'wrong tone';
}

/** Scores one BZNSYP transcript file. */
function scoreFile(path: string, deps: Parameters<EvalSet>[1], progress: Parameters<EvalSet>[2]) {
  const items = parseBznsyp(readFileSync(path, 'utf8'));
  const categories: Record<Category, number> = { 'wrong syllable': 0, 'wrong tone': 0, 'neutral tone': 0, sandhi: 0 };
  const tally = new Map<string, number>();
  let total = 0;
  let right = 0;
  let rightToneless = 0;
  let skipped = 0;
  let characters = 0;
  items.forEach((item, n) => {
    if (n % 200 === 0) progress(n, items.length);
    const gold = alignGold(item.text, item.syllables);
    if (!gold) {
      skipped += 1;
      return;
    }
    characters += Array.from(item.text).length;
    const tokens = annotateSentence(item.text, new Map(), deps);
    let g = 0;
    for (const token of tokens) {
      const chars = Array.from(token.text);
      chars.forEach((char, i) => {
        if (!isHan(char)) return;
        const want = gold[g];
        g += 1;
        if (want === null || want === undefined) return;
        const expected = normalizeSyllable(want);
        const ours = normalizeSyllable(token.pinyin?.spoken[i] ?? '');
        total += 1;
        if (ours === expected) {
          right += 1;
          rightToneless += 1;
          return;
        }
        const category = categorize(char, ours, expected);
        if (category !== 'wrong syllable') rightToneless += 1;
        categories[category] += 1;
        const key = `${char} ${expected}→${ours || '∅'} (${token.text})`; // gold → ours, as the header says
        tally.set(key, (tally.get(key) ?? 0) + 1);
      });
    }
  });
  progress(items.length, items.length);
  const aligned = items.length - skipped;
  return {
    size: `${aligned.toLocaleString('en')} sentences, ${total.toLocaleString('en')} characters (${skipped} not aligned, skipped)`,
    metrics: { accuracy: total ? right / total : 0, toneless: total ? rightToneless / total : 0 },
    categories,
    tally,
    characters,
    /** Characters scored. */
    scored: total,
  };
}

/**
 * Every `spoken-tones/bznsyp-*.txt` of the data folder: the file we have (000001–008000) keeps the
 * plain names accuracy and toneless; any other is reported as `<range>Accuracy`, `<range>Toneless`
 * (e.g. `008001-010000Accuracy`), and `allAccuracy`/`allToneless` pool every file.
 */
export const evalSpokenTones: EvalSet = (dataDir, deps, progress) => {
  const dir = join(dataDir, 'spoken-tones');
  const files = readdirSync(dir)
    .filter((f) => /^bznsyp-.*\.txt$/u.test(f))
    .sort();
  const started = performance.now();
  const metrics: Record<string, number> = {};
  const sizes: string[] = [];
  const categories: Record<string, number> = {};
  const tally = new Map<string, number>();
  let characters = 0;
  let total = 0;
  let right = 0;
  let toneless = 0;
  for (const f of files) {
    const r = scoreFile(join(dir, f), deps, progress);
    const name = /^bznsyp-(.*)\.txt$/u.exec(f)?.[1] ?? f;
    const n = r.scored;
    if (join('spoken-tones', f) === SPOKEN_FILE) Object.assign(metrics, r.metrics);
    else {
      metrics[`${name}Accuracy`] = r.metrics.accuracy ?? 0;
      metrics[`${name}Toneless`] = r.metrics.toneless ?? 0;
    }
    total += n;
    right += (r.metrics.accuracy ?? 0) * n;
    toneless += (r.metrics.toneless ?? 0) * n;
    for (const [k, v] of Object.entries(r.categories)) categories[k] = (categories[k] ?? 0) + v;
    for (const [k, v] of r.tally) tally.set(k, (tally.get(k) ?? 0) + v);
    characters += r.characters;
    sizes.push(`${name}: ${r.size}`);
  }
  if (files.length > 1) {
    metrics.allAccuracy = total ? right / total : 0;
    metrics.allToneless = total ? toneless / total : 0;
  }
  return {
    set: 'spokenTones',
    size: sizes.join('; '),
    metrics,
    categories,
    topErrors: topCounts(tally),
    characters,
    seconds: (performance.now() - started) / 1000,
  };
};
