import { describe, expect, it } from 'vitest';
import { normalizeLine } from '@/lib/text/normalize';
import { codePointLength, countHan } from '@/lib/text/chars';

describe('normalizeLine', () => {
  it.each([
    ['马斯克梭哈 xAI,叫板 OpenAI', '马斯克梭哈 xAI，叫板 OpenAI'],
    ['编辑|大 风', '编辑|大风'],
    ['美国时间 7 月 22 日凌晨 4:20,由 xAI', '美国时间 7 月 22 日凌晨 4:20，由 xAI'],
    ['铸就了一座 " 芯片长城 ",对比', '铸就了一座“芯片长城”，对比'],
    ['埃隆 · 马斯克在社交平台', '埃隆·马斯克在社交平台'],
    ['红杉资本(Sequoia Capital)和', '红杉资本（Sequoia Capital）和'],
    ['达 40 亿美元(折合人民币超 290 亿)。', '达 40 亿美元（折合人民币超 290 亿）。'],
    ['来源:网络', '来源：网络'],
    ['\u3000\u3000全角空格开头', '全角空格开头'], // U+3000 IDEOGRAPHIC SPACE
    ['Plain English, untouched: 4:20 (ok)', 'Plain English, untouched: 4:20 (ok)'],
    ['25,000 块', '25,000 块'],
  ])('%s', (input, expected) => {
    expect(normalizeLine(input)).toBe(expected);
  });
});

describe('code point counting', () => {
  it('counts 𠀀 (U+20000, outside the BMP) as one character', () => {
    expect('𠀀'.length).toBe(2);
    expect(codePointLength('𠀀字')).toBe(2);
    expect(countHan('𠀀字 ab')).toBe(2);
  });
});
