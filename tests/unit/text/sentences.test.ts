import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/text/sentences';

describe('splitSentences', () => {
  it.each([
    ['它由 10 万块 H100 组成。是目前最强训练集群。', ['它由 10 万块 H100 组成。', '是目前最强训练集群。']],
    ['抗议：“我们必须考虑。”然后呢？好！', ['抗议：“我们必须考虑。”', '然后呢？', '好！']],
    ['他在社交平台上用一句话做了总结：', ['他在社交平台上用一句话做了总结：']],
    ['真的吗？！当然……', ['真的吗？！', '当然……']],
    ['𠀀字在 BMP 之外。后面', ['𠀀字在 BMP 之外。', '后面']],
    ['', []],
  ])('%s', (input, expected) => {
    const out = splitSentences(input);
    expect(out).toEqual(expected);
    expect(out.join('')).toBe(input);
  });
});
