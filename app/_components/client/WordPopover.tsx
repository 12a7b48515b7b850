'use client';
/**
 * The word popover: one client leaf for the whole article, wired by event delegation. It reads the
 * word from the <ruby data-w> that was hovered, tapped or focused and the article's dictionary
 * subset from its JSON island; it never loads a dictionary of its own.
 *   mouse: hover opens, leaving closes · touch/click: tap toggles · keyboard: focus opens (the box
 *   is the word's aria-description), Enter/Space opens it as a dialog and moves focus into it, Esc
 *   closes and gives focus back to the word, arrow keys move word to word (roving tabindex).
 * Opened by pointer, a short summary also goes to a polite live region, so a screen reader user
 * who taps a word hears what it means. The box shows the word as the page shows it (simplified or
 * traditional, tone marks, numbers or zhuyin): it reads the same settings store as the toolbar.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useT } from './I18nProvider';
import type { WordInfo } from '@/lib/annotate/types';
import type { Lang } from '@/lib/i18n/resources';
import { formatReading, formatSyllable, toneOf, type ToneStyle } from '@/lib/pinyin/syllable';
import { useSettings } from './settings-store';
import { WordActions } from './WordActions'; // learner (issue 5)
import { fetchDictionary, type Dict } from './page-words';

/** How it was opened: by pointer (hover/tap), by focusing the word, or by Enter/Space (a dialog). */
type Via = 'pointer' | 'focus' | 'key';
type Open = { el: HTMLElement; word: string; pinned: boolean; via: Via };

const MARGIN = 8;

function wordOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? (target.closest('ruby.w') as HTMLElement | null) : null;
}

export function WordPopover({ lang, dictUrl }: { lang: Lang; dictUrl: string }) {
  const { t } = useT();
  const [open, setOpen] = useState<Open | null>(null);
  const [dict, setDict] = useState<Dict | null>(null);
  const settings = useSettings();
  const box = useRef<HTMLDivElement>(null);
  const hideTimer = useRef<number | undefined>(undefined);

  // Fetched when the browser is idle after load, so the first popover opens at once.
  useEffect(() => {
    let live = true;
    const load = () => void fetchDictionary(dictUrl).then((d) => live && setDict(d));
    // With a deadline: on a busy page the browser may never be idle before the first word is opened.
    if (window.requestIdleCallback) window.requestIdleCallback(load, { timeout: 1500 });
    else window.setTimeout(load, 200);
    return () => {
      live = false;
    };
  }, [dictUrl]);

  const info = useCallback((word: string): WordInfo | undefined => dict?.[word], [dict]);

  const show = useCallback((el: HTMLElement, pinned: boolean, via: Via) => {
    window.clearTimeout(hideTimer.current);
    const word = el.dataset.w;
    if (word) setOpen({ el, word, pinned, via });
  }, []);
  // Closing a dialog opened from the keyboard hands focus back to its word (without reopening it).
  const openRef = useRef<Open | null>(null);
  useEffect(() => {
    openRef.current = open;
  }, [open]);
  const skipFocusOpen = useRef(false);
  const close = useCallback(() => {
    const o = openRef.current;
    setOpen(null);
    if (o?.via === 'key' && box.current?.contains(document.activeElement)) {
      skipFocusOpen.current = true;
      o.el.focus({ preventScroll: true });
    }
  }, []);

  useEffect(() => {
    const root = document.getElementById('article');
    if (!root) return undefined;
    const words = () => Array.from(root.querySelectorAll<HTMLElement>('ruby.w'));
    const onOver = (e: PointerEvent) => {
      if (e.pointerType !== 'mouse') return;
      const el = wordOf(e.target);
      if (el) show(el, false, 'pointer');
    };
    const onOut = (e: PointerEvent) => {
      if (e.pointerType !== 'mouse' || !wordOf(e.target)) return;
      hideTimer.current = window.setTimeout(() => setOpen((o) => (o?.pinned ? o : null)), 250);
    };
    const onClick = (e: MouseEvent) => {
      const el = wordOf(e.target);
      if (!el) return;
      setOpen((o) =>
        o?.el === el && o.pinned && o.via === 'pointer'
          ? null
          : { el, word: el.dataset.w ?? '', pinned: true, via: 'pointer' },
      );
    };
    const onFocus = (e: FocusEvent) => {
      const el = wordOf(e.target);
      if (skipFocusOpen.current) {
        skipFocusOpen.current = false;
        return;
      }
      if (el) show(el, false, 'focus');
    };
    const onKey = (e: KeyboardEvent) => {
      const el = wordOf(e.target);
      if (e.key === 'Escape') {
        close();
        return;
      }
      if (!el) return;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        show(el, true, 'key');
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
      if (e.key === 'Escape') close();
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
  }, [show, close]);

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
  }, [open, dict, settings]);

  const data = open ? info(open.word) : undefined;
  const shown = open && data ? shownWord(open.el, data, settings.script === 'traditional') : null;

  // Enter/Space opened a dialog: move focus into it so its content is read and Tab reaches Close.
  useEffect(() => {
    if (open?.via === 'key' && data) box.current?.focus({ preventScroll: true });
  }, [open, data]);

  // A pointer opening is announced through the live region (focus openings use aria-describedby).
  const summary =
    open?.via === 'pointer' && data && shown
      ? [
          shown.word,
          formatReading(shown.pinyin, settings.tones),
          data.glossary?.sense ?? data.readings[0]?.senses.slice(0, 2).join('; ') ?? '',
        ]
          .filter(Boolean)
          .join(', ')
      : '';

  return (
    <>
      <div
        id="word-popover"
        ref={box}
        role="dialog"
        aria-label={t('popover.label')}
        tabIndex={-1}
        className="popover"
        hidden={!open || !data}
        onPointerEnter={() => window.clearTimeout(hideTimer.current)}
        onPointerLeave={() => setOpen((o) => (o?.pinned ? o : null))}
        data-lang={lang}
      >
        {open && data && shown ? (
          <Entry data={data} shown={shown} style={settings.tones} lookup={info} t={t} onClose={close} />
        ) : null}
      </div>
      <div className="visually-hidden" aria-live="polite" data-testid="popover-live">
        {summary}
      </div>
    </>
  );
}

