/**
 * Simplified → traditional display, done at build time. The article is segmented and read in
 * simplified (the dictionary and jieba work there); traditional is only a second spelling of the
 * same tokens. Converting a whole sentence at once lets OpenCC use phrase context (头发 → 頭髮 but
 * 发展 → 發展); the result is then cut back into the original tokens by code point, so word
 * boundaries, pinyin and popovers stay exactly those of the simplified text.
 */
import 'server-only';
import { Converter } from 'opencc-js';

export { convertRuns, type Convert } from './convert';
import type { Convert } from './convert';

/** OpenCC mainland simplified → Taiwan standard characters (no vocabulary swaps, which would break pinyin). */
export function createTraditionalConverter(): Convert {
  const convert = Converter({ from: 'cn', to: 'tw' });
  return (text) => convert(text);
}

let shared: Convert | null = null;
/** One converter per build process (its tables take a moment to load). */
export function traditionalConverter(): Convert {
  shared ??= createTraditionalConverter();
  return shared;
}
