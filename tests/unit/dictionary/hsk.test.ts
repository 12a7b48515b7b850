import { createRequire } from 'node:module';
import { describe, it, expect } from 'vitest';
import { createHskLevels, HSK_SOURCE, loadHskLevels } from '../../../lib/dictionary/hsk';

describe('createHskLevels', () => {
  it.each([
    ['a word listed once keeps its level', [['学习', 1]], '学习', 1],
    [
      'the lowest level wins, lower first',
      [
        ['还', 2],
        ['还', 3],
      ],
      '还',
      2,
    ],
    [
      'the lowest level wins, higher first',
      [
        ['喂', 6],
        ['喂', 1],
      ],
      '喂',
      1,
    ],
    ['an unlisted word has no level', [['学习', 1]], '融资', undefined],
  ] as const)('%s', (_name, entries, word, expected) => {
    expect(createHskLevels(entries).level(word)).toBe(expected);
  });

  it('counts distinct words', () => {
    const levels = createHskLevels([
      ['还', 3],
      ['还', 2],
      ['我', 1],
    ]);
    expect(levels.size).toBe(2);
  });
});

describe('loadHskLevels (HSK 2.0 from chinese-lexicon)', () => {
  const hsk = loadHskLevels();

  it.each([
    ['我', 1],
    ['学习', 1],
    ['的', 1],
    ['汉语', 1],
    ['一点儿', 1],
    ['知道', 2],
    ['机场', 2],
    ['爱好', 3],
    ['环境', 3],
    ['银行', 3],
    ['经济', 4],
    ['发展', 4],
    ['互联网', 4],
    ['相处', 5],
    ['抽象', 5],
    ['通货膨胀', 6],
    ['突破', 6],
    // heteronyms listed at two levels in the data: the lowest wins
    ['还', 2],
    ['得', 2],
    ['喂', 1],
    // not in HSK 2.0 1–6
    ['融资', undefined],
    ['', undefined],
    ['hello', undefined],
    // simplified headwords only
    ['學習', undefined],
  ] as const)('%s → %s', (word, expected) => {
    expect(hsk.level(word)).toBe(expected);
  });

  it('holds the ~5,000 words of the HSK 2.0 list', () => {
    expect(hsk.size).toBe(4995);
  });

  it('credits the installed version', () => {
    const pkg = createRequire(import.meta.url)('chinese-lexicon/package.json') as {
      version: string;
      license: string;
    };
    expect(HSK_SOURCE.version).toBe(pkg.version);
    expect(HSK_SOURCE.licence).toBe(pkg.license);
  });
});

describe('HskLevels.estimate: the level a learner reads a word the list lacks at', () => {
  const hsk = createHskLevels([
    ['我们', 1],
    ['一', 1],
    ['个', 1],
    ['走', 2],
    ['进', 2],
    ['孩子', 2],
    ['金融', 5],
    ['很', 1],
    ['多', 1],
  ]);
  it.each([
    ['我们', 1], // listed: its own level
    ['一个', 1], // a numeral and a classifier the segmenter joined
    ['走进', 2],
    ['很多', 1],
    ['们', 1], // a bound form, met in 我们
    ['孩子们', 2], // 孩子 + 们
    ['融', 5], // only in 金融
    ['𠀀', undefined], // in no listed word: beyond the lists
    ['一𠀀', undefined],
  ])('%s → %s', (word, expected) => {
    expect(hsk.estimate(word)).toBe(expected);
    if (hsk.level(word) !== undefined) expect(hsk.estimate(word)).toBe(hsk.level(word));
  });
});
