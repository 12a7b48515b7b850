import { describe, expect, it } from 'vitest';
import type { Token, WordInfo } from '@/lib/annotate/types';
import { defaultVocabLevel, handoutVocabulary, isNumberOrMeasure } from '@/lib/handout';
import { annotated, viewOf } from '../view/fixture';

type HandoutWordInfo = WordInfo;

const han = (text: string, citation: string[], hsk?: number, sense?: string, name = false): Token => ({
  text,
  kind: 'han',
  entry: text,
  pinyin: { citation, spoken: citation, source: 'dictionary' },
  ...(hsk ? { hsk } : {}),
  ...(sense ? { sense } : {}),
  // What lib/sense/names decided at annotation time.
  ...(name ? { name: {} } : {}),
});
const entry = (
  word: string,
  readings: WordInfo['readings'],
  extra: Partial<HandoutWordInfo> = {},
): HandoutWordInfo => ({
  word,
  traditional: word,
  readings,
  gloss: 'dictionary',
  ...extra,
});
const dict: Record<string, HandoutWordInfo> = {
  融资: entry('融资', [{ pinyin: ['rong2', 'zi1'], senses: ['financing'] }], {
    gloss: 'glossary',
    glossary: { pinyin: 'róng zī', sense: 'funding round' },
  }),
  我们: entry('我们', [{ pinyin: ['wo3', 'men5'], senses: ['we', 'us'] }], { hsk: 1 }),
  马斯克: entry('马斯克', [{ pinyin: ['Ma3', 'si1', 'ke4'], senses: ['Musk'] }], { gloss: 'name' }),
  特斯拉: entry('特斯拉', [], { gloss: 'glossary', glossary: { pinyin: 'tè sī lā', sense: 'Tesla', kind: 'name' } }),
  硅谷: entry('硅谷', [], { gloss: 'glossary', glossary: { pinyin: 'guī gǔ', sense: 'Silicon Valley', kind: 'skip' } }),
  谷歌: entry('谷歌', [], { gloss: 'glossary', glossary: { pinyin: 'Gǔ gē', sense: 'Google' } }),
  强: entry('强', [
    { pinyin: ['Qiang2'], senses: ['surname Qiang'] },
    { pinyin: ['qiang2'], senses: ['surname Qiang', 'strong', 'powerful'] },
  ]),
  四个: entry('四个', [], { gloss: 'composed', parts: ['四', '个'] }),
  这台: entry('这台', [], { gloss: 'composed', parts: ['这', '台'] }),
  万块: entry('万块', [], { gloss: 'composed', parts: ['万', '块'] }),
  四: entry('四', [{ pinyin: ['si4'], senses: ['four'] }], { hsk: 1 }),
  万: entry('万', [{ pinyin: ['wan4'], senses: ['ten thousand'] }], { hsk: 3 }),
  块: entry('块', [{ pinyin: ['kuai4'], senses: ['lump', 'piece'] }], { hsk: 1 }),
  超算集群: entry('超算集群', [], { gloss: 'composed', parts: ['超算', '集群'] }),
  超算: entry('超算', [{ pinyin: ['chao1', 'suan4'], senses: ['supercomputing'] }]),
  集群: entry('集群', [{ pinyin: ['ji2', 'qun2'], senses: ['cluster'] }]),
  一些: entry('一些', [{ pinyin: ['yi1', 'xie1'], senses: ['some'] }], { hsk: 1 }),
};

/** The view of a one-sentence article over `dict` (the handout reads the view, as every consumer does). */
function article(tokens: Token[]) {
  return viewOf(annotated([[{ tokens, en: '' }]], dict));
}

describe('handoutVocabulary', () => {
  it('lists distinct words in order, glossary sense first, beyond HSK as 7', () => {
    const a = article([
      han('我们', ['wo3', 'men5'], 1),
      han('融资', ['rong2', 'zi1']),
      han('我们', ['wo3', 'men5'], 1),
    ]);
    expect(handoutVocabulary(a)).toEqual([
      { word: '我们', pinyin: 'wǒ men', sense: 'we', level: 1 },
      { word: '融资', pinyin: 'róng zī', sense: 'funding round', level: 7 },
    ]);
  });

  it.each([
    ['a dictionary name', han('马斯克', ['Ma3', 'si1', 'ke4'])],
    ['a glossary row of kind name', han('特斯拉', ['te4', 'si1', 'la1'])],
    ['a glossary row of kind skip', han('硅谷', ['gui1', 'gu3'])],
    ['a word the view flags as a name', han('谷歌', ['Gu3', 'ge1'], undefined, undefined, true)],
    ['a numeral and a classifier', han('四个', ['si4', 'ge4'])],
    ['a demonstrative and a classifier', han('这台', ['zhe4', 'tai2'])],
  ])('leaves out %s', (_, token) => {
    expect(handoutVocabulary(article([token]))).toEqual([]);
  });

  it('gives a composed word no glued gloss: 万块 no row, 超算集群 its parts with their own senses', () => {
    const rows = handoutVocabulary(
      article([han('万块', ['wan4', 'kuai4']), han('超算集群', ['chao1', 'suan4', 'ji2', 'qun2'])]),
    );
    expect(rows).toEqual([
      { word: '超算', pinyin: 'chāo suàn', sense: 'supercomputing', level: 7 },
      { word: '集群', pinyin: 'jí qún', sense: 'cluster', level: 7 },
    ]);
  });

  it('takes the senses of the reading the article uses, skipping "surname"', () => {
    expect(handoutVocabulary(article([han('强', ['qiang2'])]))[0]?.sense).toBe('strong');
  });

  it("keeps the view's level: an unlisted word at the level of its parts; a curated one beyond if the view says so", () => {
    const rows = handoutVocabulary(article([han('超算', ['chao1', 'suan4'], 5), han('融资', ['rong2', 'zi1'])]));
    expect(rows.map((r) => [r.word, r.level])).toEqual([
      ['超算', 5],
      ['融资', 7],
    ]);
  });
});

describe('isNumberOrMeasure', () => {
  it.each([
    ['四个', undefined, true],
    ['六十亿', undefined, true],
    ['第一', undefined, true],
    ['一年', undefined, true],
    ['每家', undefined, true],
    ['这台', undefined, true],
    // Words a list has keep their row; so do words that only start with a numeral.
    ['一些', 1, false],
    ['万一', 5, false],
    ['一致', undefined, false],
    ['两岸', undefined, false],
    ['这样', 2, false],
  ] as const)('%s (HSK %s) → %s', (word, hsk, expected) => {
    expect(isNumberOrMeasure(word, hsk)).toBe(expected);
  });
});

describe('defaultVocabLevel', () => {
  it.each([
    [[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2], '1'],
    [[1, 2, 3], '3'],
    [[1, undefined], '6'],
  ] as const)('levels %j → HSK %s', (levels, expected) => {
    const tokens = levels.map((l) => han('我们', ['wo3', 'men5'], l));
    expect(defaultVocabLevel(article(tokens))).toBe(expected);
  });

  it('is HSK 4 for an article without counted words', () => {
    expect(defaultVocabLevel(article([]))).toBe('4');
  });
});
