/**
 * Numbers with their units as one token: 1996年, 5月12日, 60亿, 20多个, 3个月, 二十六日, 一千三百亿.
 * A learner reads "60亿" as one quantity, and Chinese dictionaries and segmentation standards
 * (GB/T 13715) treat a number with its unit or date part as one word. jieba cuts them apart
 * (１９９６|年, 一千|三百亿), so the pieces are joined again here. Pure: works on pieces.
 */
import type { Piece } from './tokenize';

/** Chinese numerals, including the place markers and 两 (two, before measure words). */
const NUMERAL = /^[零〇一二三四五六七八九十百千万亿两]+$/u;
/** Arabic numbers, ASCII or full-width, with a decimal point or thousands separator inside. */
const DIGITS = /^[0-9０-９]+([.．,，][0-9０-９]+)*[%％]?$/u;
/** Words that say "about / more than" between a number and its unit: 20多个, 300余人. */
const APPROX = /^[多余几]$/u;

/** Magnitudes, which may be followed by the unit they count: 60亿美元. */
const MAGNITUDES = new Set(['万', '亿', '千', '百', '十', '万亿', '千万', '百万']);

/** Date and time parts that chain: 1998年5月12日, 3时15分. */
const DATE_PARTS = new Set(['年', '月', '日', '号', '时', '点', '分', '秒']);

/**
 * Units and measure words a number takes as part of the same token. Kept to units of quantity,
 * time and money (not every classifier: 一|项 is how most standards cut "one item"); the
 * classifiers of people, sheets, lines, storeys and sections (人, 张, 条, 位, 层, 节) are cut from
 * their number by both the PKU and the MSR standard (３|人, １|张, 一|位).
 */
const UNITS = new Set([
  ...DATE_PARTS,
  '年代',
  '年度',
  '年间',
  '世纪',
  '个',
  '个月',
  '周',
  '周年',
  '天',
  '小时',
  '分钟',
  '岁',
  '次',
  '倍',
  '万',
  '亿',
  '千',
  '百',
  '十',
  '万亿',
  '千万',
  '百万',
  '元',
  '美元',
  '人民币',
  '港元',
  '欧元',
  '日元',
  '角',
  '块',
  '名',
  '家',
  '户',
  '种',
  '类',
  '件',
  '台',
  '辆',
  '架',
  '座',
  '所',
  '届',
  '期',
  '章',
  '篇',
  '部',
  '本',
  '只',
  '头',
  '套',
  '批',
  '例',
  '米',
  '厘米',
  '毫米',
  '公里',
  '千米',
  '平方米',
  '平方公里',
  '立方米',
  '公顷',
  '亩',
  '吨',
  '公斤',
  '千克',
  '克',
  '斤',
  '升',
  '度',
  '瓦',
  '千瓦',
  '兆瓦',
  '伏',
  '块',
  '枚',
  '颗',
  '片',
]);

/** Whether a number takes `word` into its own token (个, 年, 美元), so it is not cut from its numeral. */
export function isNumberUnit(word: string): boolean {
  return UNITS.has(word);
}

/** 百亿元, 三百万人: Chinese numerals, then a unit. */
function numeralWithUnit(text: string): boolean {
  const chars = Array.from(text);
  for (let k = chars.length - 1; k > 0; k -= 1) {
    // A magnitude ends the number (三百万|人, as after digits).
    if (/[万亿]$/u.test(chars[k - 1] ?? '')) continue;
    if (NUMERAL.test(chars.slice(0, k).join('')) && UNITS.has(chars.slice(k).join(''))) return true;
  }
  return false;
}

function isDigits(p: Piece): boolean {
  return p.kind === 'number' && DIGITS.test(p.text);
}

/** 数 "several" before a place marker: 数十, 数千, 数万. */
const SEVERAL = /^数[十百千万亿]+$/u;

function isNumeral(p: Piece): boolean {
  return p.kind === 'han' && (NUMERAL.test(p.text) || SEVERAL.test(p.text));
}

/** A Han piece that starts with "about" and ends in a unit: 多个, 多万, 余人. */
function approxUnit(text: string): boolean {
  const chars = Array.from(text);
  return chars.length > 1 && APPROX.test(chars[0] ?? '') && UNITS.has(chars.slice(1).join(''));
}

/** The magnitude a Han piece starts with (万户 → 万, 亿美元 → 亿, 千万美元 → 千万), or ''. */
function leadingMagnitude(text: string): string {
  for (const m of ['万亿', '千万', '百万', '万', '亿']) if (text.startsWith(m) && text.length > m.length) return m;
  return '';
}

/** A day and the word for a dispatch after it, in one piece: 日电, 日讯. */
const DATELINE = /^[日号][电讯]$/u;

