/**
 * pinyin-pro as the context reader: it resolves polyphones from the words around them, so it is
 * asked for a whole Han run at once and its answer is sliced per token.
 */
import { pinyin } from 'pinyin-pro';
import { isHan } from '../text/chars';
import { normalizeNumbered } from './syllable';

/**
 * Citation readings (no tone sandhi) of each code point of a Han-only run, numbered, neutral 5;
 * '' where pinyin-pro has no reading (rare characters such as 𠀀 U+20000).
 */
export function contextReadings(run: string): string[] {
  const chars = Array.from(run);
  const out = pinyin(run, { type: 'all', toneType: 'num', toneSandhi: false });
  if (out.length === chars.length) {
    return out.map((r) => (r.isZh && r.pinyin ? normalizeNumbered(r.pinyin.replace(/0$/u, '5')) : ''));
  }
  // Guard: if pinyin-pro ever groups code points differently, read character by character.
  return chars.map((ch) => {
    const [r] = pinyin(ch, { type: 'all', toneType: 'num', toneSandhi: false });
    return r?.isZh && r.pinyin ? normalizeNumbered(r.pinyin.replace(/0$/u, '5')) : '';
  });
}

/** pinyin-pro readings for every code point of a sentence ('' for non-Han). */
export function sentenceReadings(text: string): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    if (run) out.push(...contextReadings(run));
    run = '';
  };
  for (const ch of text) {
    if (isHan(ch)) run += ch;
    else {
      flush();
      out.push('');
    }
  }
  flush();
  return out;
}
