'use client';
/**
 * Sentence alignment and "reveal on demand", wired by event delegation on the server-rendered
 * article (no per-sentence components): pointing at or focusing a sentence, in either language,
 * highlights it and its counterpart (both carry data-s="paragraph.sentence"); the per-paragraph
 * reveal button shows or hides that paragraph's English.
 */
import { useEffect } from 'react';
import {
  ARTICLE_ID,
  OPEN_ATTR,
  PARA_CLASS,
  REVEAL_CLASS,
  SENTENCE_ATTR,
  SENTENCE_SELECTOR,
  sentenceSelector,
} from '@/lib/dom/contract';

function sentenceOf(target: EventTarget | null): string | null {
  const el = target instanceof Element ? target.closest(SENTENCE_SELECTOR) : null;
  return el?.getAttribute(SENTENCE_ATTR) ?? null;
}

export function SentenceLinks() {
  useEffect(() => {
    const root = document.getElementById(ARTICLE_ID);
    if (!root) return undefined;
    let lit: string | null = null;
    const light = (key: string | null) => {
      if (key === lit) return;
      if (lit) for (const el of root.querySelectorAll(sentenceSelector(lit))) el.classList.remove('hl');
      lit = key;
      if (key) for (const el of root.querySelectorAll(sentenceSelector(key))) el.classList.add('hl');
    };
    const onOver = (e: PointerEvent) => light(sentenceOf(e.target));
    const onLeave = () => light(null);
    const onFocus = (e: FocusEvent) => light(sentenceOf(e.target));
    const onClick = (e: MouseEvent) => {
      const button = e.target instanceof Element ? e.target.closest<HTMLButtonElement>(`button.${REVEAL_CLASS}`) : null;
      const section = button?.closest<HTMLElement>(`.${PARA_CLASS}`);
      if (!button || !section) return;
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      section.toggleAttribute(OPEN_ATTR, open);
    };
    root.addEventListener('pointerover', onOver);
    root.addEventListener('pointerleave', onLeave);
    root.addEventListener('focusin', onFocus);
    root.addEventListener('focusout', onLeave);
    root.addEventListener('click', onClick);
    return () => {
      root.removeEventListener('pointerover', onOver);
      root.removeEventListener('pointerleave', onLeave);
      root.removeEventListener('focusin', onFocus);
      root.removeEventListener('focusout', onLeave);
      root.removeEventListener('click', onClick);
    };
  }, []);
  return null;
}
