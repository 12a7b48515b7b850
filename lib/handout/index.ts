/**
 * The handout's vocabulary: the words of the article a teacher would put in a table, in order of
 * first appearance, each with its pinyin as read in the article and one sense (the glossary's when
 * curated, else the CC-CEDICT reading the article uses). Left out, because a learner does not learn
 * them from a word list:
 *  - names (the dictionary's, or a glossary row marked `kind: name`) and glossary rows marked
 *    `kind: skip`;
 *  - numbers (四, 六十亿, 第一) and what the segmenter glued of a numeral or demonstrative and a
 *    classifier (四个, 这台, 一年, 每家) when no word list has that string as a word;
 *  - composed words (no dictionary has them whole, e.g. 万块): never a glued "A + B" gloss; their
 *    parts are taken instead, each with its own sense and the same rules;
 *  - single characters inside words, and characters no dictionary lists.
 * Each row keeps its HSK level (7 = beyond HSK 6) so the print view shows the words above any
 * chosen level with CSS alone; the default level is the article's own (defaultVocabLevel). Words
 * no HSK list has get a level estimated from their frequency when the caller gives one
 * (lib/handout/frequency), so common words outside the 2012 lists (今年, 汽车) do not count as
 * beyond HSK 6.
 */
import type { AnnotatedArticle, Token, WordInfo } from '../annotate/types';
import { difficultyOf } from '../difficulty';
import { formatReading } from '../pinyin/syllable';

export type VocabularyRow = { word: string; pinyin: string; sense: string; level: number };

/** A glossary row may say what kind of term it is; `name` and `skip` get no handout row. */
export type GlossaryKind = 'name' | 'skip';
export type HandoutWordInfo = WordInfo & { glossary?: WordInfo['glossary'] & { kind?: GlossaryKind } };
type HandoutArticle = Pick<AnnotatedArticle, 'title' | 'paragraphs'> & { dictionary: Record<string, HandoutWordInfo> };

export const VOCAB_LEVELS = ['1', '2', '3', '4', '5', '6'] as const;
export type VocabLevel = (typeof VOCAB_LEVELS)[number];

/** Options a handout link can carry; anything else falls back to the default (the first value). */
export const HANDOUT_OPTIONS = {
  pinyin: ['on', 'off'],
  vocab: [...VOCAB_LEVELS, 'none'],
  english: ['page', 'off'],
} as const;

const BEYOND = 7;
/** Used when the article has no counted words: the middle of the scale. */
const FALLBACK_LEVEL: VocabLevel = '4';

/**
 * The level whose words and below a default handout leaves out: the article's own 95 % level (a
 * learner at that level knows 95 % of its words), HSK 6 when even HSK 6 covers less (the table
 * then holds the words beyond the lists), and HSK 4 for an article without counted words.
 */
export function defaultVocabLevel(article: Pick<AnnotatedArticle, 'title' | 'paragraphs' | 'dictionary'>): VocabLevel {
  const d = difficultyOf(article);
  if (d.words === 0) return FALLBACK_LEVEL;
  return VOCAB_LEVELS[Math.min(d.level95, VOCAB_LEVELS.length) - 1] ?? FALLBACK_LEVEL;
}

const NUMERAL = '零〇一二三四五六七八九十百千万亿两几半';
const DEMONSTRATIVE = '这那哪每某各该此';
/** Classifiers and the measure nouns the segmenter glues to a numeral (个, 台, 年, 块 …). */
const CLASSIFIER =
  '个位名口家台部辆架艘座栋间条张件本块片颗粒只头匹把枝支根段句篇页份封套批种类项次回遍趟顿场轮届期代层级倍岁年月日天周号点分秒元角斤米克吨股些样番笔道款门所起';
const NUMBER_RE = new RegExp(`^第?[${NUMERAL}]+$`, 'u');
const MEASURE_RE = new RegExp(`^(第?[${NUMERAL}]+|[${DEMONSTRATIVE}][${NUMERAL}]*)[${CLASSIFIER}]+$`, 'u');

/**
 * A number, or a number or demonstrative glued to a classifier, that no word list has as a word
 * (words such as 一些, 一样, 万一 or 这样 have an HSK level and stay).
 */
export function isNumberOrMeasure(word: string, hsk: number | undefined): boolean {
  return hsk === undefined && (NUMBER_RE.test(word) || MEASURE_RE.test(word));
}

/** Senses that say nothing about this article's use (surnames, cross-references, variants). */
const EMPTY_SENSE = /^(surname |(old |archaic )?variant of |see (also )?|used in |abbr\. for |CL:)/iu;
const MAX_SENSE = 60;

