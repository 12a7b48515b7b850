/**
 * The DOM is an API between the body renderer (lib/render, at build time) and the client leaves
 * (popover, learner tools, read aloud, sentence links, script and tone variants). Every id,
 * class and attribute that one side writes and the other reads is named here, once.
 */

/** The article element: header and body. */
export const ARTICLE_ID = 'article';
/** The element the pre-rendered body is spliced into (see scripts/postbuild.mjs). */
export const BODY_ID = 'article-body';
/**
 * On an empty element the post-build step fills with a file rendered by lib/render: the article
 * body (`<slug>.<lang>`) or the handout's sheet (`<slug>.handout.<lang>`), out/body/<slot>.html.
 */
export const BODY_SLOT_ATTR = 'data-body-slot';
export const articleSlot = (slug: string, lang: string): string => `${slug}.${lang}`;
export const handoutSlot = (slug: string, lang: string): string => `${slug}.handout.${lang}`;
/** Set on the article element once the reader's script/tone/spoken choice is drawn (see variants). */
export const VARIANTS_READY_ATTR = 'data-variants';

export const WORD_TAG = 'ruby';
export const WORD_CLASS = 'w';
/** The simplified word: the key of the learner's memory. */
export const WORD_KEY_ATTR = 'data-w';
export const WORD_HSK_ATTR = 'data-hsk';
export const WORD_KNOWN_ATTR = 'data-known';
export const WORD_LEARNING_ATTR = 'data-learning';
/** A syllable inside <rt> whose tone differs from the one on <rt> itself. */
export const SYLLABLE_TAG = 'i';
export const WORD_SELECTOR = `${WORD_TAG}.${WORD_CLASS}`;

export const SENTENCE_CLASS = 's';
/** `paragraph.sentence` on both the Chinese and the English span of a sentence (`t` = title). */
export const SENTENCE_ATTR = 'data-s';
export const SENTENCE_SELECTOR = `.${SENTENCE_CLASS}[${SENTENCE_ATTR}]`;
export const sentenceSelector = (id: string): string => `.${SENTENCE_CLASS}[${SENTENCE_ATTR}="${id}"]`;

export const PARA_CLASS = 'para';
export const PARA_ATTR = 'data-p';
export const ZH_CLASS = 'zh';
export const EN_CLASS = 'en';
export const enId = (paragraph: number): string => `en-${paragraph}`;

/** The "reveal on demand" button of each paragraph, and the attribute its section gets when open. */
export const REVEAL_CLASS = 'reveal';
export const OPEN_ATTR = 'data-open';
/** The small read-aloud button of each paragraph: `data-read` holds the paragraph index. */
export const READ_PARAGRAPH_CLASS = 'read-p';
export const READ_PARAGRAPH_ATTR = 'data-read';

/** Text with a traditional spelling (credits): the traditional text, swapped in by the client. */
export const TRADITIONAL_ATTR = 'data-trad';

/** The popover box and its live region. */
export const POPOVER_ID = 'word-popover';
/** Highlight names (CSS Custom Highlight API) for the words an English word is linked to and back. */
export const HIGHLIGHT_EN = 'dz-en';

/** Where the early-tap script leaves a word tapped before the popover's code has loaded. */
export const EARLY_TAP_KEY = '__duizhaoTap';

/**
 * An inline script placed after the article: a tap on a word before the client code has started
 * (on a slow phone, a second or more) is remembered, and the popover opens it as soon as it can,
 * instead of the tap doing nothing. Plain ES5; it never throws.
 */
export function earlyTapScript(): string {
  return `(function(){var a=document.getElementById(${JSON.stringify(ARTICLE_ID)});if(!a)return;a.addEventListener('click',function(e){var t=e.target,w=t&&t.closest&&t.closest(${JSON.stringify(WORD_SELECTOR)});if(w)window[${JSON.stringify(EARLY_TAP_KEY)}]=w})})();`;
}
