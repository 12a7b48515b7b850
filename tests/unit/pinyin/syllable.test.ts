import { describe, expect, it } from 'vitest';
import { marksToNumbered, numberedToMarks, numberedToZhuyin, formatReading } from '@/lib/pinyin/syllable';

describe('numberedToMarks', () => {
  it.each([
    ['rong2', 'róng'],
    ['zi1', 'zī'],
    ['lu:4', 'lǜ'],
    ['lü3', 'lǚ'],
    ['Ma3', 'Mǎ'],
    ['de5', 'de'],
    ['jiu3', 'jiǔ'],
    ['gui4', 'guì'],
    ['hou4', 'hòu'],
    ['xue2', 'xué'],
    ['er2', 'ér'],
  ])('%s → %s', (numbered, marked) => {
    expect(numberedToMarks(numbered)).toBe(marked);
    expect(marksToNumbered(marked)).toBe(numbered.replace('u:', 'ü'));
  });
});

describe('numberedToZhuyin', () => {
  it.each([
    ['rong2', 'ㄖㄨㄥˊ'],
    ['zi1', 'ㄗ'],
    ['shi4', 'ㄕˋ'],
    ['de5', '˙ㄉㄜ'],
    ['yuan2', 'ㄩㄢˊ'],
    ['xiong2', 'ㄒㄩㄥˊ'],
    ['lü4', 'ㄌㄩˋ'],
    ['ju3', 'ㄐㄩˇ'],
    ['wan3', 'ㄨㄢˇ'],
    ['ying1', 'ㄧㄥ'],
    ['wanr2', 'ㄨㄢㄦˊ'],
  ])('%s → %s', (numbered, zhuyin) => {
    expect(numberedToZhuyin(numbered)).toBe(zhuyin);
  });
});

describe('formatReading', () => {
  it('formats a word in every style', () => {
    expect(formatReading(['rong2', 'zi1'], 'marks')).toBe('róng zī');
    expect(formatReading(['rong2', 'zi1'], 'numbers')).toBe('rong2 zi1');
    expect(formatReading(['rong2', 'zi1'], 'zhuyin')).toBe('ㄖㄨㄥˊ ㄗ');
  });
});
