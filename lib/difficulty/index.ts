/**
 * Difficulty figures for teachers, from the annotated article. How words are counted, and why:
 *  - a word is a Han token of the segmented text (title included); Latin words and Arabic
 *    numerals (xAI, 2023) are not Chinese vocabulary and are not counted;
 *  - names of people, places, companies and products (the view's name flag, lib/view) are shown as their own share and left out of the 95 % level: no word list teaches
 *    them and the popover glosses them, so counting them as "beyond HSK" would overstate the level;
 *  - glossary terms count at their HSK level like any word (most are beyond HSK): the glossary
 *    helps, but they are still words the learner must learn;
 *  - Chinese numerals (四, 万) are ordinary HSK words.
 * The 95 % level is the lowest HSK level whose words (levels 1 to it) make up at least 95 % of
 * the counted word tokens: the usual threshold for reading with ease.
 */
import { countHan } from '../text/chars';
import { allWords } from '../view/walk';
import type { ArticleView } from '../view/types';

export type LevelShare = { key: 'level'; level: number; share: number } | { key: 'beyond' | 'names'; share: number };

export type Difficulty = {
  characters: number;
  words: number;
  distinctWords: number;
  minutes: number;
  /** HSK 1–6, beyond, names: shares of all word tokens (sum 1 when there are words). */
  shares: LevelShare[];
  /** 1–6, or 7 when even HSK 6 covers less than 95 % of the counted words. */
  level95: number;
};

export const COVERAGE = 0.95;
/** Characters a minute for an intermediate learner (the annotator's figure). */
const READING_SPEED = 250;

export function difficultyOf(view: ArticleView): Difficulty {
  const tokens = allWords(view).map(({ token, word }) => ({ text: token.text, word }));
  const counts = [0, 0, 0, 0, 0, 0];
  let beyond = 0;
  let names = 0;
  for (const { word } of tokens) {
    if (word.name) names += 1;
    else if (word.hsk && word.hsk >= 1 && word.hsk <= 6) counts[word.hsk - 1] = (counts[word.hsk - 1] ?? 0) + 1;
    else beyond += 1;
  }
  const total = Math.max(1, tokens.length);
  const counted = Math.max(1, tokens.length - names);
  let level95 = 7;
  let cumulative = 0;
  for (let l = 0; l < 6; l += 1) {
    cumulative += counts[l] ?? 0;
    if (cumulative / counted >= COVERAGE) {
      level95 = l + 1;
      break;
    }
  }
  const characters = tokens.reduce((n, t) => n + countHan(t.text), 0);
  return {
    characters,
    words: tokens.length,
    distinctWords: new Set(tokens.map((t) => t.text)).size,
    minutes: Math.max(1, Math.round(characters / READING_SPEED)),
    shares: [
      ...counts.map((c, i) => ({ key: 'level' as const, level: i + 1, share: c / total })),
      { key: 'beyond', share: beyond / total },
      { key: 'names', share: names / total },
    ],
    level95,
  };
}
