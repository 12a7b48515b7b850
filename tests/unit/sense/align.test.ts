import { describe, expect, it } from 'vitest';
import { alignSentence, chineseNumber, expectedPositions } from '@/lib/sense/align';

const spansText = (english: string, spans: [number, number][]) => spans.map(([a, b]) => english.slice(a, b));

describe('alignSentence: each Chinese word to the English words its senses contain', () => {
  it('links content words, picks the sense that matched and the one-to-one English word', () => {
    // 融资 from the seed: "to finance" is not its CC-CEDICT sense, "financing" is; the line says "funding round".
    const english = 'Musk announced the financing of xAI and the financing of Tesla.';
    const words = [
      { text: '马斯克', senses: ['Elon Musk (1971-), business magnate and co-founder of Tesla Motors'] },
      { text: '宣布', senses: ['to declare', 'to announce', 'to proclaim'] },
      { text: 'xAI', senses: [] },
      { text: '和', senses: ['(joining two nouns) and; together with; with'] },
      {
        text: '特斯拉',
        senses: [
          'Nikola Tesla (1856–1943), Serbian inventor and engineer',
          'Tesla, an American electric vehicle and clean energy company',
        ],
      },
      { text: '的', senses: ["of; ~'s (possessive particle)"] },
      { text: '融资', senses: ['financing'] },
    ];
    const a = alignSentence(words, english);
    expect(spansText(english, a[0]?.spans ?? [])).toEqual(['Musk']);
    expect(a[1]).toMatchObject({ sense: 1 });
    expect(spansText(english, a[1]?.spans ?? [])).toEqual(['announced']);
    expect(spansText(english, a[2]?.spans ?? [])).toEqual(['xAI']);
    expect(spansText(english, a[3]?.spans ?? [])).toEqual(['and']);
    expect(spansText(english, a[6]?.spans ?? [])).toEqual(['financing']);
  });

  it('anchors numbers, months and days: 5 月 26 日 ↔ On May 26', () => {
    const english = 'On May 26, xAI announced a funding round of 6 billion US dollars.';
    const words = ['5 月', '26 日', '，', 'xAI', '宣布', '60 亿美元'].map((text) => ({
      text,
      senses: text === '宣布' ? ['to announce'] : [],
    }));
    const a = alignSentence(words, english);
    expect(spansText(english, a[0]?.spans ?? [])).toEqual(['May']);
    expect(spansText(english, a[1]?.spans ?? [])).toEqual(['26']);
    expect(spansText(english, a[2]?.spans ?? [])).toEqual([',']);
    expect(spansText(english, a[5]?.spans ?? [])).toEqual(['6', 'billion']);
  });

  it('anchors a name spelt in pinyin (the Tsinghua gold writes 任峰 as "ren feng")', () => {
    const english = 'reporter ren feng reports';
    const a = alignSentence(
      [
        { text: '记者', senses: ['reporter'] },
        { text: '任峰', senses: [], pinyin: ['Ren4', 'Feng1'] },
      ],
      english,
    );
    expect(spansText(english, a[1]?.spans ?? [])).toEqual(['feng']);
    expect(spansText(english, a[0]?.spans ?? [])).toEqual(['reporter']);
  });

  it('a free translation: nothing in the line says the words, so nothing is linked', () => {
    // 一件小事: 走你的罢！ rendered "Go on!" — 走 "to walk", 你 "you" are not in it.
    const english = 'Go on!”';
    const a = alignSentence(
      [
        { text: '走', senses: ['to walk', 'to go', 'to run'] },
        { text: '你', senses: ['you (informal, as opposed to courteous 您[nin2])'] },
        { text: '的', senses: ["of; ~'s (possessive particle)"] },
        { text: '罢', senses: ['to stop', '(final particle, same as 吧)'] },
        { text: '！', senses: [] },
        { text: '”', senses: [] },
      ],
      english,
    );
    expect(spansText(english, a[0]?.spans ?? [])).toEqual(['Go']);
    expect(a[0]?.sense).toBe(1);
    expect(a[1]?.spans).toEqual([]);
    expect(a[3]?.spans).toEqual([]);
    expect(spansText(english, a[4]?.spans ?? [])).toEqual(['!']);
  });

  it('"March" the month is never the sense "to be on the march"', () => {
    const english = 'Construction began in March.';
    const a = alignSentence([{ text: '进行', senses: ['(of an army etc) to be on the march; to advance'] }], english);
    expect(a[0]?.spans).toEqual([]);
  });
});

describe('helpers', () => {
  it.each([
    ['四', 4],
    ['十五', 15],
    ['二十', 20],
    ['三千', 3000],
    ['两万', 20000],
    ['一百二十', 120],
    ['十万', 100000],
    ['数千', null],
  ])('chineseNumber(%s) = %s', (text, n) => expect(chineseNumber(text)).toBe(n));

  it('expected positions interpolate between linked neighbours', () => {
    expect(expectedPositions([[0], [], [], [6]], 8)).toEqual([0, 2, 4, 6]);
    expect(expectedPositions([[], [3]], 4)).toEqual([1.25, 3]);
  });
});

describe('alignSentence: the line index is computed once, the answer is the same', () => {
  it('aligns the same line twice alike, and a compound still contains its sense word', () => {
    // "supercomputer" ⊃ "computer": a partial match, found through the line's word beginnings and ends.
    const english = 'xAI built the supercomputer in Memphis.';
    const words = [
      { text: 'xAI', senses: [] },
      { text: '在', senses: ['to exist; to be alive', '(of sb or sth) to be (located) at', 'in; at'] },
      { text: '孟菲斯', senses: ['Memphis'] },
      { text: '建造', senses: ['to construct; to build'] },
      { text: '超级计算机', senses: ['computer'] },
      { text: '。', senses: [] },
    ];
    const first = alignSentence(words, english);
    expect(alignSentence(words, english)).toEqual(first);
    expect(spansText(english, first[4]?.spans ?? [])).toEqual(['supercomputer']);
    expect(spansText(english, first[3]?.spans ?? [])).toEqual(['built']);
    expect(spansText(english, first[5]?.spans ?? [])).toEqual(['.']);
  });

  it('a sense whose words are not in the line matches nothing (no link made up)', () => {
    const a = alignSentence([{ text: '苹果', senses: ['apple'] }], 'He bought a pear.');
    expect(a[0]).toMatchObject({ spans: [], sense: -1 });
  });
});
