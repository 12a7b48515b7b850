/**
 * pinyin-pro as the context reader: it resolves polyphones from the words around them, so it is
 * asked for a whole Han run at once and its answer is sliced per token.
 */
import { pinyin } from 'pinyin-pro';
import { isHan } from '../text/chars';
import { normalizeNumbered } from './syllable';

/** One syllable as pinyin-pro spells it with numbers ('zhong1', 'ng4', 'de0'). */
const SYLLABLE = /^[a-zü]+[0-5]$/u;

/** pinyin-pro's answer for one code point → numbered with neutral 5, or '' where it has none. */
function numbered(reading: string | undefined): string {
  return reading && SYLLABLE.test(reading) ? normalizeNumbered(reading.replace(/0$/u, '5')) : '';
}

/**
 * Citation readings (no tone sandhi) of each code point of a Han-only run, numbered, neutral 5;
 * '' where pinyin-pro has no reading (rare characters such as 𠀀 U+20000, which it hands back
 * as they are). The plain array form gives the same readings as `type: 'all'` (checked on the
 * 161,575 Han characters of the MSR test text) in about half the time.
 */
/**
 * pinyin-pro's answers per Han run, kept for the process: headings, datelines and set phrases
 * come back in every article, and pinyin-pro is the costliest step of a sentence. Bounded: the
 * cache is emptied when it reaches RUN_CACHE_LIMIT runs.
 */
const runCache = new Map<string, readonly string[]>();
const RUN_CACHE_LIMIT = 50_000;

export function contextReadings(run: string): string[] {
  const hit = runCache.get(run);
  if (hit) return [...hit];
  const out = readRun(run);
  if (runCache.size >= RUN_CACHE_LIMIT) runCache.clear();
  runCache.set(run, out);
  return [...out];
}

function readRun(run: string): string[] {
  const chars = Array.from(run);
  const out = pinyin(run, { type: 'array', toneType: 'num', toneSandhi: false });
  if (out.length === chars.length) return out.map(numbered);
  // Guard: if pinyin-pro ever groups code points differently, read character by character.
  return chars.map((ch) => numbered(pinyin(ch, { type: 'array', toneType: 'num', toneSandhi: false })[0]));
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
