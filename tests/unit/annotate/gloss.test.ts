import { describe, expect, it } from 'vitest';
import { annotateSentence, composeParts, dictionarySubset } from '@/lib/annotate';
import type { GlossaryEntry } from '@/lib/content/schema';
import { loadCedict } from '@/lib/dictionary/cedict';
import { loadHskLevels } from '@/lib/dictionary/hsk';
import { createSegmenter } from '@/lib/segment';
import { isGlossed } from '@/scripts/eval/coverage';

const dictionary = loadCedict();
const segmenter = createSegmenter({ dictionary });
const deps = { segment: segmenter.segment, dictionary, hsk: loadHskLevels() };
const glossary = new Map<string, GlossaryEntry>([
  [
    '超级计算中心',
    {
      term: '超级计算中心',
      pinyin: 'chāo jí jì suàn zhōng xīn',
      sense: 'supercomputing center',
      note: undefined,
      line: 2,
    },
  ],
]);

function annotate(text: string, g: ReadonlyMap<string, GlossaryEntry> = new Map()) {
  const tokens = annotateSentence(text, g, deps);
  return { tokens, dict: dictionarySubset(tokens, g, deps) };
}

describe('a gloss for every Han token', () => {
  it.each([
    ['全球最大超级计算中心正式开始运转', '超级计算中心', 'glossary'],
    ['英伟达公司的黄仁勋', '英伟达', 'name'],
    ['安德森·霍洛维茨基金', '霍洛维茨', 'name'],
    ['塔克拉玛干沙漠', '塔克拉玛干沙漠', 'name'],
    ['王思斌教授说', '王思斌', 'name'],
    ['融资60亿美元', '60亿', 'composed'],
    ['估值1300亿', '1300亿', 'composed'],
    ['柑桔丰收', '桔', 'dictionary'],
    ['𠀀字', '𠀀', 'rare'],
  ])('%s: %s is glossed as %s', (text, word, kind) => {
    const { tokens, dict } = annotate(text, glossary);
    expect(tokens.map((t) => t.text).join('')).toBe(text);
    expect(dict[word]?.gloss).toBe(kind);
    for (const t of tokens) if (t.kind === 'han' && t.entry) expect(isGlossed(t.entry, dict), t.entry).toBe(true);
  });

  it('gives a name no dictionary lists its pinyin; CC-CEDICT names keep their entry', () => {
    const { dict } = annotate('王思斌与霍洛维茨');
    expect(dict['王思斌']?.name?.pinyin.map((s) => s.toLowerCase())).toEqual(['wang2', 'si1', 'bin1']);
    expect(dict['霍洛维茨']?.readings[0]?.senses[0]).toContain('Horowitz');
  });

  it('names a character no dictionary lists by its code point, with a reading when one is known', () => {
    const { dict } = annotate('𠀀');
    expect(dict['𠀀']?.rare?.codePoint).toBe('U+20000');
    expect(dict['𠀀']?.readings).toEqual([]);
  });

  it('explains a cross-reference-only entry by the word it points to', () => {
    const { dict } = annotate('柑桔');
    const senses = dict['桔']?.readings.flatMap((r) => r.senses) ?? [];
    expect(senses.some((s) => /^variant of 橘\[ju2\]: .*(orange|tangerine)/u.test(s))).toBe(true);
  });

  it('reads digits inside a word as themselves and leaves them without a syllable', () => {
    const { tokens, dict } = annotate('融资60亿美元');
    const t = tokens.find((x) => x.text === '60亿');
    expect(t?.pinyin?.citation).toEqual(['', '', 'yi4']);
    expect(dict['60亿']?.parts).toEqual(['60', '亿']);
  });

  it.each([
    '',
    '𠀀𠀁 surrogate pairs 中文',
    '１９９６年，全国人民代表大会在北京召开。',
    '塔克拉玛干沙漠、邯郸钢铁集团和彭珮云',
    '他說：「我們走吧！」',
  ])('glosses every Han token of %j and keeps the text', (text) => {
    const { tokens, dict } = annotate(text);
    expect(tokens.map((t) => t.text).join('')).toBe(text);
    for (const t of tokens) if (t.kind === 'han' && t.entry) expect(isGlossed(t.entry, dict), t.entry).toBe(true);
  });
});

describe('composeParts', () => {
  it.each([
    ['超级计算中心', ['超级计算', '中心']],
    ['邯郸钢铁集团', ['邯郸', '钢铁', '集团']],
    ['60亿美元', ['60', '亿', '美元']],
    ['H100芯片组', ['H100', '芯片组']],
  ])('%s → %j', (word, parts) => {
    expect(composeParts(word, dictionary)).toEqual(parts);
  });
});
