/**
 * Sense rules from the Chinese side of the sentence, for when the English says nothing (a
 * classifier has no English word; a date's 日 is "22" in English): each rule names the
 * context and the sense it selects. One family a rule, all in RULES, tried in order; the first
 * whose context holds and whose sense the word has wins.
 */
import type { SenseRow } from './order';

export type SenseContext = {
  word: string;
  /** The sentence's text before the word. */
  before: string;
  /** The sentence's text after the word. */
  after: string;
};

export type SenseRule = {
  name: string;
  /** Does the context call for this rule? */
  applies: (c: SenseContext) => boolean;
  /** The sense it selects: the first row matching the first pattern that any row matches. */
  sense: readonly RegExp[];
};

const NUMERAL = '[一二三四五六七八九十百千万亿两几半0-9０-９]';
const COUNTER = new RegExp(`^(?:[这那哪每某各另单数]|${NUMERAL})$`, 'u');
const ONE_NUMERAL = new RegExp(`^${NUMERAL}$`, 'u');
/** The last character before the word, spaces skipped (every NUMERAL is one UTF-16 unit). */
const lastChar = (text: string) => text.trimEnd().slice(-1);
const firstChar = (text: string) => text.trimStart().slice(0, 1);

export const RULES: readonly SenseRule[] = [
  {
    // 这台超级计算机, 一项重要任务, 单笔融资: after a numeral or a demonstrative, a measure word.
    name: 'classifier',
    applies: ({ before }) => COUNTER.test(lastChar(before)),
    sense: [/\bclassifier for\b/u, /^\(classifier used\b/u],
  },
  {
    // 7 月 22 日, 二十日: a day of the month.
    name: 'day of the month',
    applies: ({ word, before }) => /^[日号]$/u.test(word) && ONE_NUMERAL.test(lastChar(before)),
    sense: [/day of the month/u, /\bdate\b/u],
  },
  {
    // 约 1738 亿, 大约三成: approximately, before a number.
    name: 'approximately',
    applies: ({ word, after }) => /^(约|大约|约莫)$/u.test(word) && ONE_NUMERAL.test(firstChar(after)),
    sense: [/approximately/u],
  },
  {
    // 被污染, 被他发现: the passive marker, whenever something follows.
    name: 'passive',
    applies: ({ word, after }) => word === '被' && /^\s*\p{Script=Han}/u.test(after),
    sense: [/passive/u],
  },
  {
    // 见过, 读过的: after a verb, 过 marks experience.
    name: 'experienced aspect',
    applies: ({ word, before, after }) =>
      word === '过' && /\p{Script=Han}$/u.test(before) && /^(?:[的了，。！？、；：\s]|$)/u.test(after),
    sense: [/experienced action marker/u],
  },
];

/** Does any rule's context hold (before looking for its sense)? */
export function anyRule(context: SenseContext): boolean {
  return RULES.some((r) => r.applies(context));
}

/** The index in `rows` of the sense the first applicable rule selects, or -1. */
export function ruleSense(rows: readonly SenseRow[], context: SenseContext): { index: number; rule: string } {
  for (const rule of RULES) {
    if (!rule.applies(context)) continue;
    for (const pattern of rule.sense) {
      const index = rows.findIndex((r) => pattern.test(r.text));
      if (index >= 0) return { index, rule: rule.name };
    }
  }
  return { index: -1, rule: '' };
}
