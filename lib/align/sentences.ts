/**
 * Aligns an English translation a teacher already has with an article's Chinese paragraphs and
 * sentences, so it can be written as en.txt (one English line per Chinese sentence). Pure: the
 * dictionary comes in as an argument, the caller does the I/O (scripts/import.ts --english).
 *
 * The Chinese side is split with lib/text/sentences (the rule the content check uses). The
 * English side is split into paragraphs (blank lines, or one per line when there are none) and
 * then into fragments at every candidate sentence end: . ! ? … (with closing quotes) followed by
 * white space, and ; : followed by white space. A fragment end after an abbreviation (a.m., Mr.)
 * or before a lower-case word is "soft", ; and : are "weak"; these may end a sentence, at a cost.
 *
 * Dynamic programming then chooses beads over the two sequences: one Chinese sentence with one to
 * four consecutive English fragments (1–1, 1–2 …), two Chinese sentences with one fragment (2–1),
 * a Chinese sentence with no English (1–0) or an English fragment with no Chinese (0–1), the last
 * two with a penalty. A bead never crosses a Chinese or an English paragraph boundary, and a
 * Chinese paragraph that does not start where an English paragraph starts costs a penalty, so
 * English paragraphs that merge or split the Chinese ones are followed. A bead's cost adds its
 * kind's prior, a length term (English characters against the Chinese sentence's expected
 * English length, calibrated on the project's articles, Gale–Church style) and anchors (numbers
 * incl. Chinese numerals, Latin words, CC-CEDICT words whose senses occur in the English).
 *
 * Nothing is silently wrong: a Chinese sentence without English gets a [[translate]] line, the
 * second sentence of a 2–1 bead gets a [[translate]] line saying its English sits on the line
 * above, an English fragment without Chinese is appended to its neighbour, and each of these, and
 * every bead whose length or numbers look wrong, is listed as a low-confidence pair.
 */
import { splitSentences } from '../text/sentences';
import { countHan, isHan } from '../text/chars';
import {
  chineseNumbers,
  dictionaryWords,
  englishNumbers,
  englishStems,
  latinWords,
  matchCount,
  unmatched,
  type DictWord,
  type SenseLookup,
} from './anchors';

export type { SenseLookup } from './anchors';

/**
 * English characters (white space and Latin letters or digits shared with the Chinese excluded)
 * per Han character, and the variance of that count per expected character: measured on the 209
 * gold sentence pairs of content/articles (news and fiction: 3.69 and 10.0). A teacher's looser
 * translation varies more; the variance is wide enough that the anchors decide close cases.
 */
export const CHARS_PER_HAN = 3.7;
export const VARIANCE_PER_CHAR = 10;

/** Bead priors (negative log odds, rough): 1–1 is the norm. */
const PRIOR = { '1-1': 0, '1-2': 1.5, '1-3': 3, '1-4': 4.5, '2-1': 3.5, '1-0': 5, '0-1': 5 } as const;
/** Ending a Chinese sentence at a soft or weak English fragment end. */
const END_COST = { para: 0, strong: 0, soft: 3, weak: 2 } as const;
/** Crossing a strong English sentence end inside one bead (a 1–2 merge of real sentences). */
const CROSS_STRONG = 1;
/** A Chinese paragraph start that is not an English paragraph start, or the reverse. */
const PARAGRAPH_MISMATCH = 2.5;
const NUMBER_MATCH = 1.5;
const NUMBER_MISS = 0.4;
const LATIN_MATCH = 1.5;
const LATIN_MISS = 0.5;
const WORD_MATCH = 0.5;
/** Beads above this (prior + length + misses + boundaries) are listed for review. */
const REVIEW_COST = 3;

export type Strength = keyof typeof END_COST;

export type EnglishFragment = { text: string; paragraph: number; end: Strength };

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'u.s',
  'no',
  'jr',
  'sr',
  'prof',
  'inc',
  'ltd',
  'co',
  'mt',
  'cf',
]);

