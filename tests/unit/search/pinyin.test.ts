import { describe, expect, it } from 'vitest';
import { isLatinQuery, matchPinyin, parsePinyinQuery, pinyinKey } from '@/lib/search/pinyin';

describe('parsePinyinQuery', () => {
  it.each([
    ['rongzi', 'rongzi', []],
    ['rong zi', 'rongzi', []],
    [
      'Róng Zī',
      'rongzi',
      [
        { at: 1, tone: 2 },
        { at: 5, tone: 1 },
      ],
    ],
    [
      'róngzī',
      'rongzi',
      [
        { at: 1, tone: 2 },
        { at: 5, tone: 1 },
      ],
    ],
    [
      'rong2zi1',
      'rongzi',
      [
        { at: 3, tone: 2 },
        { at: 5, tone: 1 },
      ],
    ],
    [
      'rong2 zi1',
      'rongzi',
      [
        { at: 3, tone: 2 },
        { at: 5, tone: 1 },
      ],
    ],
    ['de0', 'de', [{ at: 1, tone: 5 }]],
    ["xi'an", 'xian', []],
    [
      'lǜsè',
      'luse',
      [
        { at: 1, tone: 4 },
        { at: 3, tone: 4 },
      ],
    ],
    ['lv4', 'lu', [{ at: 1, tone: 4 }]],
    ['lu:4', 'lu', [{ at: 1, tone: 4 }]],
  ])('%s → %s', (input, key, tones) => {
    expect(parsePinyinQuery(input)).toEqual({ key, tones });
  });
});

describe('pinyinKey', () => {
  it.each([
    ['rong2 zi1', 'rongzi', [2, 2, 2, 2, 1, 1]],
    ['lu:4 se4', 'luse', [4, 4, 4, 4]],
    ['Ma3 Si1 ke4', 'masike', [3, 3, 1, 1, 4, 4]],
    ['de5', 'de', [5, 5]],
  ])('%s → %s', (input, key, letterTones) => {
    expect(pinyinKey(input)).toEqual({ key, letterTones });
  });
});

describe('matchPinyin against 融资 rong2 zi1', () => {
  const rongzi = pinyinKey('rong2 zi1');
  it.each([
    ['rongzi', 'exact'],
    ['rong zi', 'exact'],
    ['rong2zi1', 'exact'],
    ['rong2 zi1', 'exact'],
    ['róngzī', 'exact'],
    ['Róng zī', 'exact'],
    ['rong2zi', 'exact'],
    ['rong', 'prefix'],
    ['róng', 'prefix'],
    ['rong3zi1', null],
    ['róngzì', null],
    ['rongzhi', null],
    ['zi', null],
    ['', null],
  ])('%j → %s', (query, expected) => {
    expect(matchPinyin(parsePinyinQuery(query), rongzi)).toBe(expected);
  });
});

describe('isLatinQuery', () => {
  it.each([
    ['rongzi', true],
    ['róng zī', true],
    ['rong2zi1', true],
    ['financing', true],
    ['融资', false],
    ['融zi', false],
    ['𠀀', false],
  ])('%s → %s', (query, expected) => {
    expect(isLatinQuery(query)).toBe(expected);
  });
});
