/**
 * Character classes for Chinese text. Everything here works on code points, never UTF-16 units:
 * CJK Extension B and later (e.g. 𠀀 U+20000) sit outside the BMP and take two units each.
 */

/** Han ideographs: URO, Extension A, compatibility ideographs and the supplementary planes (Ext. B–I). */
const HAN = /\p{Script=Han}/u;

/** Full-width and CJK punctuation that never takes a space next to it in running Chinese text. */
export const CJK_PUNCTUATION = '，。、；：？！“”‘’（）《》〈〉「」『』【】…—·～';

export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/** True when the string holds at least one Han character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Number of Han characters, counted by code point. */
export function countHan(text: string): number {
  let n = 0;
  for (const ch of text) if (HAN.test(ch)) n += 1;
  return n;
}

/** Length in code points (what a reader would call characters). */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

export function isCjkPunctuation(ch: string): boolean {
  return CJK_PUNCTUATION.includes(ch);
}
