'use client';
/**
 * Keeps the reading position (position-store): coming back to an article scrolls to the paragraph
 * that was at the top of the screen, as far through it as it was; the article counts as finished
 * once its last paragraph has been on screen. A link to a sentence (#s-…) wins over the saved
 * place. No markup of its own.
 */
import { useEffect } from 'react';
import { getPosition, savePosition } from './position-store';

const paragraphs = () => Array.from(document.querySelectorAll<HTMLElement>('#article [data-p]'));

/** The paragraph at the top of the screen and how far through it that top is. */
function measure(): { p: number; f: number; finished: boolean } | null {
  const all = paragraphs();
  const last = all[all.length - 1];
  if (!last) return null;
  const finished = last.getBoundingClientRect().bottom <= window.innerHeight;
  for (const el of all) {
    const r = el.getBoundingClientRect();
    if (r.bottom > 0) {
      const f = r.top >= 0 || r.height === 0 ? 0 : Math.min(1, -r.top / r.height);
      return { p: Number(el.dataset.p ?? 0), f, finished };
    }
  }
  return { p: Number(last.dataset.p ?? 0), f: 1, finished };
}

function restore(slug: string): void {
  if (window.location.hash) return;
  const pos = getPosition(slug);
  if (!pos || (pos.p === 0 && pos.f === 0)) return;
  const el = document.querySelector<HTMLElement>(`#article [data-p="${pos.p}"]`);
  if (!el) return;
  const r = el.getBoundingClientRect();
  window.scrollTo({ top: window.scrollY + r.top + pos.f * r.height, behavior: 'instant' });
}

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
    // After the router's own scroll handling on a client-side navigation (which runs after this
    // effect), then follow the reader.
    frame = requestAnimationFrame(() => {
      restore(slug);
      window.addEventListener('scroll', onScroll, { passive: true });
    });
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [slug]);
  return null;
}
