/** Arbitrary text for the property tests: hostile fragments, Han characters and any code point. */
import fc from 'fast-check';

/** Fragments of hostile and ordinary text; the arbitrary strings are built from these and from random code points. */
export const FRAGMENTS = [
  // ordinary simplified Chinese, punctuation and mixed scripts as in the seed article
  '马斯克梭哈',
  '全球最大超级计算中心',
  '“Supercluster”正式开始运转。',
  '由 xAI、X 和英伟达等合力打造',
  '10 万块英伟达 GPU，',
  '凌晨 4:20',
  '一不小心',
  '银行行长',
  // traditional characters
  '繁體中文說話們',
  '臺灣資訊與電腦',
  // outside the BMP: CJK Extension B and later, surrogate pairs in UTF-16
  '𠀀',
  '𠀁𪚥𫝆',
  '𰻞𰻞面',
  // emoji, ZWJ sequences, skin tones, flags, variation selectors
  '👨‍👩‍👧‍👦',
  '👍🏽',
  '🏳️‍🌈',
  '🇨🇳🇺🇸',
  '❤︎❤️',
  // combining marks
  'e\u0301',
  'a\u0300\u0301\u0302',
  '中\u0301',
  '\u0301开头',
  // full-width and half-width forms
  'ＡＢＣ１２３',
  '，。！？：；（）',
  'ｶﾀｶﾅ',
  '1.5V 3.14 25,000 GPT-4o',
  // control characters and invisible format characters
  '\u0000\u0001\u001f\u007f',
  '\t\n\r\u000b\u000c',
  '\u0085\u2028\u2029',
  '\u200b\u200c\u200d\ufeff\u00ad',
  '\u3000\u00a0',
  // right-to-left text and bidi controls
  'עברית',
  'العربية',
  '\u202e反转\u202c',
  '\u200f\u200e\u2066\u2069',
  // markup that must stay text
  '<script>alert(1)</script>',
  '&lt;&amp;&#x4e2d;',
  // lone surrogates (invalid UTF-16 that a JS string can still hold)
  '\ud800',
  '\udc00',
  '\ud83d',
];

/** Any code point, BMP or beyond, including surrogate halves and unassigned ones. */
export const anyChar = fc.string({ unit: 'binary', minLength: 1, maxLength: 3 });
/** A Han character from the URO, Extension A or Extension B. */
export const hanChar = fc
  .oneof(
    fc.integer({ min: 0x4e00, max: 0x9fff }),
    fc.integer({ min: 0x3400, max: 0x4dbf }),
    fc.integer({ min: 0x20000, max: 0x2a6df }),
  )
  .map((cp) => String.fromCodePoint(cp));

export const hostile = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 2, arbitrary: hanChar },
      { weight: 2, arbitrary: anyChar },
    ),
    {
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(''));
