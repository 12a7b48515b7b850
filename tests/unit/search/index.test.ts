import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle, Token } from '@/lib/annotate/types';
import { buildSearchIndex, mergeSearchParts, parseSearchIndex, searchPart, searchWords } from '@/lib/search';
import { viewOf } from '../view/fixture';

function han(text: string, pinyin: string, hsk?: number, sense?: string): Token {
  const citation = pinyin.split(' ');
  return {
    text,
    kind: 'han',
    entry: text,
    pinyin: { citation, spoken: citation, source: 'dictionary' },
    ...(hsk ? { hsk } : {}),
    ...(sense ? { sense } : {}),
  };
}
const punct = (text: string): Token => ({ text, kind: 'punct' });

const article: AnnotatedArticle = {
  slug: 'xai-supercluster',
  hash: 'x',
  meta: { title: '融资', draft: false, tags: [] },
  enMeta: { title: 'Financing' },
  title: [han('融资', 'rong2 zi1')],
  paragraphs: [
    {
      kind: 'text',
      pending: false,
      sentences: [
        {
          tokens: [han('公司', 'gong1 si1', 2), han('融资', 'rong2 zi1', undefined, 'financing'), punct('。')],
          en: 'The company raised funds.',
        },
        { tokens: [han('绿色', 'lu:4 se4', 3), han('公司', 'gong1 si1', 2), punct('。')], en: 'A green company.' },
      ],
    },
  ],
  dictionary: {
    融资: {
      word: '融资',
      traditional: '融資',
      readings: [{ pinyin: ['rong2', 'zi1'], senses: ['financing'] }],
      gloss: 'glossary',
    },
    公司: {
      word: '公司',
      traditional: '公司',
      readings: [{ pinyin: ['gong1', 'si1'], senses: ['company', 'firm'] }],
      gloss: 'dictionary',
      hsk: 2,
    },
    绿色: {
      word: '绿色',
      traditional: '綠色',
      readings: [{ pinyin: ['lu:4', 'se4'], senses: ['green'] }],
      gloss: 'dictionary',
      hsk: 3,
    },
  },
};

const index = buildSearchIndex([viewOf(article)]);

describe('buildSearchIndex', () => {
  it('lists each word once with its occurrences and keeps the sentences', () => {
    const gongsi = index.words.find((w) => w.w === '公司');
    expect(gongsi?.o).toEqual([
      [0, '0.0'],
      [0, '0.1'],
    ]);
    expect(index.words.find((w) => w.w === '融资')).toMatchObject({ t: '融資', p: 'rong2 zi1', e: 'financing' });
    expect(index.articles[0]?.sentences['0.0']).toEqual(['公司融资。', 'The company raised funds.']);
    expect(parseSearchIndex(JSON.parse(JSON.stringify(index)))).toEqual(index);
    expect(parseSearchIndex({ version: 99 })).toBeNull();
  });

  it('merges per-article parts: a word keeps its first article and gathers every occurrence', () => {
    const second = viewOf({
      ...article,
      slug: 'second',
      title: [han('公司', 'gong1 si1', 2)],
      paragraphs: [
        {
          kind: 'text',
          pending: false,
          sentences: [{ tokens: [han('公司', 'gong1 si1', 2), punct('。')], en: 'A company.' }],
        },
      ],
    });
    const merged = mergeSearchParts([searchPart(viewOf(article)), searchPart(second)]);
    expect(merged).toEqual(buildSearchIndex([viewOf(article), second]));
    expect(merged.articles.map((a) => a.slug)).toEqual(['xai-supercluster', 'second']);
    expect(merged.words.find((w) => w.w === '公司')?.o).toEqual([
      [0, '0.0'],
      [0, '0.1'],
      [1, '0.0'],
    ]);
    expect(merged.words.filter((w) => w.w === '公司')).toHaveLength(1);
  });
});

describe('searchWords', () => {
  it.each([
    ['融资', ['融资']],
    ['融資', ['融资']],
    ['资', ['融资']],
    ['rongzi', ['融资']],
    ['rong2zi1', ['融资']],
    ['róngzī', ['融资']],
    ['rong zi', ['融资']],
    ['rong3zi1', []],
    ['lvse', ['绿色']],
    ['lüsè', ['绿色']],
    ['green', ['绿色']],
    ['company', ['公司']],
    ['firm', ['公司']],
    ['financ', ['融资']],
    ['ompany', []],
    ['', []],
  ])('%j → %j', (query, expected) => {
    expect(searchWords(index, query).map((h) => h.word.w)).toEqual(expected);
  });
});
