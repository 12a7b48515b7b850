import { describe, expect, it } from 'vitest';
import { loadCedict } from '@/lib/dictionary/cedict';
import {
  charSenses,
  isExactReading,
  isGrammatical,
  isNeutralSpelling,
  orderSenses,
  sameReading,
} from '@/lib/sense/order';

const dictionary = loadCedict();
const first = (word: string, reading: string[], name = false) =>
  orderSenses(dictionary.lookup(word), reading, { name })[0];

describe('orderSenses: the reading chosen here, common before proper, nothing cut away', () => {
  it.each([
    // word, reading, expected first sense
    ['和', ['he2'], '(joining two nouns) and; together with; with (Taiwan pr. [han4])'], // not "surname He"
    ['能', ['neng2'], 'can'], // not "surname Neng"
    ['也', ['ye3'], 'also; too; as well; (not ...) either'],
    ['年', ['nian2'], 'year'],
    ['从', ['cong2'], 'from; through; via'], // not "variant of …" nor "surname Cong"
    ['都', ['dou1'], 'all; both; entirely'], // not "surname Du", not du1 "capital city"
    ['高达', ['gao1', 'da2'], 'to attain; to reach up to'], // not "Gundam"
    ['台', ['tai2'], 'desk; table; counter'], // not "(classical) you" nor "Taiwan (abbr.)"
    ['当', ['dang1'], 'to be'], // not the onomatopoeia entry "(onom.) dong; ding dong (bell)"
  ])('%s %j opens on %s', (word, reading, sense) => expect(first(word, reading)?.text).toBe(sense));

  it('a name opens on its proper sense', () => {
    expect(first('特斯拉', ['te4', 'si1', 'la1'], true)?.text).toMatch(/Tesla/u);
    expect(first('特斯拉', ['te4', 'si1', 'la1'], false)?.text).toBe('tesla (unit)');
  });

  it('keeps every sense, classifiers and cross-references included, the other readings last', () => {
    const entries = dictionary.lookup('年');
    const rows = orderSenses(entries, ['nian2'], { name: false });
    expect(rows).toHaveLength(entries.flatMap((e) => e.senses).length);
    expect(rows.map((r) => r.text)).toContain('CL:個|个[ge4]');
    const he = orderSenses(dictionary.lookup('和'), ['he2'], { name: false });
    expect(he.findIndex((r) => r.pinyin[0] === 'huo4')).toBeGreaterThan(he.findIndex((r) => r.text === 'surname He'));
  });

  it('作为 keeps its 7th sense "as (in the capacity of)", marked grammatical', () => {
    const row = orderSenses(dictionary.lookup('作为'), ['zuo4', 'wei2'], { name: false }).find((r) =>
      r.text.startsWith('as '),
    );
    expect(row).toMatchObject({ text: 'as (in the capacity of)', grammatical: true, proper: false });
  });

  it('marks proper rows: capitalised entries and "surname X"', () => {
    const rows = orderSenses(dictionary.lookup('台'), ['tai2'], { name: false });
    expect(rows.find((r) => r.text === 'Taiwan (abbr.)')?.proper).toBe(true);
    expect(rows.find((r) => r.text === 'desk; table; counter')?.proper).toBe(false);
  });
});

describe('charSenses: a character of a word, with its reading in that word', () => {
  it.each([
    ['计', 'ji4', 'to calculate'], // 计划: not "surname Ji"
    ['非', 'fei1', 'to not be; not'], // 非常: not "Africa"
    ['华', 'hua2', 'magnificent'], // 中华: not "China" first
    ['超', 'chao1', 'to exceed'],
  ])('%s (%s) opens on %s', (char, reading, sense) => {
    expect(charSenses(char, reading, dictionary.lookup(char))[0]?.text).toBe(sense);
  });

  it('the breakdown of the seed has no ordinary character opening on a surname or a place', () => {
    for (const [char, reading] of [
      ['计', 'ji4'],
      ['非', 'fei1'],
      ['和', 'he2'],
      ['能', 'neng2'],
      ['台', 'tai2'],
      ['马', 'ma3'],
    ] as const) {
      expect(charSenses(char, reading, dictionary.lookup(char))[0]?.proper).toBe(false);
    }
  });
});

