import { describe, expect, it } from 'vitest';
import type { Token, WordInfo } from '@/lib/annotate/types';
import { difficultyOf } from '@/lib/difficulty';
import { annotated, viewOf } from '../view/fixture';

const han = (text: string, hsk?: number): Token => ({
  text,
  kind: 'han',
  entry: text,
  pinyin: { citation: [], spoken: [], source: 'dictionary' },
  ...(hsk ? { hsk } : {}),
});
const info = (word: string, gloss: WordInfo['gloss']): WordInfo => ({ word, traditional: word, readings: [], gloss });

function article(tokens: Token[], dictionary: Record<string, WordInfo> = {}) {
  return viewOf(annotated([[{ tokens, en: '' }]], dictionary));
}

describe('difficultyOf', () => {
  it('counts words, distinct words and characters; Latin and digits are not words', () => {
    const d = difficultyOf(
      article([
        han('我们', 1),
        han('我们', 1),
        { text: '2023', kind: 'number' },
        han('融资', 6),
        { text: 'xAI', kind: 'latin' },
      ]),
    );
    expect(d).toMatchObject({ characters: 6, words: 3, distinctWords: 2, minutes: 1 });
  });

  it('leaves names out of the 95 % level but shows their share', () => {
    // 19 HSK-1 words and two names: names do not push the level beyond HSK.
    const tokens = [...Array.from({ length: 19 }, () => han('的', 1)), han('马斯克'), han('马斯克')];
    const d = difficultyOf(article(tokens, { 马斯克: info('马斯克', 'name') }));
    expect(d.level95).toBe(1);
    expect(d.shares.find((s) => s.key === 'names')?.share).toBeCloseTo(2 / 21);
    // The same word not known as a name counts as beyond HSK: 95 % is then not reached at HSK 1.
    expect(difficultyOf(article(tokens)).level95).toBe(7);
  });

  it.each([
    [[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 4], 1],
    [[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 4, 4], 4],
    [[1, 2, 3, 4, 5, 6], 6],
    [[2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2], 2],
  ])('levels %j: 95 percent known at HSK %i', (levels, expected) => {
    expect(difficultyOf(article(levels.map((l) => han('词', l)))).level95).toBe(expected);
  });

  it('shares add up to one', () => {
    const d = difficultyOf(
      article([han('我', 1), han('孟菲斯'), han('冷却', 6), han('梭哈')], { 孟菲斯: info('孟菲斯', 'name') }),
    );
    expect(d.shares.reduce((n, s) => n + s.share, 0)).toBeCloseTo(1);
  });
});
