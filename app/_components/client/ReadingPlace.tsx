'use client';
/**
 * Keeps the reading position (position-store): coming back to an article scrolls to the paragraph
 * that was at the top of the screen, as far through it as it was; the article counts as finished
 * once its last paragraph has been on screen. A link to a sentence (#s-…) wins over the saved
 * place. No markup of its own.
 */
import { useEffect } from 'react';
import { ARTICLE_ID, PARA_ATTR } from '@/lib/dom/contract';
import { getPosition, savePosition } from './position-store';

const paragraphs = () => Array.from(document.querySelectorAll<HTMLElement>(`#${ARTICLE_ID} [${PARA_ATTR}]`));

/** The paragraph at the top of the screen and how far through it that top is. */
function measure(): { p: number; f: number; finished: boolean } | null {
  const all = paragraphs();
  const last = all[all.length - 1];
  if (!last) return null;
  // Or the page is scrolled to its end (paragraphs are laid out as they near the screen, so a jump
  // to the end can land before the last one has its real height).
  const end = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
  const finished = end || last.getBoundingClientRect().bottom <= window.innerHeight;
  for (const el of all) {
    const r = el.getBoundingClientRect();
    if (r.bottom > 0) {
      const f = r.top >= 0 || r.height === 0 ? 0 : Math.min(1, -r.top / r.height);
      return { p: Number(el.getAttribute(PARA_ATTR) ?? 0), f, finished };
    }
  }
  return { p: Number(last.getAttribute(PARA_ATTR) ?? 0), f: 1, finished };
}

/** Scrolls to the saved place; false when there is none (or a #s-… link decides). */
function restore(slug: string): boolean {
  if (window.location.hash) return false;
  const pos = getPosition(slug);
  if (!pos || (pos.p === 0 && pos.f === 0)) return false;
  const el = document.querySelector<HTMLElement>(`#article [data-p="${pos.p}"]`);
  if (!el) return false;
  const r = el.getBoundingClientRect();
  const off = r.top + pos.f * r.height;
  if (Math.abs(off) > 2) window.scrollTo({ top: window.scrollY + off, behavior: 'instant' });
  return true;
}

/** Frames during which the saved place is held against the router's own scrolling (~0.5 s). */
const SETTLE_FRAMES = 30;
/** What the reader does to move the page themselves. */
const INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

export function ReadingPlace({ slug }: { slug: string }) {
  useEffect(() => {
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let started = false;
    const save = () => {
      const m = measure();
      // Opening an article and leaving it at the top is not reading it: nothing is saved then.
      if (m && (started || m.p > 0 || m.f > 0 || m.finished)) {
        started = true;
        savePosition(slug, m.p, m.f, m.finished);
      }
    };
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(save, 250); // once scrolling rests, not on every frame
    };
    const onHide = () => {
      if (document.visibilityState === 'hidden') save();
    };
    // A client-side navigation scrolls to the top after this effect, and may do so again when a
    // later part of the page commits: for a few frames, a jump back to the top is undone. Any
    // other scrolling (the reader's, a link's) ends that at once.
    let moved = false;
    const onInput = () => {
      moved = true;
    };
    let left = SETTLE_FRAMES;
    let lastY = -1;
    const settle = () => {
      const y = window.scrollY;
      if (moved || (lastY >= 0 && y !== lastY && y !== 0)) return;
      if (!restore(slug)) return;
      lastY = window.scrollY;
      left -= 1;
      if (left > 0) frame = requestAnimationFrame(settle);
    };
    for (const type of INPUT) window.addEventListener(type, onInput, { once: true });
    window.addEventListener('scroll', onScroll, { passive: true });
    frame = requestAnimationFrame(settle);
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', onHide);
      for (const type of INPUT) window.removeEventListener(type, onInput);
    };
  }, [slug]);
  return null;
}
