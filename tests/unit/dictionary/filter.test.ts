import { describe, it, expect } from 'vitest';
import { createKeyFilter } from '../../../lib/dictionary/filter';
import { createDictionary } from '../../../lib/dictionary/cedict';

const WORDS = ['融资', '超级计算机', '马斯克', '的', '𠀀', '行', '银行', 'xAI'];

describe('createKeyFilter', () => {
  const filter = createKeyFilter(WORDS, WORDS.length);
  it.each(WORDS)('never turns away a key of the set: %s', (word) => {
    expect(filter.mightHave(word)).toBe(true);
  });

  // Pairs of neighbouring characters are what the pipeline asks about most: almost none are words.
  const text = '宣布完成六十亿美元融资用于建设超级计算中心的消息由马斯克在社交媒体上公布';
  const chars = Array.from(text);
  const pairs = chars.slice(1).map((c, i) => `${chars[i]}${c}`);
  it('turns away strings that are not keys (all but a few false positives)', () => {
    const outside = pairs.filter((p) => !WORDS.includes(p));
    const passed = outside.filter((p) => filter.mightHave(p));
    expect(outside.length).toBeGreaterThan(30);
    expect(passed.length).toBeLessThanOrEqual(2);
  });

  it('an empty set holds nothing', () => {
    const empty = createKeyFilter([], 0);
    expect(['融资', '', '的'].some((w) => empty.mightHave(w))).toBe(false);
  });
});

describe('a dictionary behind its filter', () => {
  const dictionary = createDictionary([
    { traditional: '融資', simplified: '融资', pinyin: 'rong2 zi1', english: ['financing'] },
    { traditional: '銀行', simplified: '银行', pinyin: 'yin2 hang2', english: ['bank'] },
  ]);
  it.each([
    ['融资', true],
    ['银行', true],
    ['资银', false],
    ['融', false],
  ] as const)('has(%s) is %s, and lookup agrees', (word, known) => {
    expect(dictionary.has(word)).toBe(known);
    expect(dictionary.lookup(word).length > 0).toBe(known);
  });
});
