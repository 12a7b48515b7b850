import { describe, expect, it } from 'vitest';
import { loadCedict } from '@/lib/dictionary/cedict';
import { createHskLevels } from '@/lib/dictionary/hsk';
import { annotateSentence } from '@/lib/annotate';
import { createSegmenter } from '@/lib/segment';
import { formatReading } from '@/lib/pinyin/syllable';

const dictionary = loadCedict();
const segmenter = createSegmenter();
const deps = { segment: segmenter.segment, dictionary, hsk: createHskLevels([]) };

/** The citation pinyin (tone marks) of `word` as read inside `sentence`. */
function readingIn(sentence: string, word: string, glossary = new Map()): string {
  const token = annotateSentence(sentence, glossary, deps).find((t) => t.text === word);
  if (!token?.pinyin) throw new Error(`${word} is not a token of ${sentence}`);
  return formatReading(token.pinyin.citation, 'marks');
}

describe('citation pinyin of words in context', () => {
  it.each([
    ['xAI 宣布完成 60 亿美元的融资', '融资', 'róng zī'],
    ['他去银行存钱', '银行', 'yín háng'],
    ['双方进行了洽谈', '进行', 'jìn xíng'],
    ['他在董事会担任董事长', '董事长', 'dǒng shì zhǎng'],
    ['马斯克在社交平台公开宣布', '马斯克', 'Mǎ sī kè'],
    ['估值高达 240 亿美元', '估值', 'gū zhí'],
    ['这个城市很大', '城市', 'chéng shì'],
    ['我们必须考虑', '考虑', 'kǎo lǜ'],
    ['不是一个人', '不是', 'bù shì'],
  ])('%s: %s → %s', (sentence, word, expected) => {
    expect(readingIn(sentence, word)).toBe(expected);
  });

  it('prefers the glossary reading and keeps the dictionary capitals of a name', () => {
    const glossary = new Map([['甲骨文', { term: '甲骨文', pinyin: 'jiǎ gǔ wén', sense: 'Oracle', line: 2 }]]);
    expect(readingIn('并从甲骨文拿到了资源', '甲骨文', glossary)).toBe('jiǎ gǔ wén');
  });
});

describe('spoken layer', () => {
  it.each([
    ['不是一个人', [['bú', 'shì']]],
    ['一样东西', [['yí', 'yàng']]],
    ['一起建设', [['yì', 'qǐ']]],
    ['他很好', [['hén'], ['hǎo']]],
    ['第一', [['dì', 'yī']]],
  ])('%s', (sentence, expected) => {
    const tokens = annotateSentence(sentence, new Map(), deps).filter((t) => t.pinyin);
    const spoken = tokens.map((t) => (t.pinyin ? t.pinyin.spoken.map((s) => formatReading([s], 'marks')) : []));
    for (const e of expected) expect(spoken).toContainEqual(e);
  });

  it('keeps citation tones apart from spoken tones', () => {
    const [bushi] = annotateSentence('不是', new Map(), deps);
    expect(bushi?.pinyin?.citation).toEqual(['bu4', 'shi4']);
    expect(bushi?.pinyin?.spoken).toEqual(['bu2', 'shi4']);
  });
});
