'use client';
/**
 * The link between a Chinese word and the English words its sense matched (lib/sense, carried in
 * the data file as UTF-16 spans of the sentence's English line): the popover's word lights its
 * English words, and tapping an English word lights the Chinese words linked to it. Drawn with the
 * CSS Custom Highlight API (no elements are added to the page); where a browser lacks it, nothing
 * is lit and nothing breaks.
 */
import { ARTICLE_ID, EN_CLASS, HIGHLIGHT_EN, SENTENCE_ATTR, sentenceSelector } from '@/lib/dom/contract';
import type { ArticleData } from '@/lib/view/wire';
import { wordElementList, type PageWord } from './article-data';

const LINKED_CLASS = 'linked';

type HighlightRegistry = { set(name: string, h: unknown): void; delete(name: string): void };
function registry(): { highlights: HighlightRegistry; make: (ranges: Range[]) => unknown } | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const H = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  return css?.highlights && H ? { highlights: css.highlights, make: (ranges) => new H(...ranges) } : null;
}

/** The English span of a sentence and the offset of its line's first character in its text node. */
function englishText(id: string): { node: Text; shift: number } | null {
  const span = document.querySelector(`#${ARTICLE_ID} .${EN_CLASS} ${sentenceSelector(id)}`);
  const node = span?.firstChild;
  if (!(node instanceof Text)) return null;
  // The renderer puts one space before every sentence but the first of a paragraph.
  return { node, shift: node.data.startsWith(' ') ? 1 : 0 };
}

/** Lights the English words the word's sense matched in its sentence (clears with null). */
export function lightEnglish(w: PageWord | null): void {
  const r = registry();
  if (!r) return;
  r.highlights.delete(HIGHLIGHT_EN);
  if (!w || !w.sentence || w.word.matched.length === 0) return;
  const target = englishText(w.sentence.id);
  if (!target) return;
  const ranges = w.word.matched.flatMap(([start, end]) => {
    const a = start + target.shift;
    const b = end + target.shift;
    if (a < 0 || b > target.node.data.length || a >= b) return [];
    const range = document.createRange();
    range.setStart(target.node, a);
    range.setEnd(target.node, b);
    return [range];
  });
  if (ranges.length > 0) r.highlights.set(HIGHLIGHT_EN, r.make(ranges));
}

/** The Chinese words linked to the English word at a point of an English sentence, lit (or cleared). */
export function lightChineseAt(data: ArticleData, x: number, y: number): number {
  for (const el of document.querySelectorAll(`#${ARTICLE_ID} .${LINKED_CLASS}`)) el.classList.remove(LINKED_CLASS);
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const pos = doc.caretPositionFromPoint?.(x, y);
  const range = pos ? null : doc.caretRangeFromPoint?.(x, y);
  const node = pos?.offsetNode ?? range?.startContainer;
  const offset = pos?.offset ?? range?.startOffset ?? -1;
  const span = node?.parentElement?.closest(`.${EN_CLASS} [${SENTENCE_ATTR}]`);
  const id = span?.getAttribute(SENTENCE_ATTR);
  if (!node || !(node instanceof Text) || !id || offset < 0) return 0;
  const at = offset - (node.data.startsWith(' ') ? 1 : 0);
  const elements = wordElementList();
  let lit = 0;
  data.words.forEach((w, i) => {
    if (data.sentences[w.sentence]?.id !== id) return;
    if (w.matched.some(([a, b]) => at >= a && at < b)) {
      elements[i]?.classList.add(LINKED_CLASS);
      lit += 1;
    }
  });
  return lit;
}
