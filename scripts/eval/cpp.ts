/**
 * CPP, Chinese Polyphones with Pinyin (Park & Lee, Interspeech 2020; g2pM, Apache-2.0), as the
 * evaluation and the training script read it: one marked character per sentence, wrapped in
 * U+2581 ▁…▁, with its gold reading (tone 1–5, ü as `u:`) in the parallel `.lb` file; the
 * held-out slice and the cross-validation folds, both fixed by line number.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNumbered } from '../../lib/pinyin/syllable';

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

/** Folds of the cross-validation: K slices of 100 / K hash buckets each (the held-out slice lies in fold 0). */
export const FOLDS = 5;
export function foldOf(line: number): number {
  return Math.floor((lineHash(line) % 100) / (100 / FOLDS));
}

/** Whether `<dir>/polyphones/<split>.sent` and `.lb` are both there. */
export function hasSplit(dataDir: string, split: string): boolean {
  return ['sent', 'lb'].every((ext) => existsSync(join(dataDir, 'polyphones', `${split}.${ext}`)));
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
