import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSegmenter } from '@/lib/segment';
import { tokenizeNonHan } from '@/lib/segment/tokenize';

const segmenter = createSegmenter();
const words = (text: string, user: string[] = []) => segmenter.segment(text, new Set(user)).map((p) => p.text);

describe('segment', () => {
  it.each([
    ['全球最大超级计算中心正式开始运转', ['超级计算中心'], '超级计算中心'],
    ['xAI 宣布完成 60 亿美元的融资', ['融资'], '融资'],
    ['由 xAI、X 和英伟达等合力打造', [], 'xAI'],
    ['对比 OpenAI 训练 GPT4 用到的 25000 块 GPU', [], '25000'],
    ['推出了多模态大模型 Grok-1.5V', [], 'Grok-1.5V'],
    ['美国时间凌晨 4:20', [], '4:20'],
    ['全角数字１２３个', [], '１２３个'],
  ])('%s keeps %s whole', (text, user, word) => {
    const out = words(text, user);
    expect(out).toContain(word);
    expect(out.join('')).toBe(text);
  });

  it('keeps a glossary term whole where jieba would split it', () => {
    expect(words('全球最大超级计算中心')).not.toContain('超级计算中心');
    expect(words('全球最大超级计算中心', ['超级计算中心'])).toContain('超级计算中心');
  });

  it.each([
    '',
    '𠀀𠀁 surrogate pairs',
    '👩‍👩‍👧 family emoji, e\u0301 combining',
    'שלום עולם mixed with 中文',
    '\u0000\u0007 control 控制字符',
    '　全角空格　and\ttabs\n换行',
  ])('concatenates back to the input: %j', (text) => {
    const pieces = segmenter.segment(text, new Set(['中文']));
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it.each([
    ['英伟达公司的黄仁勋', '英伟达'],
    ['安德森·霍洛维茨基金', '霍洛维茨'],
    ['霍洛维茨说', '霍洛维茨'],
    ['融资60亿美元', '60亿'],
    ['估值1300亿', '1300亿'],
    ['一千三百亿元', '一千三百亿'],
    ['1998年5月12日发布', '1998年5月12日'],
    ['百分之五十的人', '百分之五十'],
    ['增长了80%', '80%'],
    ['王思斌教授说', '王思斌'],
    ['张全景同志', '张全景'],
    ['彭珮云指出', '彭珮云'],
  ])('%s has %s as one word', (text, word) => {
    const out = words(text);
    expect(out).toContain(word);
    expect(out.join('')).toBe(text);
  });

  it.each([
    // Dictionary-sized words, not jieba's phrases.
    ['本报记者报道', ['本报', '记者']],
    ['主管部门要求', ['主管', '部门']],
  ])('%s cuts into dictionary words %j', (text, expected) => {
    const out = words(text);
    for (const w of expected) expect(out).toContain(w);
  });

  it('never loses or adds a character, whatever the input', () => {
    const alphabet = Array.from('中国人民的一十百千万亿年月日号个1０９.%％·- 　\n，。“”《》xA𠀀𠀁é👩‍👧霍洛维茨张王单');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        const user = new Set(['人民', '一十']);
        expect(
          segmenter
            .segment(text, user)
            .map((p) => p.text)
            .join(''),
        ).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('makes punctuation its own token', () => {
    const pieces = segmenter.segment('融资，估值。', new Set());
    expect(pieces.filter((p) => p.kind === 'punct').map((p) => p.text)).toEqual(['，', '。']);
  });
});

describe('tokenizeNonHan', () => {
  it.each([
    ['xAI', [['xAI', 'latin']]],
    ['60', [['60', 'number']]],
    ['3-4', [['3-4', 'number']]],
    ['GPT-4o', [['GPT-4o', 'latin']]],
    [
      ' (Kyle Kosic)',
      [
        [' ', 'space'],
        ['(', 'punct'],
        ['Kyle', 'latin'],
        [' ', 'space'],
        ['Kosic', 'latin'],
        [')', 'punct'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(tokenizeNonHan(text).map((p) => [p.text, p.kind])).toEqual(expected);
  });
});
