/**
 * Word segmentation. The only module that loads nodejieba (a native addon): server-only, build
 * time only. Han text goes to jieba after glossary terms have been cut out whole; everything else
 * is tokenised by lib/segment/tokenize. Invariant: the pieces concatenate to exactly the input.
 */
import 'server-only';
import nodejieba from 'nodejieba';
import { codePointLength } from '../text/chars';
import { splitHanRuns, splitOnUserWords, tokenizeNonHan, type Piece } from './tokenize';

export type { Piece, TokenKind } from './tokenize';

export type Segmenter = {
  /** Cuts text into word pieces; `userWords` (e.g. an article's glossary terms) stay whole. */
  segment(text: string, userWords?: ReadonlySet<string>): Piece[];
};

let loaded = false;

/** Loads jieba's dictionaries once per process (nodejieba keeps them in native globals). */
function ensureLoaded(): void {
  if (loaded) return;
  nodejieba.load();
  loaded = true;
}

/** jieba's cut of a Han-only span; pieces are re-checked so their concatenation is the span. */
function cutHan(span: string): string[] {
  const words = nodejieba.cut(span, true);
  if (words.join('') === span) return words;
  // Never expected, but the invariant matters more than the segmentation: fall back to characters.
  return Array.from(span);
}

export function createSegmenter(): Segmenter {
  ensureLoaded();
  return {
    segment(text, userWords = new Set()) {
      let maxLen = 0;
      for (const w of userWords) maxLen = Math.max(maxLen, codePointLength(w));
      const out: Piece[] = [];
      for (const run of splitHanRuns(text)) {
        if (!run.han) {
          out.push(...tokenizeNonHan(run.text));
          continue;
        }
        for (const span of splitOnUserWords(run.text, userWords, maxLen)) {
          if (span.user) out.push({ text: span.text, kind: 'han' });
          else for (const w of cutHan(span.text)) out.push({ text: w, kind: 'han' });
        }
      }
      return out;
    },
  };
}
