/**
 * Normalises one line of Chinese text as scraped from the web into the form the content files
 * keep: ASCII punctuation next to Chinese becomes full-width, stray spaces around full-width
 * punctuation and inside Chinese runs go, and the space between Chinese and Latin/digits (a common
 * typesetting convention) stays. The importer and the seed content share these rules, so importing
 * the raw seed reproduces the content file exactly.
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

/** Drops a space whose neighbours are Chinese/CJK punctuation or a middle dot in a name. */
function dropSpaces(chars: string[]): string[] {
  return chars.filter((ch, i) => {
    if (ch !== ' ') return true;
    const before = chars[i - 1];
    const after = chars[i + 1];
    if (before === undefined || after === undefined) return false;
    if (isCjkPunctuation(before) || isCjkPunctuation(after)) return false;
    if (isHan(before) && isHan(after)) return false;
    return true;
  });
}

/** Normalises one line; see the module comment for the rules. Lines without Han pass through trimmed. */
export function normalizeLine(line: string): string {
  const collapsed = line.replace(SPACE_RUN, ' ').trim();
  if (!/\p{Script=Han}/u.test(collapsed)) return collapsed;
  let chars = Array.from(collapsed.replace(/\s*[·•]\s*/gu, '·')); // U+00B7 MIDDLE DOT joins names
  chars = widenPunctuation(chars);
  chars = curlQuotes(chars);
  chars = widenParentheses(chars);
  chars = dropSpaces(chars);
  return chars.join('');
}
