/**
 * Simplified → traditional display, done at build time. The article is segmented and read in
 * simplified (the dictionary and jieba work there); traditional is only a second spelling of the
 * same tokens. Converting a whole sentence at once lets OpenCC use phrase context (头发 → 頭髮 but
 * 发展 → 發展); the result is then cut back into the original tokens by code point, so word
 * boundaries, pinyin and popovers stay exactly those of the simplified text.
 */
import 'server-only';
import { Converter } from 'opencc-js';

/** A string → string converter, so the pure functions below can be tested with any table. */
export type Convert = (text: string) => string;

/** OpenCC mainland simplified → Taiwan standard characters (no vocabulary swaps, which would break pinyin). */
export function createTraditionalConverter(): Convert {
  const convert = Converter({ from: 'cn', to: 'tw' });
  return (text) => convert(text);
}

/**
 * The traditional spelling of each run, converted in context. Falls back to converting runs one by
 * one if the whole-text conversion ever changes the number of code points (a one-to-one mapping
 * is what keeps the tokens aligned).
 */
export function convertRuns(runs: readonly string[], convert: Convert): string[] {
  const whole = Array.from(convert(runs.join('')));
  const lengths = runs.map((r) => Array.from(r).length);
  const total = lengths.reduce((a, b) => a + b, 0);
  if (whole.length !== total) return runs.map((r) => convert(r));
  const out: string[] = [];
  let at = 0;
  for (const n of lengths) {
    out.push(whole.slice(at, at + n).join(''));
    at += n;
  }
  return out;
}

let shared: Convert | null = null;
/** One converter per build process (its tables take a moment to load). */
export function traditionalConverter(): Convert {
  shared ??= createTraditionalConverter();
  return shared;
}
