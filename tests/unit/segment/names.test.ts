import { describe, expect, it } from 'vitest';
import { looksLikeName } from '@/lib/segment/names';

describe('looksLikeName', () => {
  it.each([
    ['张全景', true],
    ['王思斌', true],
    ['彭珮云', true],
    ['霍洛维茨', true],
    ['阿尔派', true],
    // A surname-like first character before a measure word or particle is not a name.
    ['万块', false],
    ['万个', false],
    ['单笔', false],
    ['高的', false],
    // Too long for a Chinese name, too short for a transliteration, or not Han.
    ['张三丰丰', false],
    ['张', false],
    ['xAI', false],
  ])('%s → %s', (word, expected) => {
    expect(looksLikeName(word)).toBe(expected);
  });
});
