/**
 * The one renderer of an article's words, sentences and paragraphs: the site's pages and the
 * offline file both call it, once per article and language per build. Its output is plain HTML
 * built through lib/render/html (escaping by construction); the site splices it into the page
 * after React has rendered, so React neither carries it in its payload nor hydrates it.
 *
 * Markup per word is what the default view draws: the characters, the tone-marked syllables,
 * the word's key and its HSK level (for the "pinyin above HSK n" mode and the HSK colours). Tone
 * colours, tone numbers, zhuyin, spoken tones and traditional characters come from the article's
 * data file when a reader chooses them (app/_components/client/Variants.tsx): a page's weight
 * grows with its text, not with the number of display options.
 */
import {
  EN_CLASS,
  PARA_ATTR,
  PARA_CLASS,
  READ_PARAGRAPH_ATTR,
  READ_PARAGRAPH_CLASS,
  REVEAL_CLASS,
  SENTENCE_ATTR,
  SENTENCE_CLASS,
  SYLLABLE_TAG,
  WORD_CLASS,
  WORD_HSK_ATTR,
  WORD_KEY_ATTR,
  WORD_TAG,
  ZH_CLASS,
  enId,
} from '../dom/contract';
import { formatSyllable, toneOf, type ToneStyle } from '../pinyin/syllable';
import type { ArticleView, ViewSentence, ViewToken } from '../view/types';
import { attrs, escapeHtml } from './html';

export type BodyLabels = {
  showEnglish: string;
  hideEnglish: string;
  pending: string;
  readParagraph: string;
};

export type RubyOptions = {
  /** How syllables are spelled (the default view: tone marks). */
  style?: ToneStyle;
  /** Syllables as said; where one differs from the written one it is shown, marked changed. */
  spoken?: readonly string[];
  /** One element per syllable with its tone as a class, for tone colours. */
  tones?: boolean;
};

/**
 * The <rt> of a word: its syllables separated by spaces; a digit or letter inside a word has none.
 * The default view (tone marks, as written, no tone colours) is plain text, which keeps the page
 * at two elements per word; for the other views (drawn by the client with this same function)
 * each syllable is an <i> with its tone as a class and `sp` where the spoken tone differs.
 */
export function rubyText(citation: readonly string[], options: RubyOptions = {}): string {
  const style = options.style ?? 'marks';
  const spoken = options.spoken;
  const plain = style === 'marks' && !spoken && !options.tones;
  const inner = citation
    .map((written, i) => ({ written, said: spoken?.[i] ?? written }))
    .filter((s) => s.written)
    .map(({ written, said }) => {
      const text = escapeHtml(formatSyllable(said, style));
      if (plain) return text;
      const changed = said.toLowerCase() !== written.toLowerCase();
      return `<${SYLLABLE_TAG} class="t${toneOf(said)}${changed ? ' sp' : ''}">${text}</${SYLLABLE_TAG}>`;
    })
    .join(' ');
  return `<rt aria-hidden="true">${inner}</rt>`;
}

function tokenHtml(token: ViewToken, focusable: boolean): string {
  const w = token.word;
  if (!w) return escapeHtml(token.text);
  const a = attrs({
    class: WORD_CLASS,
    [WORD_KEY_ATTR]: token.text,
    [WORD_HSK_ATTR]: w.hsk,
    // Roving tabindex: one word in the tab order, every word focusable (arrow keys, a tap or a
    // click focuses it, so the K/L/I keys then apply to it).
    tabindex: focusable ? 0 : -1,
  });
  return `<${WORD_TAG}${a}>${escapeHtml(token.text)}${rubyText(w.citation)}</${WORD_TAG}>`;
}

/**
 * The words of one sentence. `entry` makes the first word the article's one tab stop (arrow keys
 * move between words; see WordPopover).
 */
export function renderTokens(tokens: readonly ViewToken[], entry = false): string {
  let first = entry;
  return tokens
    .map((t) => {
      const html = tokenHtml(t, first && t.word !== undefined);
      if (t.word) first = false;
      return html;
    })
    .join('');
}

function sentenceSpan(s: ViewSentence, inner: string): string {
  return `<span${attrs({ class: SENTENCE_CLASS, [SENTENCE_ATTR]: s.id })}>${inner}</span>`;
}

/** The paragraphs: Chinese, the reveal button, the English; each sentence a span in both. */
export function renderBody(view: ArticleView, labels: BodyLabels): string {
  return view.paragraphs
    .map((p, pi) => {
      const tag = p.kind === 'heading' ? 'h2' : 'p';
      const zh = p.sentences.map((s) => sentenceSpan(s, renderTokens(s.tokens))).join('');
      const en = p.pending
        ? `<span class="pending">${escapeHtml(labels.pending)}</span>`
        : p.sentences.map((s, si) => sentenceSpan(s, (si > 0 ? ' ' : '') + escapeHtml(s.en))).join('');
      const read = `<button${attrs({
        type: 'button',
        class: READ_PARAGRAPH_CLASS,
        [READ_PARAGRAPH_ATTR]: pi,
        'aria-label': labels.readParagraph,
        title: labels.readParagraph,
        disabled: '',
      })}></button>`;
      const reveal = `<button${attrs({ type: 'button', class: REVEAL_CLASS, 'aria-expanded': 'false', 'aria-controls': enId(pi) })}><span class="when-closed">${escapeHtml(labels.showEnglish)}</span><span class="when-open">${escapeHtml(labels.hideEnglish)}</span></button>`;
      return (
        `<section${attrs({ class: `${PARA_CLASS} para-${p.kind}`, [PARA_ATTR]: pi })}>` +
        // The play button first: it floats beside the Chinese (app/learner.css).
        `${read}<${tag}${attrs({ lang: 'zh-Hans', class: ZH_CLASS })}>${zh}</${tag}>${reveal}` +
        `<p${attrs({ id: enId(pi), lang: 'en', class: p.kind === 'heading' ? `${EN_CLASS} en-heading` : EN_CLASS })}>${en}</p>` +
        `</section>`
      );
    })
    .join('');
}
