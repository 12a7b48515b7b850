import { describe, expect, it } from 'vitest';
import { contextReadings, sentenceReadings } from '@/lib/pinyin/context';

describe('contextReadings (pinyin-pro in context)', () => {
  it.each<[string, string[]]>([
    ['中国', ['zhong1', 'guo2']],
    ['银行', ['yin2', 'hang2']],
    ['行走', ['xing2', 'zou3']],
    ['我的', ['wo3', 'de5']], // neutral tone: pinyin-pro's 0 becomes 5
    ['𠀀中国', ['', 'zhong1', 'guo2']], // outside the BMP, no reading: one empty slot per code point
    ['中𠀀𠀁国', ['zhong1', '', '', 'guo2']],
    ['〇一二', ['ling2', 'yi1', 'er4']],
    ['嗯', ['ng4']],
    ['女', ['nü3']],
  ])('%s', (run, readings) => {
    expect(contextReadings(run)).toEqual(readings);
  });
});

describe('sentenceReadings', () => {
  it('gives one slot per code point, empty for anything not Han', () => {
    expect(sentenceReadings('xAI在2024年融资60亿美元。')).toEqual([
      '',
      '',
      '',
      'zai4',
      '',
      '',
      '',
      '',
      'nian2',
      'rong2',
      'zi1',
      '',
      '',
      'yi4',
      'mei3',
      'yuan2',
      '',
    ]);
  });
});
