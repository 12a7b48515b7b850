import { describe, expect, it } from 'vitest';
import { loadCedict } from '@/lib/dictionary/cedict';
import { kindFromGloss, nameOf } from '@/lib/sense/names';

const dictionary = loadCedict();
const verdict = (word: string, extra: Partial<Parameters<typeof nameOf>[0]> = {}) =>
  nameOf({ word, entries: dictionary.lookup(word), ...extra });

describe('nameOf: is this occurrence a name, and of what', () => {
  it.each([
    // glossary rows say so
    ['埃隆', { glossaryKind: 'name', glossarySense: 'Elon (given name)' }, 'glossary', 'person'],
    ['田纳西州', { glossaryKind: 'name', glossarySense: 'Tennessee (US state)' }, 'glossary', 'place'],
    [
      '红杉资本',
      { glossaryKind: 'name', glossarySense: 'Sequoia Capital (the US venture capital firm)' },
      'glossary',
      'organisation',
    ],
    // CC-CEDICT lists the word only as a proper noun
    ['美国', {}, 'dictionary', 'place'],
    ['孔乙己', {}, 'dictionary', 'person'],
    ['微软', {}, 'dictionary', 'organisation'],
    // a segmenter tag on a word CC-CEDICT lacks
    ['旺加里', { pos: 'nr' }, 'pos', 'person'],
    ['咸亨', { pos: 'ns' }, 'pos', 'place'],
  ] as const)('%s is a name (%s, %s)', (word, extra, source, kind) => {
    expect(verdict(word, extra)).toEqual({ name: true, source, kind });
  });

  it.each([['张全景'], ['霍洛维茨']])('%s is shaped like a name CC-CEDICT lacks', (word) => {
    expect(verdict(word)).toMatchObject({ name: true, source: word === '霍洛维茨' ? 'dictionary' : 'shape' });
  });

  it.each([
    ['英语', {}], // a language: capitalised in CC-CEDICT, learnt like any word
    ['美金', {}], // a currency
    ['互联网', {}], // the Internet
    ['高达', { pos: 'nr' }], // a tag on a word with a common sense ("to reach up to") is not trusted
    ['计划', {}],
    ['和', {}],
    ['特斯拉', {}], // Tesla is also "tesla (unit)": only the glossary can say which
    ['马斯克', { glossaryKind: 'skip' }],
    ['一件', {}], // not a surname + given name
  ] as const)('%s is not a name', (word, extra) => expect(verdict(word, extra)).toEqual({ name: false }));

  it.each([
    ['Memphis (city in Tennessee)', 'place'],
    ['Nvidia (the US chipmaker)', 'organisation'],
    ['Kyle (given name)', 'person'],
    ['Forbes magazine', 'organisation'],
    ['Silicon Valley', 'place'],
    ['Andreessen (in Andreessen Horowitz)', undefined],
  ])('kindFromGloss(%s) = %s', (gloss, kind) => expect(kindFromGloss(gloss)).toBe(kind));
});
