import { describe, expect, it } from 'vitest';
import { mergeNumbers } from '@/lib/segment/numbers';
import type { Piece } from '@/lib/segment/tokenize';

const KINDS: readonly Piece['kind'][] = ['han', 'latin', 'number', 'punct', 'space'];

/** 'han:一千|han:三百亿' → pieces. */
const pieces = (spec: string): Piece[] =>
  spec.split('|').map((p) => {
    const at = p.indexOf(':');
    const kind = KINDS.find((k) => k === p.slice(0, at));
    if (!kind) throw new Error(`bad piece spec ${p}`);
    return { kind, text: p.slice(at + 1) };
  });
const texts = (ps: readonly Piece[]) => ps.map((p) => p.text);

describe('mergeNumbers', () => {
  it.each([
    // A magnitude ends the number; what it counts is a word of its own.
    ['number:60|han:亿|han:美元', ['60亿', '美元']],
    ['number:10|han:万户|han:家庭', ['10万', '户', '家庭']],
    ['han:数千|han:万美元', ['数千万', '美元']],
    ['han:三百万|han:人', ['三百万', '人']],
    ['number:1300|han:亿', ['1300亿']],
    ['number:１９９６|han:年', ['１９９６年']],
    ['number:1998|han:年|number:5|han:月|number:12|han:日', ['1998年5月12日']],
    ['number:20|han:多个|han:国家', ['20多个', '国家']],
    ['number:300|han:余|han:名', ['300余名']],
    ['number:80|punct:%', ['80%']],
    ['number:3|han:个月', ['3个月']],
    ['han:一千|han:三百亿', ['一千三百亿']],
    ['han:一千三|han:百亿元', ['一千三百亿', '元']],
    ['han:二十六|han:日', ['二十六日']],
    ['han:三|han:月', ['三月']],
    // A single numeral before a classifier stays apart (一|项 "one item"), as before a noun.
    ['han:一|han:项', ['一', '项']],
    ['han:三|han:国家', ['三', '国家']],
    // Digits before something that is not a unit, or a time of day, are left alone.
    ['number:4:20|han:凌晨', ['4:20', '凌晨']],
    ['number:25000|han:块', ['25000块']],
    // The classifiers of people, sheets, lines, storeys and sections are words of their own (３|人,
    // １|张); units of quantity, money and time stay with the number (3名, 3个月).
    ['number:３|han:人|han:参加', ['３', '人', '参加']],
    ['number:１|han:张', ['１', '张']],
    ['number:3|han:名', ['3名']],
    ['number:10|space: |han:万块', ['10', ' ', '万', '块']],
    // 万户 "lord of ten thousand households" after no number stays whole.
    ['han:封|han:万户', ['封', '万户']],
    // A dispatch's dateline: the day joins its number, 电 "cable" is a word (jieba's 日电 is NEC).
    ['number:５|han:月|number:１２|han:日电', ['５月１２日', '电']],
    ['han:十二|han:日电', ['十二日', '电']],
    ['han:日电|han:公司', ['日电', '公司']],
  ])('%s → %j', (spec, expected) => {
    const out = mergeNumbers(pieces(spec));
    expect(texts(out)).toEqual(expected);
    expect(texts(out).join('')).toBe(texts(pieces(spec)).join(''));
  });

  it('marks a number with a Han unit as a Han word, a bare number as a number', () => {
    expect(mergeNumbers(pieces('number:60|han:亿'))).toEqual([{ text: '60亿', kind: 'han' }]);
    expect(mergeNumbers(pieces('number:80|punct:％'))).toEqual([{ text: '80％', kind: 'number' }]);
  });
});
