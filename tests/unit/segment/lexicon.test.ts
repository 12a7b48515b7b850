import { describe, expect, it } from 'vitest';
import { buildLexicon, DEFAULT_LEXICON_OPTIONS, type Headwords } from '@/lib/segment/lexicon';

const cedict = new Set(['国有企业', '作出', '英伟达']);
const headwords: Headwords = {
  has: (w) => cedict.has(w),
  additions: () => [['英伟达', 'nz']],
};

describe('buildLexicon', () => {
  const jieba = [
    '国 3000 n',
    '国有企业 3 n', // CC-CEDICT knows it: kept
    '本报记者 3 n', // a phrase: dropped
    '主管部门 3 n', // a phrase: dropped
    '张全景 6 nr', // a name: kept
    '就是 9283 d', // frequent: kept
    '作出 8169 v',
    'AT&T 3 nz', // not Han: kept
  ];
  const out = buildLexicon(jieba, headwords, DEFAULT_LEXICON_OPTIONS);
  const words = out.map((l) => l.split(' ')[0]);

  it.each([
    ['国', true],
    ['国有企业', true],
    ['本报记者', false],
    ['主管部门', false],
    ['张全景', true],
    ['就是', true],
    ['AT&T', true],
  ])('%s kept: %s', (word, kept) => {
    expect(words.includes(word)).toBe(kept);
  });

  it('adds CC-CEDICT names jieba lacks, in jieba’s line format', () => {
    expect(out).toContain(`英伟达 ${DEFAULT_LEXICON_OPTIONS.addedFrequency} nz`);
  });
});
