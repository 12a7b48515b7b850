/**
 * Property-based fuzzing of the text pipeline: content comes from the web, so for any string
 * (emoji and ZWJ sequences, surrogate pairs and lone surrogates, characters outside the BMP,
 * combining marks, full- and half-width forms, control characters, RTL text, very long lines,
 * traditional characters) the pipeline must not throw, must not lose or invent a single code
 * unit, and must give every Han word a gloss.
 *
 * About 10,000 cases run by default (CI); FUZZ_RUNS=100000 scales every property up.
 * FUZZ_SEED=<n> replays a run (fast-check prints the seed and the shrunk counterexample).
 */
import fc from 'fast-check';
import { FRAGMENTS, hostile } from './generators';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotateArticle, annotateSentence, type AnnotateDeps } from '@/lib/annotate';
import type { WordInfo } from '@/lib/annotate/types';
import type { Article } from '@/lib/content/schema';
import { buildDeps } from '@/lib/pipeline';
import { createSegmenter, type Segmenter } from '@/lib/segment';
import { splitHanRuns, tokenizeNonHan } from '@/lib/segment/tokenize';
import { isHan } from '@/lib/text/chars';
import { normalizeLine } from '@/lib/text/normalize';
import { splitSentences } from '@/lib/text/sentences';

const TOTAL = Math.max(1, Number(process.env.FUZZ_RUNS ?? 10_000));
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
/** Share of the total per property; the shares add up to 1 so the total is what CI promises. */
const runs = (share: number) => ({
  numRuns: Math.max(1, Math.round(TOTAL * share)),
  ...(seed === undefined ? {} : { seed }),
});

/** A long line: the fragments repeated to a few thousand code points. */
const longLine = fc
  .array(fc.constantFrom(...FRAGMENTS), { minLength: 200, maxLength: 600 })
  .map((parts) => parts.join(''));

let deps: AnnotateDeps;
let segmenter: Segmenter;

beforeAll(() => {
  deps = buildDeps();
  segmenter = createSegmenter();
});

function article(text: string): Article {
  return {
    slug: 'fuzz',
    meta: { title: '标题' },
    enMeta: { title: 'Title' },
    paragraphs: [{ kind: 'text', zh: text, en: [], pending: false, zhLine: 3, enLine: 3 }],
    glossary: [],
    readings: [],
    hash: 'fuzz',
  };
}

/**
 * A word has a gloss when the popover can say something about it: curated, dictionary, a name
 * with its pinyin, a rare character named by its code point, or composed of glossed parts (a part
 * without Han characters, such as the 60 of 60亿, needs none).
 */
function hasGloss(word: string, dict: Record<string, WordInfo>, depth = 0): boolean {
  if (!/\p{Script=Han}/u.test(word)) return true;
  const info = dict[word];
  if (!info) return false;
  if (info.glossary || info.readings.length > 0 || info.name || info.rare) return true;
  const parts = info.parts ?? [];
  return depth < 4 && parts.length > 0 && parts.every((p) => hasGloss(p, dict, depth + 1));
}

describe('fuzz: the text pipeline on arbitrary strings', () => {
  it('segments without throwing, the pieces concatenate to the input, Han pieces are Han only', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ unit: 'binary' })), (text) => {
        const pieces = segmenter.segment(text, new Set(['超级计算中心', '梭哈']));
        expect(pieces.map((p) => p.text).join('')).toBe(text);
        for (const p of pieces) {
          expect(p.text.length).toBeGreaterThan(0);
          if (p.kind === 'han') expect(Array.from(p.text).every(isHan)).toBe(true);
        }
      }),
      runs(0.3),
    );
  });

  it('annotates a sentence without throwing; tokens concatenate to it; Han tokens carry pinyin, one syllable a character', () => {
    const glossary = new Map();
    fc.assert(
      fc.property(hostile, (text) => {
        const tokens = annotateSentence(text, glossary, deps);
        expect(tokens.map((t) => t.text).join('')).toBe(text);
        for (const t of tokens.filter((x) => x.kind === 'han')) {
          expect(t.entry).toBe(t.text);
          expect(t.pinyin?.citation.length).toBe(Array.from(t.text).length);
          expect(t.pinyin?.spoken.length).toBe(Array.from(t.text).length);
        }
      }),
      runs(0.2),
    );
  });

  it('gives every Han token of an annotated article a gloss (glossary, dictionary or composed parts)', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const a = annotateArticle(article(text), deps);
        const tokens = a.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.tokens));
        expect(tokens.map((t) => t.text).join('')).toBe(text);
        for (const t of tokens) {
          if (t.kind !== 'han') continue;
          expect({ word: t.text, glossed: hasGloss(t.text, a.dictionary) }).toEqual({ word: t.text, glossed: true });
        }
      }),
      runs(0.1),
    );
  });

  it('splits sentences without losing text, every sentence non-empty', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ unit: 'binary' })), (text) => {
        const sentences = splitSentences(text);
        expect(sentences.join('')).toBe(text);
        for (const s of sentences) expect(s.length).toBeGreaterThan(0);
      }),
      runs(0.15),
    );
  });

  it('normalizes any line without throwing, and normalizing twice changes nothing more', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ unit: 'binary' })), (text) => {
        const once = normalizeLine(text);
        expect(typeof once).toBe('string');
        expect(normalizeLine(once)).toBe(once);
      }),
      runs(0.13),
    );
  });

  it('tokenizes non-Han text without losing text; Han runs and the rest alternate', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ unit: 'binary' })), (text) => {
        const runsOfText = splitHanRuns(text);
        expect(runsOfText.map((r) => r.text).join('')).toBe(text);
        for (const r of runsOfText.filter((x) => !x.han)) {
          expect(
            tokenizeNonHan(r.text)
              .map((p) => p.text)
              .join(''),
          ).toBe(r.text);
        }
      }),
      runs(0.115),
    );
  });

  it('survives very long lines (thousands of characters in one paragraph)', () => {
    fc.assert(
      fc.property(longLine, (text) => {
        const tokens = annotateSentence(text, new Map(), deps);
        expect(tokens.map((t) => t.text).join('')).toBe(text);
        expect(splitSentences(text).join('')).toBe(text);
        expect(typeof normalizeLine(text)).toBe('string');
      }),
      runs(0.005),
    );
  });
});
