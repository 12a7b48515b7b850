/**
 * "Bring your own translation": the import CLI's --english step. Aligns a teacher's English text
 * with the imported Chinese paragraphs (lib/align/sentences) into en.txt's text; the CLI writes
 * it (and moves a translated en.txt aside, never overwriting it). The alignment itself is pure;
 * this module reads the English file and formats the report.
 */
import { existsSync, readFileSync } from 'node:fs';
import { decodeUtf8 } from '../content/parse';
import {
  alignSentences,
  formatAlignedEnglish,
  type AlignResult,
  type ChineseParagraph,
  type SenseLookup,
} from './sentences';

export {
  alignSentences,
  formatAlignedEnglish,
  englishFragments,
  englishParagraphs,
  MERGED,
  MISSING,
} from './sentences';
export type { AlignResult, ChineseParagraph, ReviewItem } from './sentences';

/** Content-form paragraphs ("## " marks a heading) as the aligner takes them. */
export function chineseParagraphs(paragraphs: readonly string[]): ChineseParagraph[] {
  return paragraphs.map((p) =>
    p.startsWith('## ') ? { text: p.slice(3).trim(), heading: true } : { text: p, heading: false },
  );
}

/** Reads the teacher's English; a message naming the file and what to do when it is unusable. */
export function readEnglish(file: string): { text: string } | { error: string } {
  if (!existsSync(file)) return { error: `${file}: no such file (the English translation given with --english)` };
  const text = decodeUtf8(readFileSync(file));
  if (text === null) return { error: `${file}: not valid UTF-8 text. Save the English as UTF-8 and import again` };
  if (!/[A-Za-z]{2}/u.test(text))
    return { error: `${file}: holds no English words. Give the English translation as a UTF-8 .txt file` };
  return { text };
}

/** Aligns and formats en.txt. */
export function alignEnglish(
  title: string | undefined,
  paragraphs: readonly string[],
  english: string,
  dictionary: SenseLookup,
  placeholder: string,
): { enTxt: string; result: AlignResult } {
  const zh = chineseParagraphs(paragraphs);
  const result = alignSentences({ title, paragraphs: zh, english, dictionary });
  return { enTxt: formatAlignedEnglish(result, zh, placeholder), result };
}

/** The review list for people: one pair a few lines, the weakest first. */
export function formatReview(result: AlignResult): string[] {
  const beads = Object.entries(result.beads)
    .sort()
    .map(([k, v]) => `${v}×${k.replace('-', '–')}`)
    .join(', ');
  const out = [`  aligned: ${beads}`];
  if (result.review.length === 0) {
    out.push('  no low-confidence pairs');
    return out;
  }
  out.push(`  ${result.review.length} low-confidence pair(s) to check (paragraph:sentence, score 0–1, why):`);
  for (const r of [...result.review].sort((a, b) => a.score - b.score)) {
    out.push(`  ${r.at}  ${r.score.toFixed(2)}  ${r.why.join('; ')}`);
    out.push(`      zh: ${r.zh}`);
    out.push(`      en: ${r.en}`);
  }
  return out;
}