/** The word as the page shows it: its spelling (simplified or traditional) and its readings. */
export type ShownWord = {
  /** The headword in the script on screen. */
  word: string;
  /** Numbered syllables as written in the dictionary. */
  pinyin: string[];
  /** Numbered syllables as said, when any differ from the written ones. */
  spoken: string[] | null;
  /** Other readings the word could have here, when the choice was uncertain. */
  alternatives: string[][];
};

function shownWord(el: HTMLElement, data: WordInfo, traditional: boolean): ShownWord {
  const split = (s: string | undefined) => (s ? s.split(' ').filter(Boolean) : []);
  const pinyin = split(el.dataset.py);
  // data-sp is only present where the spoken tones differ from the written ones.
  const spoken = split(el.dataset.sp ?? el.dataset.py);
  const same = spoken.length === pinyin.length && spoken.every((s, i) => s.toLowerCase() === pinyin[i]?.toLowerCase());
  return {
    // The traditional spelling is on the page only where it differs (see Tokens).
    word: traditional ? (el.querySelector('.ht')?.textContent ?? data.word) : data.word,
    pinyin,
    spoken: spoken.length > 0 && !same ? spoken : null,
    alternatives: (el.dataset.alt ?? '')
      .split('|')
      .map(split)
      .filter((a) => a.length > 0),
  };
}

/** A reading with one span per syllable, so tone colours (CSS) apply as on the page. */
function Reading({ syllables, style }: { syllables: readonly string[]; style: ToneStyle }) {
  return (
    <span className="tone-c">
      {syllables.map((s, i) => (
        <span key={i} className={`t${toneOf(s)}`}>
          {i > 0 ? ' ' : ''}
          {formatSyllable(s, style)}
        </span>
      ))}
    </span>
  );
}