describe('helpers', () => {
  it.each([
    [['Tai2'], ['tai2'], true],
    [['de'], ['de5'], true],
    [['gao1', 'da2'], ['gao1', 'da1'], false],
  ])('sameReading(%j, %j) = %s', (a, b, same) => expect(sameReading(a, b)).toBe(same));

  it.each([
    ['classifier for vehicles or machines', true],
    ['CL:個|个[ge4]', true],
    ['and so on; etc.; et al.', true],
    ['as (in the capacity of)', true],
    ['(joining two nouns) and; together with; with', true],
    ['platform', false],
    ['to calculate', false],
  ])('isGrammatical(%s) = %s', (sense, yes) => expect(isGrammatical(sense)).toBe(yes));
});

describe('orderSenses is memoised per entries, reading and name, and hands out its own copy', () => {
  it('gives equal rows twice, and a caller changing its copy changes nothing for the next', () => {
    const entries = dictionary.lookup('和');
    const a = orderSenses(entries, ['he2'], { name: false });
    a.reverse();
    const b = orderSenses(entries, ['he2'], { name: false });
    expect(b[0]?.text).toMatch(/^\(joining two nouns\) and/u);
    expect([...a].reverse()).toEqual(b);
  });

  it('keeps readings and the name flag apart', () => {
    const entries = dictionary.lookup('特斯拉');
    expect(orderSenses(entries, ['te4', 'si1', 'la1'], { name: true })[0]?.text).toMatch(/Tesla/u);
    expect(orderSenses(entries, ['te4', 'si1', 'la1'], { name: false })[0]?.text).toBe('tesla (unit)');
  });
});

describe('the careful reading and CC-CEDICT neutral-tone spelling of the same word', () => {
  it.each([
    // entry, occurrence reading, neutral spelling of it?
    [['gu4', 'shi5'], ['gu4', 'shi4'], true], // 故事: the citation keeps the full tone
    [['sheng1', 'yi5'], ['sheng1', 'yi4'], true], // 生意
    [['zhi1', 'shi5'], ['zhi1', 'shi2'], true], // 知识
    [['gu4', 'shi4'], ['gu4', 'shi4'], false], // the same reading is not a spelling of it
    [['gu4', 'shi4'], ['gu4', 'shi5'], false], // full tone in the entry, neutral in the text: another word
    [['dong1', 'xi5'], ['dong1', 'xi1', 'nan2'], false], // lengths differ
    [['di4', 'fang5'], ['di4', 'fan1'], false], // another syllable
  ])('%j for %j: %s', (entry, reading, expected) => expect(isNeutralSpelling(entry, reading)).toBe(expected));

  it.each([
    // word, reading the pipeline chose, first sense: the everyday word, not its full-tone twin
    ['故事', ['gu4', 'shi4'], 'narrative; story; tale'], // not "old practice"
    ['生意', ['sheng1', 'yi4'], 'business'], // not "life force"
    ['东西', ['dong1', 'xi1'], 'thing'], // not "east and west"
  ])('%s read %j opens on %s', (word, reading, sense) => expect(first(word, reading)?.text).toBe(sense));

  it('a reading a person chose (glossary, readings.tsv) is taken as meant: 营生 yíng shēng', () => {
    const entries = dictionary.lookup('营生');
    expect(orderSenses(entries, ['ying2', 'sheng1'], { name: false, exact: true })[0]?.text).toBe('to earn a living');
    expect(orderSenses(entries, ['ying2', 'sheng1'], { name: false })[0]?.text).toBe('(coll.) job');
    expect(isExactReading('glossary')).toBe(true);
    expect(isExactReading('pinned')).toBe(true);
    expect(isExactReading('context')).toBe(false);
  });

  it('a neutral-tone reading in the text keeps its own entry first (东西 dōng xi)', () => {
    expect(first('东西', ['dong1', 'xi5'])?.text).toBe('thing');
  });
});
