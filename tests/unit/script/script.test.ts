import { describe, expect, it } from 'vitest';
import { convertRuns, createTraditionalConverter, type Convert } from '@/lib/script';

const opencc = createTraditionalConverter();

describe('convertRuns with OpenCC (cn → tw)', () => {
  it.each([
    [
      ['马斯克', '梭哈', ' ', 'xAI'],
      ['馬斯克', '梭哈', ' ', 'xAI'],
    ],
    [
      ['超级', '计算', '中心'],
      ['超級', '計算', '中心'],
    ],
    // Phrase context: 发 is 髮 in 头发 but 發 in 发展.
    [
      ['头发', '和', '发展'],
      ['頭髮', '和', '發展'],
    ],
    [
      ['里面', '为了'],
      ['裡面', '為了'],
    ],
    // A character outside the BMP passes through and keeps the runs aligned.
    [
      ['𠀀', '马'],
      ['𠀀', '馬'],
    ],
  ])('%j → %j', (runs, want) => {
    expect(convertRuns(runs, opencc)).toEqual(want);
  });

  it('keeps the runs of a sentence the same length, code point by code point', () => {
    const runs = ['历时', '四个月', '，', '马斯克', '旗下', '的', 'xAI', '公司', '完成', '了', '融资', '。'];
    const out = convertRuns(runs, opencc);
    expect(out.map((r) => Array.from(r).length)).toEqual(runs.map((r) => Array.from(r).length));
    expect(out.join('')).toBe(opencc(runs.join('')));
  });
});

describe('convertRuns fallback', () => {
  it('converts run by run when a converter changes the length', () => {
    const stretch: Convert = (s) => s.replace(/马/gu, '馬馬');
    expect(convertRuns(['马', '克'], stretch)).toEqual(['馬馬', '克']);
  });
});
