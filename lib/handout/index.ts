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
 * chosen level with CSS alone; the default level is the article's own (defaultVocabLevel). The
 * level, the sense, the reading and "is a name" are the view's (lib/view), the same the popover
 * and the exports show: a word the HSK lists lack counts at the level of its listed parts
 * (lib/dictionary/hsk), so common words outside the 2012 lists (今年, 汽车) are not "beyond HSK 6".
 */
import { difficultyOf } from '../difficulty';
import { formatReading } from '../pinyin/syllable';
import { renderTokens } from '../render/body';
import { attrs, escapeHtml } from '../render/html';
import { allWords } from '../view/walk';
import type { ArticleView, ViewEntry } from '../view/types';

export type VocabularyRow = { word: string; pinyin: string; sense: string; level: number };

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
export function defaultVocabLevel(view: ArticleView): VocabLevel {
  const d = difficultyOf(view);
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

type Candidate = { word: string; citation: string[]; listed: number | undefined; level: number | undefined };

/** The view's entry for a word of the article (its first reading), when it has one. */
function entryOf(view: ArticleView, word: string): ViewEntry | undefined {
  return view.entries.find((e) => e.word === word);
}

export function handoutVocabulary(view: ArticleView): VocabularyRow[] {
  const rows: VocabularyRow[] = [];
  const seen = new Set<string>();
  const consider = (c: Candidate, sense: string | undefined, entry: ViewEntry | undefined, fromParts: boolean) => {
    if (seen.has(c.word)) return;
    seen.add(c.word);
    if (!entry || entry.kind === 'name' || entry.kind === 'rare') return;
    const kind = entry.glossary?.kind;
    if (kind === 'name' || kind === 'skip') return;
    const curated = entry.glossary?.sense;
    if (!curated && isNumberOrMeasure(c.word, c.listed)) return;
    if (entry.kind === 'composed' && !curated) {
      // Never a glued "A + B" gloss: the parts, each with its own sense and the same rules.
      if (fromParts) return;
      let at = 0;
      for (const part of entry.parts ?? []) {
        const n = Array.from(part.word).length;
        const partEntry = entryOf(view, part.word);
        const citation = c.citation.slice(at, at + n);
        at += n;
        consider(
          { word: part.word, citation, listed: partEntry?.hsk, level: part.hsk },
          part.sense,
          partEntry ?? { word: part.word, traditional: part.word, reading: citation, kind: 'dictionary', senses: [] },
          true,
        );
      }
      return;
    }
    const text = curated ?? (sense && !EMPTY_SENSE.test(sense) ? sense : undefined);
    if (!text) return;
    rows.push({ word: c.word, pinyin: formatReading(c.citation, 'marks'), sense: text, level: c.level ?? BEYOND });
  };
  for (const { word } of allWords(view)) {
    const entry = view.entries[word.entry];
    if (!entry || word.name) {
      if (entry) seen.add(entry.word);
      continue;
    }
    consider(
      { word: entry.word, citation: word.citation, listed: entry.hsk, level: word.hsk },
      word.first,
      entry,
      false,
    );
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

/** The words of the sheet in the interface's language (lib/i18n), passed in so this module stays pure. */
export type HandoutLabels = {
  /** The vocabulary table's title for each level, 1–6: "Vocabulary (words above HSK 4)". */
  vocabulary: readonly string[];
  word: string;
  pinyin: string;
  sense: string;
  notes: string;
  translation: string;
  pending: string;
};

const NOTE_LINES = 8;

/**
 * The handout's sheet below its options and header: the text (each paragraph, a heading as <h2>,
 * its words with pinyin from the one body renderer, lib/render), the vocabulary table (every row,
 * each with its level; the CSS shows those above the chosen level), lined space for notes, and the
 * English. Escaped by construction. Written once per article and interface language at build time
 * (out/body/<slug>.handout.<lang>.html) and spliced into the print page by scripts/postbuild, so
 * React neither carries this markup in its payload nor renders it: the print pages were the
 * dearest of a build to generate.
 */
export function renderHandoutSheet(view: ArticleView, labels: HandoutLabels): string {
  const vocabDefault = defaultVocabLevel(view);
  const text = view.paragraphs
    .map((p) => {
      const tag = p.kind === 'heading' ? 'h2' : 'p';
      return `<${tag} class="zh">${p.sentences.map((s) => renderTokens(s.tokens)).join('')}</${tag}>`;
    })
    .join('');
  const titles = VOCAB_LEVELS.map((level, i) => {
    const cls = `vocab-title vocab-title-${level}${level === vocabDefault ? ' vocab-title-default' : ''}`;
    return `<span${attrs({ class: cls })}>${escapeHtml(labels.vocabulary[i] ?? '')}</span>`;
  }).join('');
  const rows = handoutVocabulary(view)
    .map(
      (r) =>
        `<tr${attrs({ 'data-hsk': r.level, 'data-default-hidden': r.level <= Number(vocabDefault) ? '' : undefined })}>` +
        `<td lang="zh-Hans" class="zh">${escapeHtml(r.word)}</td><td>${escapeHtml(r.pinyin)}</td>` +
        `<td lang="en">${escapeHtml(r.sense)}</td></tr>`,
    )
    .join('');
  const english = view.paragraphs
    .map((p) => {
      const line = p.sentences.map((s) => s.en).join(' ');
      if (p.kind === 'heading') return `<h3>${escapeHtml(line)}</h3>`;
      return `<p>${escapeHtml(p.pending ? labels.pending : line)}</p>`;
    })
    .join('');
  return (
    `<section class="handout-text" lang="zh-Hans">${text}</section>` +
    `<section class="handout-vocab" aria-labelledby="h-vocab-title" data-testid="vocab">` +
    `<h2 id="h-vocab-title">${titles}</h2><table><thead><tr>` +
    `<th scope="col">${escapeHtml(labels.word)}</th><th scope="col">${escapeHtml(labels.pinyin)}</th>` +
    `<th scope="col">${escapeHtml(labels.sense)}</th></tr></thead><tbody>${rows}</tbody></table></section>` +
    `<section${attrs({ class: 'handout-notes', 'aria-label': labels.notes })}><h2>${escapeHtml(labels.notes)}</h2>` +
    '<div class="note-line"></div>'.repeat(NOTE_LINES) +
    '</section>' +
    `<section class="handout-english" lang="en" aria-labelledby="h-en-title">` +
    `<h2 id="h-en-title">${escapeHtml(labels.translation)}</h2><h3>${escapeHtml(view.enMeta.title)}</h3>${english}</section>`
  );
}