/** A number that ends in a magnitude, then what it counts: 百亿|元, 三百万|人 ('' when not). */
const NUMBER_THEN_WORD = /^([零〇一二三四五六七八九十百千万亿两]*[万亿])([^零〇一二三四五六七八九十百千万亿两].*)$/u;

/**
 * A magnitude belongs to the number before it, not to the word after it: jieba's 万户 "lord of
 * ten thousand households" and 亿美元 after 10, 40 are 10万|户, 40亿|美元. The number may stand
 * before a space (10 万户 in mixed text). Likewise a day: 12日电 is 12日|电.
 */
function splitMagnitudes(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  pieces.forEach((p, i) => {
    const before = pieces[i - 1]?.kind === 'space' ? pieces[i - 2] : pieces[i - 1];
    const m = p.kind === 'han' ? leadingMagnitude(p.text) : '';
    const afterNumber =
      before !== undefined && (isDigits(before) || (isNumeral(before) && !MAGNITUDES.has(before.text)));
    const inner = p.kind === 'han' ? NUMBER_THEN_WORD.exec(p.text) : null;
    if (m && afterNumber) out.push({ text: m, kind: 'han' }, { text: p.text.slice(m.length), kind: 'han' });
    // A dispatch's dateline: the day belongs to its number, 电/讯 "cable, dispatch" is a word
    // (新华社北京5月12日电; jieba's 日电 is the company NEC).
    else if (afterNumber && p.kind === 'han' && DATELINE.test(p.text))
      out.push({ text: p.text.slice(0, 1), kind: 'han' }, { text: p.text.slice(1), kind: 'han' });
    else if (inner && Array.from(inner[1] ?? '').length > 1)
      out.push({ text: inner[1] as string, kind: 'han' }, { text: inner[2] as string, kind: 'han' });
    else out.push(p);
  });
  return out;
}

/**
 * Joins numbers with the units after them (and date parts with the numbers and units that
 * follow, 5月12日). Chinese numerals join only where the result is unmistakably a number: several
 * numeral pieces in a row (一千|三百亿), or a numeral of two or more characters before a unit.
 */
export function mergeNumbers(input: readonly Piece[]): Piece[] {
  const pieces = splitMagnitudes(input);
  const out: Piece[] = [];
  let i = 0;
  while (i < pieces.length) {
    const first = pieces[i] as Piece;
    const digits = isDigits(first);
    if (!digits && !isNumeral(first)) {
      out.push(first);
      i += 1;
      continue;
    }
    let text = first.text;
    let j = i + 1;
    // Chinese numerals cut in two: 一千|三百亿, 二十|六.
    if (!digits) while (j < pieces.length && isNumeral(pieces[j] as Piece)) text += (pieces[j++] as Piece).text;
    // ... or cut before a numeral that carries its unit: 一千三|百亿元.
    const tail = pieces[j];
    if (tail?.kind === 'han' && numeralWithUnit(tail.text)) {
      out.push({ text: text + tail.text, kind: 'han' });
      i = j + 1;
      continue;
    }
    const numeralOnly = !digits;
    const longNumeral = numeralOnly && Array.from(text).length > 1;
    let joined = j > i + 1;
    const percent = pieces[j];
    if (digits && percent?.kind === 'punct' && (percent.text === '%' || percent.text === '％')) {
      out.push({ text: text + percent.text, kind: 'number' });
      i = j + 1;
      continue;
    }
    // Number, then about-words and a unit; then, after a date part, another number and its part.
    for (;;) {
      const next = pieces[j];
      if (!next || next.kind !== 'han') break;
      // A magnitude ends the number: 三百万|人, 数千万|美元.
      if (/[万亿]$/u.test(text) && !APPROX.test(next.text)) break;
      if (numeralOnly && !longNumeral && !joined && !DATE_PARTS.has(next.text)) break;
      if (APPROX.test(next.text) && pieces[j + 1]?.kind === 'han' && UNITS.has((pieces[j + 1] as Piece).text)) {
        text += next.text + (pieces[j + 1] as Piece).text;
        j += 2;
      } else if (UNITS.has(next.text) || approxUnit(next.text)) {
        text += next.text;
        j += 1;
      } else break;
      joined = true;
      // A magnitude ends the number: what it counts is a word of its own (60亿|美元, 10万|户).
      if (MAGNITUDES.has(next.text)) break;
      const last = Array.from(text).pop() ?? '';
      const following = pieces[j];
      const unit = pieces[j + 1];
      if (
        DATE_PARTS.has(last) &&
        following &&
        (isDigits(following) || isNumeral(following)) &&
        unit?.kind === 'han' &&
        DATE_PARTS.has(unit.text)
      ) {
        text += following.text;
        j += 1;
        continue;
      }
      break;
    }
    out.push({ text, kind: joined ? 'han' : first.kind });
    i = j;
  }
  return out;
}
