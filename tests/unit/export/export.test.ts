import { describe, expect, it } from 'vitest';
import {
  ankiField,
  ankiTags,
  csvField,
  pinyinMarks,
  toAnkiTsv,
  toCsv,
  wordsAbove,
  type ExportWord,
} from '@/lib/export';

const rongzi: ExportWord = {
  simplified: '融资',
  traditional: '融資',
  pinyin: 'rong2 zi1',
  sense: 'financing',
  zh: 'xAI 完成 60 亿美元融资。',
  en: 'xAI raised $6 billion.',
  slug: 'xai-supercluster',
  hsk: undefined,
};

describe('ankiField', () => {
  it.each([
    ['融资', '融资'],
    ['a\tb', 'a&#9;b'],
    ['第一行\n第二行', '第一行<br>第二行'],
    ['第一行\r\n第二行\r第三行', '第一行<br>第二行<br>第三行'],
    ['"引号"开头', '&quot;引号&quot;开头'],
    ['<b>粗</b> & 细', '&lt;b&gt;粗&lt;/b&gt; &amp; 细'],
    ['𠀀字', '𠀀字'],
  ])('%j → %j', (input, expected) => {
    expect(ankiField(input)).toBe(expected);
  });
});

describe('csvField', () => {
  it.each([
    ['融资', '融资'],
    ['融资，贷款', '融资，贷款'], // U+FF0C FULLWIDTH COMMA needs no quoting
    ['financing, loans', '"financing, loans"'],
    ['他说"好"', '"他说""好"""'],
    ['一\n二', '"一\n二"'],
    ['a\tb', 'a\tb'],
  ])('%j → %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });
});

describe('pinyinMarks', () => {
  it.each([
    ['rong2 zi1', 'róng zī'],
    ['lu:4 se4', 'lǜ sè'],
    ['de5', 'de'],
    ['Ma3 Si1 ke4', 'Mǎ Sī kè'],
  ])('%s → %s', (input, expected) => {
    expect(pinyinMarks(input)).toBe(expected);
  });
});

describe('toAnkiTsv', () => {
  it('writes seven tab-separated fields per note, even with tabs and newlines inside', () => {
    const tricky: ExportWord = {
      ...rongzi,
      simplified: '超级计算机',
      traditional: '超級計算機',
      pinyin: 'chao1 ji2 ji4 suan4 ji1',
      sense: 'supercomputer\t(tab)',
      zh: '第一句。\n第二句。',
      en: 'He said "<yes>" & left.',
      hsk: 6,
    };
    const tsv = toAnkiTsv([rongzi, tricky]);
    const lines = tsv.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.split('\t')).toHaveLength(7);
    expect(lines[0]?.split('\t')).toEqual([
      '融资',
      '融資',
      'róng zī',
      'financing',
      'xAI 完成 60 亿美元融资。',
      'xAI raised $6 billion.',
      'duizhao xai-supercluster hsk-beyond',
    ]);
    expect(lines[1]?.split('\t')).toEqual([
      '超级计算机',
      '超級計算機',
      'chāo jí jì suàn jī',
      'supercomputer&#9;(tab)',
      '第一句。<br>第二句。',
      'He said &quot;&lt;yes&gt;&quot; &amp; left.',
      'duizhao xai-supercluster hsk6',
    ]);
  });

  it('is empty for no words', () => {
    expect(toAnkiTsv([])).toBe('');
  });
});

describe('toCsv', () => {
  it('quotes per RFC 4180 with CRLF rows and a header', () => {
    const csv = toCsv([{ ...rongzi, sense: 'financing, funding', en: 'He said "yes"\nthen left.' }]);
    expect(csv.startsWith('\uFEFFsimplified,traditional,pinyin,english,sentence_zh,sentence_en,hsk,article\r\n')).toBe(
      true,
    );
    expect(csv).toContain(
      '融资,融資,róng zī,"financing, funding",xAI 完成 60 亿美元融资。,"He said ""yes""\nthen left.",beyond,xai-supercluster\r\n',
    );
  });
});

describe('ankiTags and wordsAbove', () => {
  it.each([
    [{ slug: 'xai-supercluster', hsk: 3 }, 'duizhao xai-supercluster hsk3'],
    [{ slug: 'a b', hsk: undefined }, 'duizhao a_b hsk-beyond'],
  ])('%j → %s', (input, expected) => {
    expect(ankiTags(input)).toBe(expected);
  });

  it('keeps words above the level, beyond-HSK included, in page order', () => {
    const words = [
      { w: '公司', hsk: 4 },
      { w: '融资', hsk: undefined },
      { w: '的', hsk: 1 },
      { w: '集群', hsk: 6 },
    ];
    expect(wordsAbove(words, 4).map((x) => x.w)).toEqual(['融资', '集群']);
    expect(wordsAbove(words, 6).map((x) => x.w)).toEqual(['融资']);
  });
});
