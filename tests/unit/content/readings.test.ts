import { describe, expect, it } from 'vitest';
import { readPinnedReadings, type Problem } from '@/lib/content/parse';

const ZH = '孩子们长大了。他在银行工作，还了书。';

function parse(text: string): { readings: { word: string; pinyin: string }[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const readings = readPinnedReadings(text, 'readings.tsv', ZH, problems).map(({ word, pinyin }) => ({ word, pinyin }));
  return { readings, problems };
}

describe('readings.tsv', () => {
  it('reads pinned words with their tone-marked pinyin, skipping blank and # lines', () => {
    const { readings, problems } = parse('word\tpinyin\n长大\tzhǎng dà\n\n# a comment\n还\thuán\n');
    expect(problems).toEqual([]);
    expect(readings).toEqual([
      { word: '长大', pinyin: 'zhǎng dà' },
      { word: '还', pinyin: 'huán' },
    ]);
  });

  it.each([
    ['word\tpinyin\n长大\tzhang3 da4\n', 2, 'tone marks'],
    ['word\tpinyin\n长大\tzhǎng\n', 2, '2 character(s) but 1 pinyin syllable(s)'],
    ['word\tpinyin\n长高\tzhǎng gāo\n', 2, 'does not occur in zh.txt'],
    ['word\tpinyin\n长大\tzhǎng dà\textra\n', 2, 'expected 2 tab-separated fields'],
    ['word\tpinyin\n长大\tzhǎng dà\n长大\tcháng dà\n', 3, 'already pinned on line 2'],
    ['word\tpinyin\nA长\tzhǎng\n', 2, 'Chinese characters only'],
    ['词\t拼音\n长大\tzhǎng dà\n', 1, 'header'],
  ])('%j → line %i: %s', (text, line, message) => {
    const { problems } = parse(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(line);
    expect(problems[0]?.message).toContain(message);
    expect(problems[0]?.file).toBe('readings.tsv');
  });
});
