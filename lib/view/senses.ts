/**
 * The order in which a word's dictionary senses are listed: the reading used here first, common
 * (lower-case) entries before proper nouns (surnames, places, dynasties) unless the word is a
 * name, and nothing a learner needs cut away (classifier senses, "as", "etc." stay).
 */
import type { WordInfo } from '../annotate/types';
import { normalizeNumbered } from '../pinyin/syllable';
import type { Sense } from './types';

const key = (pinyin: readonly string[]) => pinyin.map((s) => normalizeNumbered(s).toLowerCase()).join(' ');
const isProper = (pinyin: readonly string[]) => /^\p{Lu}/u.test(pinyin[0] ?? '');

/** "surname Ji", "Japanese animation franchise": senses that only name something. */
const NAMING = /^(?:surname \S+|(?:abbr\. for )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)*(?: \(.*\))?)$/u;

export function orderSenses(readings: WordInfo['readings'], reading: readonly string[], name: boolean): Sense[] {
  const here = key(reading);
  const rank = (r: WordInfo['readings'][number]) => {
    const matches = reading.length > 0 && key(r.pinyin) === here ? 0 : 2;
    const proper = isProper(r.pinyin) !== name ? 1 : 0;
    return matches + proper;
  };
  return readings
    .map((r, i) => ({ r, i, rank: rank(r) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .flatMap(({ r }) => r.senses.map((text) => ({ pinyin: [...r.pinyin], text, proper: isProper(r.pinyin) })));
}

/** The first sense of the given reading that is not a proper noun or a bare naming line. */
export function firstCommonSense(senses: readonly Sense[], reading: readonly string[]): string | undefined {
  const here = key(reading);
  const ok = (s: Sense) => !s.proper && !NAMING.test(s.text);
  return (senses.find((s) => (reading.length === 0 || key(s.pinyin) === here) && ok(s)) ?? senses.find(ok))?.text;
}