/** English paragraphs: blank-line separated (inner line breaks join), else one per line; "## " dropped. */
export function englishParagraphs(text: string): string[] {
  const normalized = text.replace(/\r\n?/gu, '\n');
  const blocks = /\n[ \t]*\n/u.test(normalized) ? normalized.split(/\n[ \t]*\n/u) : normalized.split('\n');
  return blocks
    .map((b) =>
      b
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .join(' ')
        .replace(/^#+\s+/u, '')
        .replace(/\s+/gu, ' ')
        .trim(),
    )
    .filter(Boolean);
}

const TERMINAL = /[.!?…]+["'”’)\]]*(?=\s)|[;:](?=\s)/gu;

/** Splits one English paragraph at every candidate sentence end (see the module comment). */
export function englishFragments(paragraph: string, index = 0): EnglishFragment[] {
  const out: EnglishFragment[] = [];
  let start = 0;
  for (const m of paragraph.matchAll(TERMINAL)) {
    const end = (m.index ?? 0) + m[0].length;
    const text = paragraph.slice(start, end).trim();
    if (text === '') continue;
    let strength: Strength;
    if (m[0] === ';' || m[0] === ':') strength = 'weak';
    else {
      const before = /([A-Za-z][A-Za-z.]*)\.$/u.exec(paragraph.slice(Math.max(0, start), (m.index ?? 0) + 1));
      const next = /\S/u.exec(paragraph.slice(end));
      const abbreviation =
        m[0] === '.' && before !== null && ABBREVIATIONS.has((before[1] as string).toLowerCase().replace(/\.$/u, ''));
      strength = abbreviation || (next !== null && /[a-z]/u.test(next[0])) ? 'soft' : 'strong';
    }
    out.push({ text, paragraph: index, end: strength });
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest !== '') out.push({ text: rest, paragraph: index, end: 'para' });
  else if (out.length > 0) (out[out.length - 1] as EnglishFragment).end = 'para';
  return out;
}

/** A Chinese paragraph as the content model has it: text without "## ", and whether it is a heading. */
export type ChineseParagraph = { text: string; heading: boolean };

export type AlignInput = {
  /** The Chinese title; when given, the English may start with its translation. */
  title?: string;
  paragraphs: readonly ChineseParagraph[];
  english: string;
  /** CC-CEDICT (lib/dictionary/cedict's Dictionary fits); without it only length and numbers count. */
  dictionary?: SenseLookup;
};

export type ReviewItem = {
  /** "3:2" = paragraph 3, sentence 2 (1-based, as in the content check's messages); "title". */
  at: string;
  /** 0–1: how well the pair's length, numbers and names fit (1 = as expected). */
  score: number;
  why: string[];
  zh: string;
  en: string;
};

export type AlignResult = {
  /** The English title, or null when the English has none (write a placeholder). */
  title: string | null;
  /** One entry per Chinese paragraph: one line per Chinese sentence (headings: one line). */
  paragraphs: string[][];
  review: ReviewItem[];
  /** Counts by bead kind, for the report. */
  beads: Record<string, number>;
};

/** What a line of en.txt says when the aligner found no English for its sentence. */
export const MISSING = '[[translate]] no English found for this sentence';
/** The second sentence of a 2–1 bead: its English is on the line above. */
export const MERGED = '[[translate]] the English of this sentence is merged into the line above: split it';

type Unit = {
  paragraph: number; // -1 = title
  sentence: number;
  text: string;
  han: number;
  otherChars: number;
  numbers: number[];
  latin: string[];
  words: DictWord[];
};

type Frag = EnglishFragment & { chars: number; numbers: number[]; words: string[]; stems: Set<string>; first: boolean };

type Bead = { kind: keyof typeof PRIOR; zh: number; en: number; cost: number; review: number; why: string[] };

function expectedLength(units: readonly Unit[]): number {
  return units.reduce((s, u) => s + CHARS_PER_HAN * u.han + u.otherChars, 0);
}

const nonSpace = (t: string) => Array.from(t.replace(/\s+/gu, '')).length;

/** Aligns; see the module comment. */
export function alignSentences(input: AlignInput): AlignResult {
  const cache = new Map<string, ReadonlySet<string>>();
  const unit = (text: string, paragraph: number, sentence: number): Unit => ({
    paragraph,
    sentence,
    text,
    han: countHan(text),
    otherChars: Array.from(text).filter((c) => /[A-Za-z0-9]/u.test(c) && !isHan(c)).length,
    numbers: chineseNumbers(text),
    latin: latinWords(text),
    words: input.dictionary ? dictionaryWords(text, input.dictionary, cache) : [],
  });
  const units: Unit[] = [];
  if (input.title) units.push(unit(input.title, -1, 0));
  input.paragraphs.forEach((p, pi) => {
    const sentences = p.heading ? [p.text] : splitSentences(p.text);
    sentences.forEach((s, si) => units.push(unit(s, pi, si)));
  });
  const frags: Frag[] = englishParagraphs(input.english).flatMap((p, pi) =>
    englishFragments(p, pi).map((f, k) => ({
      ...f,
      first: k === 0,
      chars: nonSpace(f.text),
      numbers: englishNumbers(f.text),
      words: Array.from(f.text.toLowerCase().matchAll(/[a-z][a-z0-9]*/gu), (m) => m[0]),
      stems: englishStems(f.text),
    })),
  );
  const n = units.length;
  const m = frags.length;
  const zhStart = (i: number) =>
    i === n || i === 0 || (units[i] as Unit).paragraph !== (units[i - 1] as Unit).paragraph;
  const enStart = (j: number) => j === m || (frags[j] as Frag).first;

  /** Cost of pairing units [i, i+dz) with fragments [j, j+de); both non-empty. */
  const pairCost = (i: number, dz: number, j: number, de: number): { cost: number; review: number; why: string[] } => {
    const zs = units.slice(i, i + dz);
    const es = frags.slice(j, j + de);
    const why: string[] = [];
    let review = PRIOR[`${dz}-${de}` as keyof typeof PRIOR];
    const expected = expectedLength(zs);
    const chars = es.reduce((s, f) => s + f.chars, 0);
    const delta = (chars - expected) / Math.sqrt(VARIANCE_PER_CHAR * Math.max(expected, 10));
    review += (delta * delta) / 2;
    if (Math.abs(delta) > 2.5)
      why.push(`English ${chars} characters where about ${Math.round(expected)} were expected`);
    for (let k = 0; k < es.length - 1; k += 1) if ((es[k] as Frag).end === 'strong') review += CROSS_STRONG;
    const before = frags[j - 1];
    if (before && !(es[0] as Frag).first && (before.end === 'soft' || before.end === 'weak')) {
      why.push(`the English starts after "${before.text.slice(-12)}", not at a sentence start`);
    }
    const last = es[es.length - 1] as Frag;
    review += END_COST[last.end];
    if (last.end === 'soft' || last.end === 'weak')
      why.push(`the English is cut at "${last.text.slice(-12)}", not at a sentence end`);
    const zNumbers = zs.flatMap((u) => u.numbers);
    const eNumbers = es.flatMap((f) => f.numbers);
    const numbersMatched = matchCount(zNumbers, eNumbers);
    const numberMisses = zNumbers.length + eNumbers.length - 2 * numbersMatched;
    review += NUMBER_MISS * numberMisses;
    // Listed when a number of the Chinese (other than 1) or a larger English one has no partner:
    // "a year", "the first" and the like are noise.
    const zLeft = unmatched(zNumbers, eNumbers).filter((v) => v !== 1);
    const eLeft = unmatched(eNumbers, zNumbers).filter((v) => v >= 10);
    if (zLeft.length > 0 || eLeft.length > 0) {
      why.push(
        `numbers without a partner: ${[...zLeft.map((v) => `${v} (Chinese)`), ...eLeft.map((v) => `${v} (English)`)].join(', ')}`,
      );
    }
    const zLatin = zs.flatMap((u) => u.latin);
    const eWords = es.flatMap((f) => f.words);
    const latinMatched = matchCount(zLatin, eWords);
    review += LATIN_MISS * (zLatin.length - latinMatched);
    let wordMatches = 0;
    for (const u of zs) {
      for (const w of u.words) {
        if (es.some((f) => [...w.stems].some((s) => f.stems.has(s))))
          wordMatches += Array.from(w.word).length > 1 ? 1 : 0.5;
      }
    }
    const cost = review - NUMBER_MATCH * numbersMatched - LATIN_MATCH * latinMatched - WORD_MATCH * wordMatches;
    return { cost, review, why };
  };

  // Band: only cells whose English position is near the Chinese one (by cumulative length).
  const zhCum = [0];
  for (const u of units) zhCum.push((zhCum[zhCum.length - 1] as number) + expectedLength([u]));
  const enCum = [0];
  for (const f of frags) enCum.push((enCum[enCum.length - 1] as number) + f.chars);
  const scale = (enCum[m] as number) / Math.max(1, zhCum[n] as number);
  const band = Math.max(400, 0.2 * (enCum[m] as number));
  const inBand = (i: number, j: number) => Math.abs((zhCum[i] as number) * scale - (enCum[j] as number)) <= band;

  const cost = Array.from({ length: n + 1 }, () => new Float64Array(m + 1).fill(Infinity));
  const back: (Bead | null)[][] = Array.from({ length: n + 1 }, () => new Array<Bead | null>(m + 1).fill(null));
  (cost[0] as Float64Array)[0] = 0;
  const relax = (i: number, j: number, bead: Bead) => {
    const c = ((cost[i] as Float64Array)[j] as number) + bead.cost;
    const ti = i + bead.zh;
    const tj = j + bead.en;
    if (c < ((cost[ti] as Float64Array)[tj] as number)) {
      (cost[ti] as Float64Array)[tj] = c;
      (back[ti] as (Bead | null)[])[tj] = bead;
    }
  };
  for (let i = 0; i <= n; i += 1) {
    for (let j = 0; j <= m; j += 1) {
      const here = (cost[i] as Float64Array)[j] as number;
      if (here === Infinity || (!inBand(i, j) && !(i === n || j === m))) continue;
      const mismatch = zhStart(i) !== enStart(j) ? PARAGRAPH_MISMATCH : 0;
      if (i < n) {
        const u = units[i] as Unit;
        relax(i, j, {
          kind: '1-0',
          zh: 1,
          en: 0,
          cost: PRIOR['1-0'] + 0.02 * u.han,
          review: PRIOR['1-0'],
          why: ['no English found'],
        });
      }
      if (j < m) {
        const f = frags[j] as Frag;
        relax(i, j, {
          kind: '0-1',
          zh: 0,
          en: 1,
          cost: PRIOR['0-1'] + 0.02 * f.chars,
          review: PRIOR['0-1'],
          why: [`English without Chinese: "${f.text.slice(0, 40)}"`],
        });
      }
      if (i >= n || j >= m) continue;
      const paragraphWhy = mismatch
        ? [
            zhStart(i)
              ? 'the Chinese paragraph starts inside an English paragraph'
              : 'an English paragraph starts inside this Chinese paragraph',
          ]
        : [];
      for (let de = 1; de <= 4 && j + de <= m; de += 1) {
        if (de > 1 && (frags[j + de - 1] as Frag).first) break; // never across an English paragraph
        const p = pairCost(i, 1, j, de);
        relax(i, j, {
          kind: `1-${de}` as Bead['kind'],
          zh: 1,
          en: de,
          cost: p.cost + mismatch,
          review: p.review + mismatch,
          why: [...paragraphWhy, ...p.why],
        });
      }
      if (i + 1 < n && (units[i + 1] as Unit).paragraph === (units[i] as Unit).paragraph) {
        const p = pairCost(i, 2, j, 1);
        relax(i, j, {
          kind: '2-1',
          zh: 2,
          en: 1,
          cost: p.cost + mismatch,
          review: p.review + mismatch,
          why: ['two Chinese sentences share one English sentence', ...paragraphWhy, ...p.why],
        });
      }
    }
  }

  // Walk back, then write the lines.
  const beads: { i: number; j: number; bead: Bead }[] = [];
  for (let i = n, j = m; i > 0 || j > 0;) {
    const bead = (back[i] as (Bead | null)[])[j];
    if (!bead) throw new Error('alignment failed: no path (this is a bug)');
    i -= bead.zh;
    j -= bead.en;
    beads.push({ i, j, bead });
  }
  beads.reverse();

  const lines: string[] = new Array<string>(n).fill('');
  const notes: { review: number; why: string[] }[] = Array.from({ length: n }, () => ({ review: 0, why: [] }));
  const counts: Record<string, number> = {};
  let pendingExtra: string[] = [];
  let lastUnit = -1;
  for (const { i, j, bead } of beads) {
    counts[bead.kind] = (counts[bead.kind] ?? 0) + 1;
    const text = frags
      .slice(j, j + bead.en)
      .map((f) => f.text)
      .join(' ');
    if (bead.zh === 0) {
      // English without Chinese: keep it, on the previous sentence's line (or the next one's).
      if (lastUnit >= 0) {
        lines[lastUnit] = `${lines[lastUnit]} ${text}`.trim();
        notes[lastUnit]!.why.push(...bead.why);
        notes[lastUnit]!.review += bead.review;
      } else pendingExtra.push(text);
      continue;
    }
    const extra = pendingExtra.join(' ');
    pendingExtra = [];
    lines[i] = bead.en === 0 ? MISSING : extra ? `${extra} ${text}` : text;
    notes[i] = {
      review: bead.review + (extra ? PRIOR['0-1'] : 0),
      why: [...(extra ? ['English without Chinese attached'] : []), ...bead.why],
    };
    if (bead.zh === 2) {
      lines[i + 1] = MERGED;
      notes[i + 1] = { review: bead.review, why: ['its English is merged into the sentence before'] };
    }
    lastUnit = i + bead.zh - 1;
  }
  if (pendingExtra.length > 0) lines.push(pendingExtra.join(' ')); // only when there is no Chinese at all

  const review: ReviewItem[] = [];
  units.forEach((u, k) => {
    const note = notes[k] as { review: number; why: string[] };
    const score = Math.exp(-Math.max(0, note.review) / 4);
    if (note.why.length === 0 && note.review <= REVIEW_COST) return;
    const why = note.why.length > 0 ? note.why : ['length and anchors fit poorly'];
    review.push({
      at: u.paragraph < 0 ? 'title' : `${u.paragraph + 1}:${u.sentence + 1}`,
      score: Math.round(score * 100) / 100,
      why,
      zh: u.text,
      en: lines[k] ?? '',
    });
  });

  let title: string | null = null;
  let offset = 0;
  if (input.title) {
    offset = 1;
    title = lines[0] === MISSING ? null : (lines[0] as string);
  }
  const paragraphs: string[][] = input.paragraphs.map(() => []);
  units.slice(offset).forEach((u, k) => (paragraphs[u.paragraph] as string[]).push(lines[k + offset] as string));
  return { title, paragraphs, review, beads: counts };
}

/** en.txt from an alignment: title header, then one block per paragraph; headings get "## ". */
export function formatAlignedEnglish(
  result: AlignResult,
  paragraphs: readonly ChineseParagraph[],
  placeholder: string,
): string {
  const blocks = result.paragraphs.map((lines, i) => {
    const heading = (paragraphs[i] as ChineseParagraph).heading;
    return heading ? `## ${lines.join(' ')}` : lines.join('\n');
  });
  return `title: ${result.title ?? placeholder}\n\n${blocks.join('\n\n')}\n`;
}