type T = ReturnType<typeof useT>['t'];

/**
 * The entry shown in the box. Sections, in order: head (word, reading, HSK), the sense used in
 * this article, written vs said, dictionary senses, uncertain readings, characters — then the
 * actions slot at the end, where word actions (known/learning, read aloud) plug in.
 */
function Entry({
  data,
  shown,
  style,
  lookup,
  t,
  onClose,
}: {
  data: WordInfo;
  shown: ShownWord;
  style: ToneStyle;
  lookup: (w: string) => WordInfo | undefined;
  t: T;
  onClose: () => void;
}) {
  const simplifiedChars = Array.from(data.word);
  const shownChars = Array.from(shown.word);
  const chars = shownChars.length === simplifiedChars.length ? shownChars : simplifiedChars;
  const lang = shown.word === data.word ? 'zh-Hans' : 'zh-Hant';
  return (
    <div className="entry">
      <div className="entry-head">
        <span lang={lang} className="entry-word" data-testid="entry-word">
          {shown.word}
        </span>
        <span className="entry-pinyin" data-testid="entry-pinyin">
          <Reading syllables={shown.pinyin} style={style} />
        </span>
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
      {shown.spoken ? (
        <p className="spoken-line" data-testid="spoken-line">
          <span className="label">
            {t('popover.written')} → {t('popover.spoken')}
          </span>
          <Reading syllables={shown.pinyin} style={style} /> → <Reading syllables={shown.spoken} style={style} />
        </p>
      ) : null}
      {data.readings.length > 0 ? (
        <div className="senses">
          <span className="label">{data.gloss === 'name' ? t('popover.name') : t('popover.dictionary')}</span>
          <ol>
            {data.readings.slice(0, 4).map((r, i) => (
              <li key={i}>
                <span className="r-pinyin">{formatReading(r.pinyin, style)}</span>{' '}
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
      ) : data.name ? (
        <p className="senses">
          <span className="label">{t('popover.name')}</span>{' '}
          <span className="r-pinyin">{formatReading(data.name.pinyin, style)}</span>
        </p>
      ) : data.rare ? (
        <p className="senses">
          <span className="label">{t('popover.rare', { codePoint: data.rare.codePoint })}</span>{' '}
          {data.rare.pinyin ? <span className="r-pinyin">{formatReading([data.rare.pinyin], style)}</span> : null}
        </p>
      ) : !data.glossary ? (
        <p className="senses">{t('popover.noEntry')}</p>
      ) : null}
      {shown.alternatives.length > 0 ? (
        <p className="alts" data-testid="alternatives">
          <span className="label">{t('popover.uncertain')}</span>{' '}
          {shown.alternatives.map((a) => formatReading(a, style)).join(' · ')}
        </p>
      ) : null}
      {chars.length > 1 ? (
        <div className="chars">
          <span className="label">{t('popover.characters')}</span>
          <ul>
            {chars.map((c, i) => {
              // Looked up by the simplified character; shown as on the page.
              const ci = lookup(simplifiedChars[i] ?? c);
              // The character as read in this word (行 in 银行 is háng), else its first reading.
              const syllable = shown.pinyin[i] ?? '';
              const r =
                ci?.readings.find((x) => (x.pinyin[0] ?? '').toLowerCase() === syllable.toLowerCase()) ??
                ci?.readings[0];
              const reading = syllable ? [syllable] : (r?.pinyin ?? []);
              return (
                <li key={i}>
                  <span lang={lang}>{c}</span>{' '}
                  <span className="r-pinyin">
                    <Reading syllables={reading} style={style} />
                  </span>{' '}
                  {r ? <span lang="en">{r.senses.slice(0, 2).join('; ')}</span> : null}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <div className="entry-actions">
        <WordActions data={data} /> {/* learner (issue 5): known / learning / ignore, read the sentence */}
      </div>
    </div>
  );
}
