/**
 * Normalises one line of Chinese text as scraped from the web into the form the content files
 * keep: ASCII punctuation next to Chinese becomes full-width, stray spaces around full-width
 * punctuation go, and the space between Chinese and Latin/digits (a common typesetting convention)
 * stays. The importer and the seed content share these rules, so importing the raw seed reproduces
 * the content file exactly.
 *
 * A space between two Han characters is wording, not layout, in a line that is not running prose:
 * it separates names (记者 张三 李四) and the parts of a headline, so it stays. Only a run of single
 * characters spaced out for justification (编辑 大 风, 宋 瑞) closes up. In running prose (a line with
 * ，。！？；、) such a space is a line-wrap or markup artefact (同质 化, 的 输入系统) and goes.
 */
import { isCjkPunctuation, isHan } from './chars';

/** Any run of horizontal white space, including U+3000 IDEOGRAPHIC SPACE and U+00A0 NO-BREAK SPACE. */
const SPACE_RUN = /[\s\u00a0\u3000]+/gu;

/** Half-width → full-width for punctuation that touches Chinese. `.` is left alone (1.5V, 3.14). */
const TO_FULL: Record<string, string> = { ',': '，', ';': '；', '?': '？', '!': '！', ':': '：' };

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isCjkish = (ch: string | undefined): boolean => ch !== undefined && (isHan(ch) || isCjkPunctuation(ch));

/** Nearest non-space neighbour of chars[i] in direction `step`. */
function neighbour(chars: string[], i: number, step: 1 | -1): string | undefined {
  for (let j = i + step; j >= 0 && j < chars.length; j += step) {
    if (chars[j] !== ' ') return chars[j];
  }
  return undefined;
}

/** Converts ASCII punctuation next to Chinese; `:` between digits (4:20) stays a colon. */
function widenPunctuation(chars: string[]): string[] {
  return chars.map((ch, i) => {
    const full = TO_FULL[ch];
    if (full === undefined) return ch;
    const before = neighbour(chars, i, -1);
    const after = neighbour(chars, i, 1);
    if (ch === ':' && isDigit(chars[i - 1]) && isDigit(chars[i + 1])) return ch;
    if (ch === ',' && isDigit(chars[i - 1]) && isDigit(chars[i + 1])) return ch; // 25,000
    return isCjkish(before) || isCjkish(after) ? full : ch;
  });
}

/** ASCII double quotes in a Chinese line become “ ” in alternation. */
function curlQuotes(chars: string[]): string[] {
  let open = true;
  return chars.map((ch) => {
    if (ch !== '"') return ch;
    const out = open ? '“' : '”';
    open = !open;
    return out;
  });
}

/** A bracket pair that touches or holds Chinese becomes （ ）. */
function widenParentheses(chars: string[]): string[] {
  const out = [...chars];
  const stack: number[] = [];
  for (let i = 0; i < out.length; i += 1) {
    if (out[i] === '(') stack.push(i);
    else if (out[i] === ')' && stack.length > 0) {
      const start = stack.pop() as number; // non-empty: checked above
      const inside = out.slice(start + 1, i);
      const touches =
        isCjkish(neighbour(out, start, -1)) || isCjkish(neighbour(out, i, 1)) || inside.some((c) => isHan(c));
      if (touches) {
        out[start] = '（';
        out[i] = '）';
      }
    }
  }
  return out;
}

/** Marks of running prose: a line holding one of these is a sentence, not a name list or title. */
const PROSE = /[，。！？；、]/u;

/**
 * Drops a space next to CJK punctuation, and a space between two Han characters when the line is
 * prose or the space only pads out single characters (大 风); see the module comment.
 */
function dropSpaces(chars: string[], spacing: Spacing): string[] {
  const prose = spacing === 'auto' && PROSE.test(chars.join(''));
  const isolated = (i: number): boolean =>
    isHan(chars[i] ?? '') &&
    (i === 0 || !isHan(chars[i - 1] ?? '')) &&
    (i === chars.length - 1 || !isHan(chars[i + 1] ?? ''));
  return chars.filter((ch, i) => {
    if (ch !== ' ') return true;
    const before = chars[i - 1];
    const after = chars[i + 1];
    if (before === undefined || after === undefined) return false;
    if (isCjkPunctuation(before) || isCjkPunctuation(after)) return false;
    if (isHan(before) && isHan(after)) return !(prose || (isolated(i - 1) && isolated(i + 1)));
    return true;
  });
}

/**
 * U+00B7 MIDDLE DOT joins the parts of a transcribed name (埃隆 · 马斯克 → 埃隆·马斯克). A bullet
 * (U+2022 •) or katakana dot (U+30FB ・) between two words is the same dot badly typed; at the start
 * of a line it is a list bullet and stays as it is.
 */
function joinNameDots(text: string): string {
  return text.replace(/(?<=[\p{Script=Han}\p{L}])\s*[·•・‧]\s*(?=[\p{Script=Han}\p{L}])/gu, '·');
}

/**
 * How spaces between Han characters are treated: `auto` decides by the line (prose or not, see the
 * module comment); `words` keeps them as in a name list or title, whatever the line holds (credit
 * lines are read this way, so 记者 吴婧 陈倩儿 发自香港、成都 keeps its names apart).
 */
export type Spacing = 'auto' | 'words';

/** Normalises one line; see the module comment for the rules. Lines without Han pass through trimmed. */
export function normalizeLine(line: string, spacing: Spacing = 'auto'): string {
  const collapsed = line.replace(SPACE_RUN, ' ').trim();
  if (!/\p{Script=Han}/u.test(collapsed)) return collapsed;
  let chars = Array.from(joinNameDots(collapsed));
  chars = widenPunctuation(chars);
  chars = curlQuotes(chars);
  chars = widenParentheses(chars);
  chars = dropSpaces(chars, spacing);
  return chars.join('');
}
