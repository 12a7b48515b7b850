'use client';
/**
 * Sentence alignment and "reveal on demand", wired by event delegation on the server-rendered
 * article (no per-sentence components): pointing at or focusing a sentence, in either language,
 * highlights it and its counterpart (both carry data-s="paragraph.sentence"); the per-paragraph
 * reveal button shows or hides that paragraph's English.
 */
import { useEffect } from 'react';

function sentenceOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('.s[data-s]') : null;
}

export function SentenceLinks() {
  useEffect(() => {
    const root = document.getElementById('article');
    if (!root) return undefined;
    let lit: string | null = null;
    const light = (key: string | null) => {
      if (key === lit) return;
      if (lit) for (const el of root.querySelectorAll(`.s[data-s="${lit}"]`)) el.classList.remove('hl');
      lit = key;
      if (key) for (const el of root.querySelectorAll(`.s[data-s="${key}"]`)) el.classList.add('hl');
    };
    const onOver = (e: PointerEvent) => light(sentenceOf(e.target)?.dataset.s ?? null);
    const onLeave = () => light(null);
    const onFocus = (e: FocusEvent) => light(sentenceOf(e.target)?.dataset.s ?? null);
    const onClick = (e: MouseEvent) => {
      const button = e.target instanceof Element ? e.target.closest<HTMLButtonElement>('button.reveal') : null;
      const section = button?.closest<HTMLElement>('.para');
      if (!button || !section) return;
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      section.toggleAttribute('data-open', open);
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
