/**
 * Splits a Chinese paragraph into sentences. The English file carries one line per Chinese
 * sentence, so this rule is the contract between the two files: a sentence ends after 。！？
 * (or their half-width forms, or an ellipsis ……) together with any closing quotes or brackets
 * that follow. The pieces concatenate to exactly the paragraph.
 */

/** Sentence-final marks: U+3002 。, U+FF01 ！, U+FF1F ？, their ASCII forms, U+2026 …. */
const TERMINAL = new Set(['。', '！', '？', '!', '?', '…']);
/** Closers that belong to the sentence they follow: ” ’ 」 』 ） ) 》. */
const CLOSER = new Set(['”', '’', '」', '』', '）', ')', '》']);

export function splitSentences(paragraph: string): string[] {
  const chars = Array.from(paragraph);
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < chars.length) {
    if (TERMINAL.has(chars[i] as string)) {
      let end = i + 1;
      while (end < chars.length && (TERMINAL.has(chars[end] as string) || CLOSER.has(chars[end] as string))) end += 1;
      out.push(chars.slice(start, end).join(''));
      start = end;
      i = end;
    } else {
      i += 1;
    }
  }
  if (start < chars.length) {
    const rest = chars.slice(start).join('');
    // Trailing white space after the last mark belongs to the last sentence, not to a new one.
    if (rest.trim() === '' && out.length > 0) out[out.length - 1] += rest;
    else out.push(rest);
  }
  return out;
}
