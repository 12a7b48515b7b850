'use client';
/**
 * The word popover: one client leaf for the whole article, wired by event delegation. It reads the
 * word from the <ruby data-w> that was hovered, tapped or focused and the article's dictionary
 * subset from its JSON island; it never loads a dictionary of its own.
 *   mouse: hover opens, leaving closes · touch/click: tap toggles · keyboard: focus or Enter/Space
 *   opens, Esc closes, arrow keys move word to word (roving tabindex).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WordInfo } from '@/lib/annotate/types';
import type { Lang } from '@/lib/i18n';
import { formatReading } from '@/lib/pinyin/syllable';
import { WordActions } from './WordActions'; // learner (issue 5)

type Open = { el: HTMLElement; word: string; pinned: boolean };

const MARGIN = 8;

type Dict = Record<string, WordInfo>;

/** The article's dictionary subset, fetched once per page (a static JSON file next to the page). */
const pending = new Map<string, Promise<Dict>>();
function fetchDictionary(url: string): Promise<Dict> {
  let p = pending.get(url);
  if (!p) {
    p = fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<Dict>) : {}))
      .catch(() => ({}));
    pending.set(url, p);
  }
  return p;
}

function wordOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? (target.closest('ruby.w') as HTMLElement | null) : null;
}

export function WordPopover({ lang, dictUrl }: { lang: Lang; dictUrl: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open | null>(null);
  const [dict, setDict] = useState<Dict | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const hideTimer = useRef<number | undefined>(undefined);

  // Fetched when the browser is idle after load, so the first popover opens at once.
  useEffect(() => {
    let live = true;
    const load = () => void fetchDictionary(dictUrl).then((d) => live && setDict(d));
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200));
    idle(load);
    return () => {
      live = false;
    };
  }, [dictUrl]);

  const info = useCallback((word: string): WordInfo | undefined => dict?.[word], [dict]);

  const show = useCallback((el: HTMLElement, pinned: boolean) => {
    window.clearTimeout(hideTimer.current);
    const word = el.dataset.w;
    if (word) setOpen({ el, word, pinned });
  }, []);
  const close = useCallback(() => setOpen(null), []);

  useEffect(() => {
    const root = document.getElementById('article');
    if (!root) return undefined;
    const words = () => Array.from(root.querySelectorAll<HTMLElement>('ruby.w'));
    const onOver = (e: PointerEvent) => {
      if (e.pointerType !== 'mouse') return;
      const el = wordOf(e.target);
      if (el) show(el, false);
    };
    const onOut = (e: PointerEvent) => {
      if (e.pointerType !== 'mouse' || !wordOf(e.target)) return;
      hideTimer.current = window.setTimeout(() => setOpen((o) => (o?.pinned ? o : null)), 250);
    };
    const onClick = (e: MouseEvent) => {
      const el = wordOf(e.target);
      if (!el) return;
      setOpen((o) => (o?.el === el && o.pinned ? null : { el, word: el.dataset.w ?? '', pinned: true }));
    };
    const onFocus = (e: FocusEvent) => {
      const el = wordOf(e.target);
      if (el) show(el, false);
    };
    const onKey = (e: KeyboardEvent) => {
      const el = wordOf(e.target);
      if (e.key === 'Escape') {
        setOpen(null);
        return;
      }
      if (!el) return;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        show(el, true);
        return;
      }
      const step =
        e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
      if (step === 0) return;
      e.preventDefault();
      const list = words();
      const next = list[list.indexOf(el) + step];
      if (next) {
        el.tabIndex = -1;
        next.tabIndex = 0;
        next.focus();
      }
    };
    root.addEventListener('pointerover', onOver);
    root.addEventListener('pointerout', onOut);
    root.addEventListener('click', onClick);
    root.addEventListener('focusin', onFocus);
    root.addEventListener('keydown', onKey);
    const onDocKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(null);
    };
    document.addEventListener('keydown', onDocKey);
    return () => {
      root.removeEventListener('pointerover', onOver);
      root.removeEventListener('pointerout', onOut);
      root.removeEventListener('click', onClick);
      root.removeEventListener('focusin', onFocus);
      root.removeEventListener('keydown', onKey);
      document.removeEventListener('keydown', onDocKey);
    };
  }, [show]);

  // Closing on a tap outside, for touch screens.
  useEffect(() => {
    if (!open?.pinned) return undefined;
    const onDown = (e: PointerEvent) => {
      if (!(e.target instanceof Node)) return;
      if (box.current?.contains(e.target) || open.el.contains(e.target)) return;
      setOpen(null);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  // Place the box below the word (above when there is no room), inside the viewport, never over it.
  useLayoutEffect(() => {
    const el = box.current;
    if (!open || !el) return;
    const r = open.el.getBoundingClientRect();
    const w = el.offsetWidth;
    const h = el.offsetHeight;
    const vw = document.documentElement.clientWidth;
    const vh = window.innerHeight;
    const below = r.bottom + MARGIN + h <= vh || r.top - MARGIN - h < 0;
    const top = below ? r.bottom + MARGIN : r.top - MARGIN - h;
    const left = Math.min(Math.max(MARGIN, r.left + r.width / 2 - w / 2), Math.max(MARGIN, vw - w - MARGIN));
    el.style.top = `${Math.round(top + window.scrollY)}px`;
    el.style.left = `${Math.round(left + window.scrollX)}px`;
    open.el.setAttribute('aria-describedby', 'word-popover');
    const anchor = open.el;
    return () => anchor.removeAttribute('aria-describedby');
  }, [open]);

  const data = open ? info(open.word) : undefined;
  return (
    <div
      id="word-popover"
      ref={box}
      role="tooltip"
      className="popover"
      hidden={!open || !data}
      onPointerEnter={() => window.clearTimeout(hideTimer.current)}
      onPointerLeave={() => setOpen((o) => (o?.pinned ? o : null))}
      data-lang={lang}
    >
      {open && data ? (
        <Entry data={data} pinyin={open.el.dataset.py ?? ''} lookup={info} t={t} onClose={close} />
      ) : null}
    </div>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

function Entry({
  data,
  pinyin,
  lookup,
  t,
  onClose,
}: {
  data: WordInfo;
  pinyin: string;
  lookup: (w: string) => WordInfo | undefined;
  t: T;
  onClose: () => void;
}) {
  const chars = Array.from(data.word);
  const shown = pinyin ? formatReading(pinyin.split(' '), 'marks') : '';
  const alternatives = data.readings
    .map((r) => formatReading(r.pinyin, 'marks'))
    .filter((p, i, all) => p.toLowerCase() !== shown.toLowerCase() && all.indexOf(p) === i);
  return (
    <div className="entry">
      <div className="entry-head">
        <span lang="zh-Hans" className="entry-word">
          {data.word}
        </span>
        <span className="entry-pinyin">{shown}</span>
        {data.hsk ? <span className="badge">{t('popover.hsk', { level: data.hsk })}</span> : null}
        <button type="button" className="close" aria-label={t('popover.close')} onClick={onClose}>
          ×
        </button>
      </div>
      {data.glossary ? (
        <div className="sense-article" data-testid="sense-article">
          <span className="label">{t('popover.inArticle')}</span>
          <span lang="en">{data.glossary.sense}</span>
          {data.glossary.note ? (
            <span lang="en" className="note">
              {data.glossary.note}
            </span>
          ) : null}
        </div>
      ) : null}
      {data.readings.length > 0 ? (
        <div className="senses">
          <span className="label">{data.gloss === 'name' ? t('popover.name') : t('popover.dictionary')}</span>
          <ol>
            {data.readings.slice(0, 4).map((r, i) => (
              <li key={i}>
                <span className="r-pinyin">{formatReading(r.pinyin, 'marks')}</span>{' '}
                <span lang="en">{r.senses.slice(0, 4).join('; ')}</span>
              </li>
            ))}
          </ol>
        </div>
      ) : data.parts ? (
        <div className="senses">
          <span className="label">{t('popover.composed')}</span>
          <ul>
            {data.parts.map((p, i) => {
              const part = lookup(p);
              return (
                <li key={i}>
                  <span lang="zh-Hans">{p}</span>{' '}
                  <span lang="en">{part?.readings[0]?.senses.slice(0, 2).join('; ') ?? ''}</span>
                </li>
              );
            })}
          </ul>
        </div>
      ) : !data.glossary ? (
        <p className="senses">{t('popover.noEntry')}</p>
      ) : null}
      {alternatives.length > 0 && data.readings.length > 1 ? (
        <p className="alts">
          <span className="label">{t('popover.alternatives')}</span> {alternatives.join(' · ')}
        </p>
      ) : null}
      {chars.length > 1 ? (
        <div className="chars">
          <span className="label">{t('popover.characters')}</span>
          <ul>
            {chars.map((c, i) => {
              const ci = lookup(c);
              // The character as read in this word (行 in 银行 is háng), else its first reading.
              const syllable = (pinyin.split(' ')[i] ?? '').toLowerCase();
              const r = ci?.readings.find((x) => (x.pinyin[0] ?? '').toLowerCase() === syllable) ?? ci?.readings[0];
              const shownSyllable = syllable ? formatReading([pinyin.split(' ')[i] ?? ''], 'marks') : '';
              return (
                <li key={i}>
                  <span lang="zh-Hans">{c}</span>{' '}
                  {r ? (
                    <>
                      <span className="r-pinyin">{shownSyllable || formatReading(r.pinyin, 'marks')}</span>{' '}
                      <span lang="en">{r.senses.slice(0, 2).join('; ')}</span>
                    </>
                  ) : (
                    <span className="r-pinyin">{shownSyllable}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <WordActions data={data} /> {/* learner (issue 5): known / learning / ignore, read the sentence */}
    </div>
  );
}
