import { describe, expect, it } from 'vitest';
import { createSegmenter } from '@/lib/segment';
import { regroup, type WordClasses } from '@/lib/segment/grammar';
import type { Piece } from '@/lib/segment/tokenize';

const segmenter = createSegmenter();
const cut = (text: string) =>
  `|${segmenter
    .segment(text)
    .map((p) => p.text)
    .join('|')}|`;

describe('segmentation by grammar, on the real segmenter', () => {
  it.each([
    // 才能: adverb + modal before a verb phrase; the noun "talent" elsewhere.
    ['种种优势相加，才能在一年时间诞生', '|才|能|在|'],
    ['只有努力学习才能成功', '|才|能|成功|'],
    ['他很有才能。', '|才能|'],
    // 是从: copula + preposition before a source; the idiom 唯命是从 stays one word.
    ['工作是从互联网训练的数据中清除', '|是|从|互联网|'],
    ['他对老板唯命是从。', '|唯命是从|'],
    // 着数: the aspect particle and "several" before a classifier.
    ['夜空中点缀着数颗星星。', '|着|数|颗|'],
    // Dictionary words jieba's list lacks: whole again.
    ['下一步工作', '|下一步|'],
    ['也很是吃不消', '|很是|'],
    ['赛道史上最高', '|史上|'],
    // ... but not a free word and its locative, nor a word and a particle.
    ['在历史上留下了名字', '|历史|上|'],
    ['在会议中的发言', '|中|的|'],
    // Over-long chunks no dictionary lists: cut into dictionary words; numbers stay whole.
    ['值得一提的是，', '|值得一提|的|是|'],
    ['百分之五十的人', '|百分之五十|'],
    // Phrases jieba lists as words and no dictionary does: cut where grammar joins them.
    ['我们大力支持这项工作', '|大力|支持|'],
    ['今天上午，他们开了会。', '|今天|上午|'],
    ['这个问题很大。', '|很|大|'],
    ['我比你更好。', '|更|好|'],
    ['他把书放在桌子上。', '|放|在|桌子|'],
    ['这是一场比赛。', '|一|场|比赛|'],
    ['这是一项重要的工作。', '|一|项|重要|'],
    // 有的 "some" opens its clause; after a subject it is 有 + 的.
    ['有的地方还很穷。', '|有的|地方|'],
    ['这种东西我家也有的。', '|有|的|'],
    // 的话 "if" closes a condition; after what owns or describes the words it is 的 + 话.
    ['接连便是难懂的话，什么君子固穷', '|的|话|'],
    ['这半懂不懂的话里，', '|的|话|里|'],
    ['他的话没错。', '|他|的|话|'],
    ['你不去的话，我也不去。', '|的话|'],
    ['如果明天下雨的话，比赛就取消。', '|的话|'],
    // 很快 "soon" is an adverb of time, not degree + adjective.
    ['他很快就回来了。', '|很快|就|'],
    // ... but not a dictionary word, a four-character noun, an idiom or a unit numbers.ts keeps.
    ['国有企业改革', '|国有企业|'],
    ['管理人员都到了。', '|管理人员|'],
    ['他们一心一意地工作', '|一心一意|'],
    ['门口站着两个人', '|两个|人|'],
    ['下一步怎么办', '|下一步|'],
  ])('%s → contains %s', (text, expected) => {
    expect(cut(text)).toContain(expected);
  });

  it('tags every piece with a word class', () => {
    const pieces = segmenter.segment('马斯克为 xAI 提供了 60 亿美元。');
    const byText = new Map(pieces.map((p) => [p.text, p.pos]));
    expect(byText.get('为')).toBe('p');
    expect(byText.get('提供')).toMatch(/^v/u);
    expect(byText.get('xAI')).toBe('eng');
    expect(byText.get('60')).toBe('m');
    expect(byText.get('马斯克')).toMatch(/^nr/u);
  });
});

describe('regroup, pure', () => {
  const tags = new Map([
    ['才能', 'v'],
    ['在', 'p'],
    ['了', 'ul'],
    ['很', 'zg'],
    ['是', 'v'],
  ]);
  const classes: WordClasses = {
    tag: (w) => tags.get(w),
    isDictionaryWord: (w) => ['很是', '有了'].includes(w),
  };
  const han = (...words: string[]): Piece[] => words.map((text) => ({ text, kind: 'han' }));
  it.each([
    [han('才能', '在'), ['才', '能', '在']],
    [han('才能', '了'), ['才能', '了']],
    [han('很', '是'), ['很是']],
    // 有了 is a CC-CEDICT entry, but 了 is a particle: no merge.
    [han('有', '了'), ['有', '了']],
  ])('%j → %j', (pieces, expected) => {
    expect(regroup(pieces, classes).map((p) => p.text)).toEqual(expected);
  });
});