const norm = (syllables: readonly string[]) => syllables.map((s) => s.toLowerCase().replace(/u:|ü/gu, 'v')).join(' ');

/** One or two senses of the reading the article uses, kept short (whole senses only). */
function dictionarySense(info: WordInfo, citation: readonly string[]): string {
  // The same syllables, with the same case first: 强 qiáng, not the surname Qiáng.
  const reading =
    info.readings.find((r) => r.pinyin.join(' ') === citation.join(' ')) ??
    info.readings.find((r) => norm(r.pinyin) === norm(citation)) ??
    info.readings[0];
  if (!reading) return '';
  const useful = reading.senses.filter((s) => !EMPTY_SENSE.test(s));
  const senses = useful.length > 0 ? useful : reading.senses.slice(0, 1);
  let out = senses[0] ?? '';
  const second = senses[1];
  if (second && Array.from(out).length + Array.from(second).length + 2 <= MAX_SENSE) out = `${out}; ${second}`;
  return out;
}

/** CC-CEDICT (and the glossary, following it) spell proper names with a capital: Mǎ sī kè. */
const isProperName = (citation: readonly string[]) => /^\p{Lu}/u.test(citation[0] ?? '');

type Candidate = { word: string; citation: string[]; hsk: number | undefined; sense: string | undefined };

/** A composed word's dictionary parts, each with its share of the word's syllables. */
function partsOf(t: Candidate, info: HandoutWordInfo, dictionary: HandoutArticle['dictionary']): Candidate[] {
  const out: Candidate[] = [];
  let at = 0;
  for (const part of info.parts ?? []) {
    const n = Array.from(part).length;
    out.push({ word: part, citation: t.citation.slice(at, at + n), hsk: dictionary[part]?.hsk, sense: undefined });
    at += n;
  }
  return out;
}

/**
 * `estimate` gives a level to words no HSK list has (lib/handout/frequency at build time); rows it
 * places at a level are shown and hidden with that level's words.
 */
export function handoutVocabulary(
  article: HandoutArticle,
  estimate: (word: string) => number | undefined = () => undefined,
): VocabularyRow[] {
  const rows: VocabularyRow[] = [];
  const seen = new Set<string>();
  const tokens: Token[] = [
    article.title,
    ...article.paragraphs.flatMap((p) => p.sentences.map((s) => s.tokens)),
  ].flat();
  const consider = (c: Candidate, fromParts: boolean): void => {
    if (seen.has(c.word)) return;
    seen.add(c.word);
    const info = article.dictionary[c.word];
    if (!info || info.gloss === 'name' || info.gloss === 'rare' || isProperName(c.citation)) return;
    const kind = info.glossary?.kind;
    if (kind === 'name' || kind === 'skip') return;
    const curated = info.glossary?.sense ?? c.sense;
    if (!curated && isNumberOrMeasure(c.word, c.hsk)) return;
    if (info.gloss === 'composed' && !curated) {
      if (!fromParts) for (const part of partsOf(c, info, article.dictionary)) consider(part, true);
      return;
    }
    const sense = curated ?? dictionarySense(info, c.citation);
    if (!sense) return;
    const level = c.hsk ?? (curated ? undefined : estimate(c.word)) ?? BEYOND;
    rows.push({ word: c.word, pinyin: formatReading(c.citation, 'marks'), sense, level });
  };
  for (const t of tokens) {
    if (t.kind !== 'han' || !t.entry || !t.pinyin) continue;
    consider({ word: t.entry, citation: t.pinyin.citation, hsk: t.hsk, sense: t.sense }, false);
  }
  return rows;
}

/**
 * The inline script of the print view: reads the options from the URL, sets them as
 * data-h-<name> on <html> (the handout CSS reads them) and on the form's selects. `vocab` falls
 * back to the article's default level. Plain ES5.
 */
export function handoutBootScript(vocabDefault: VocabLevel): string {
  const options = { ...HANDOUT_OPTIONS, vocab: [vocabDefault, ...HANDOUT_OPTIONS.vocab] };
  return `(function(){var o=${JSON.stringify(options)},q={},d=document.documentElement;try{q=new URLSearchParams(location.search)}catch(e){}for(var k in o){var a=o[k],x=q.get?q.get(k):null,v=a.indexOf(x)>=0?x:a[0];d.setAttribute('data-h-'+k,v);var s=document.getElementById('h-'+k);if(s)s.value=v}})();`;
}
