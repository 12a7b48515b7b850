import { describe, expect, it } from 'vitest';
import { createDictionary } from '@/lib/dictionary/cedict';
import {
  chineseNumbers,
  dictionaryWords,
  englishNumbers,
  englishStems,
  latinWords,
  readChineseNumeral,
} from '@/lib/align/anchors';

describe('Chinese numbers', () => {
  it.each([
    ['一九二〇年七月。', [1920, 7]],
    ['这是民国六年的冬天', [6]],
    ['还欠十九个钱呢！', [19]],
    ['这是二十多年前的事', [20]],
    ['大约是中秋前的两三天', [2, 3]],
    ['先后与七八个城市进行了洽谈', [7, 8]],
    ['它由 10 万块 H100 组成', [100000, 100]],
    ['每个就高达 3-4 万美元，总价值将达 40 亿美元', [30000, 40000, 4000000000]],
    ['过去十年间', [10]],
    // Must not fire: 一 as "a", 千万 and 万一 as words.
    ['一个人', []],
    ['千万不要取笑', []],
    ['万一他不来', []],
    ['但他这回却不十分分辩', []],
    ['一些人还在忙着找零钱', []],
  ])('%s → %j', (text, expected) => expect(chineseNumbers(text)).toEqual(expected));

  it.each([
    ['十', [10]],
    ['十二', [12]],
    ['二十', [20]],
    ['一百零五', [105]],
    ['三千万', [30000000]],
  ])('numeral %s → %j', (run, expected) => expect(readChineseNumeral(run)).toEqual(expected));
});

describe('English numbers', () => {
  it.each([
    ['30,000–40,000 US dollars', [30000, 40000]],
    ['1.3 million gallons of water', [1300000]],
    ['at 4:20 a.m. on July 22', [4, 20, 22, 7]],
    ['nineteen coppers, twenty-one years', [19, 21]],
    ['the winter of the sixth year', [6]],
    // Must not fire: "may" is a verb, not the month.
    ['it may rain', []],
  ])('%s → %j', (text, expected) => expect(englishNumbers(text)).toEqual(expected));
});

describe('Latin words and dictionary words', () => {
  it('takes Latin words from Chinese text, lower-cased', () => {
    expect(latinWords('由 xAI、X 和英伟达合力打造，教他拉到S门去')).toEqual(['xai', 'x', 's']);
  });

  it('matches CC-CEDICT words by their senses’ content words, longest first', () => {
    const dict = createDictionary([
      {
        traditional: '酒店',
        simplified: '酒店',
        pinyin: 'jiu3 dian4',
        english: ['wine shop', 'pub (public house)', 'hotel'],
      },
      { traditional: '酒', simplified: '酒', pinyin: 'jiu3', english: ['wine (esp. rice wine)', 'liquor'] },
      { traditional: '的', simplified: '的', pinyin: 'de5', english: ['of', "~'s (possessive particle)"] },
    ]);
    const words = dictionaryWords('酒店的酒', dict, new Map());
    expect(words.map((w) => w.word)).toEqual(['酒店', '酒']); // 的 has no content word
    expect([...(words[0]?.stems ?? [])]).toContain('shop');
    expect(englishStems('The wine shops were training')).toEqual(new Set(['wine', 'shop', 'were', 'train']));
  });
});
