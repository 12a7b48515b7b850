/**
 * CPP polyphones (Park & Lee, Interspeech 2020; g2pM, Apache-2.0): one marked character per
 * sentence, wrapped in U+2581 ▁…▁, with its gold reading (tone 1–5, ü as `u:`) in the parallel
 * `.lb` file. Each sentence is annotated like an article sentence and the citation syllable of the
 * marked character is compared with the gold one.
 *
 * A fixed slice of dev (lines whose number hashes into the lowest 15 of 100 buckets, see
 * `isHeldOut`) is never seen by scripts/train-polyphones.ts; its accuracy is reported apart as
 * heldOutAccuracy, the figure to trust for unseen text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateSentence } from '../../lib/annotate';
import { parseNumbered } from '../../lib/pinyin/syllable';
import { topCounts, type EvalSet } from './types';

const MARK = '\u2581'; // U+2581 LOWER ONE EIGHTH BLOCK, the CPP marker

export type PolyphoneItem = {
  /** 1-based line number in dev.sent. */
  line: number;
  /** The sentence without the markers. */
  text: string;
  /** Code-point index of the marked character in `text`. */
  position: number;
  /** The marked character. */
  char: string;
  /** Gold reading, normalised (`lü4`, neutral 5). */
  gold: string;
};

/** Lower case, ü spelt `ü`, neutral tone written 5. */
export function normalizeSyllable(syllable: string): string {
  const { body, tone } = parseNumbered(syllable.trim().toLowerCase());
  return `${body}${tone}`;
}

/** FNV-1a over the line number's decimal digits: a fixed split that does not depend on the text. */
function lineHash(line: number): number {
  let h = 0x811c9dc5;
  for (const ch of String(line)) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The held-out slice: about 15 % of lines, chosen by line number only. */
export function isHeldOut(line: number): boolean {
  return lineHash(line) % 100 < 15;
}

/** Reads `<dir>/polyphones/<split>.sent` and `.lb` into items; lines without one marked character are skipped. */
export function readPolyphones(dataDir: string, split = 'dev'): PolyphoneItem[] {
  const sents = readFileSync(join(dataDir, 'polyphones', `${split}.sent`), 'utf8').split('\n');
  const labels = readFileSync(join(dataDir, 'polyphones', `${split}.lb`), 'utf8').split('\n');
  const items: PolyphoneItem[] = [];
  sents.forEach((raw, i) => {
    const label = labels[i]?.trim();
    if (!raw.trim() || !label) return;
    const parts = raw.replace(/\r$/u, '').split(MARK);
    if (parts.length !== 3) return;
    const [before = '', char = '', after = ''] = parts;
    if (Array.from(char).length !== 1) return;
    items.push({
      line: i + 1,
      text: before + char + after,
      position: Array.from(before).length,
      char,
      gold: normalizeSyllable(label),
    });
  });
  return items;
}

/** Which kind of mistake: same syllable with a neutral tone on one side, another tone, another syllable. */
export function errorCategory(gold: string, got: string): string {
  const g = parseNumbered(gold);
  const o = parseNumbered(got);
  if (g.body !== o.body) return 'wrong syllable';
  if (g.tone === 5 || o.tone === 5) return 'neutral tone';
  return 'wrong tone';
}

export const evalPolyphones: EvalSet = (dataDir, deps, progress) => {
  const items = readPolyphones(dataDir);
  const started = performance.now();
  let correct = 0;
  let heldOut = 0;
  let heldOutCorrect = 0;
  let characters = 0;
  const categories: Record<string, number> = { 'wrong syllable': 0, 'wrong tone': 0, 'neutral tone': 0 };
  const errors = new Map<string, number>();
  items.forEach((item, n) => {
    characters += Array.from(item.text).length;
    const tokens = annotateSentence(item.text, new Map(), deps);
    let offset = 0;
    let got = '';
    for (const t of tokens) {
      const len = Array.from(t.text).length;
      if (item.position < offset + len) {
        got = t.pinyin?.citation[item.position - offset] ?? '';
        break;
      }
      offset += len;
    }
    const reading = got ? normalizeSyllable(got) : '?';
    const ok = reading === item.gold;
    if (ok) correct += 1;
    if (isHeldOut(item.line)) {
      heldOut += 1;
      if (ok) heldOutCorrect += 1;
    }
    if (!ok) {
      const cat = errorCategory(item.gold, reading);
      categories[cat] = (categories[cat] ?? 0) + 1;
      const key = `${item.char} ${item.gold}→${reading}`;
      errors.set(key, (errors.get(key) ?? 0) + 1);
    }
    if ((n + 1) % 500 === 0 || n + 1 === items.length) progress(n + 1, items.length);
  });
  return {
    set: 'polyphones',
    size: `${items.length.toLocaleString('en')} sentences, one marked character each (held out: ${heldOut.toLocaleString('en')})`,
    metrics: {
      accuracy: items.length ? correct / items.length : 0,
      total: items.length,
      heldOutAccuracy: heldOut ? heldOutCorrect / heldOut : 0,
    },
    categories,
    topErrors: topCounts(errors),
    characters,
    seconds: (performance.now() - started) / 1000,
  };
};
