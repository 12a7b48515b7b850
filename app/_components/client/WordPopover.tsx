'use client';
/**
 * The word popover: one client leaf for the whole article, wired by event delegation on the
 * article element. What it shows of a word (the reading here, the sense used here, the senses and
 * characters) comes from the article's data file (lib/view/wire), paired with the word element
 * that was hovered, tapped or focused; it never reads text back out of the page.
 *   mouse: hover opens, leaving closes · touch/click: tap toggles · keyboard: focus opens (the box
 *   is the word's aria-description), Enter/Space opens it as a dialog and moves focus into it, Esc
 *   closes and gives focus back to the word, arrow keys move word to word (roving tabindex).
 * Opened by pointer, a short summary also goes to a polite live region, so a screen reader user
 * who taps a word hears what it means. The box shows the word as the page shows it (simplified or
 * traditional, tone marks, numbers or zhuyin): it reads the same settings store as the toolbar.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useT } from './I18nProvider';
import { ARTICLE_ID, EARLY_TAP_KEY, POPOVER_ID } from '@/lib/dom/contract';
import type { Lang } from '@/lib/i18n/resources';
import { formatReading, formatSyllable, toneOf, type ToneStyle } from '@/lib/pinyin/syllable';
import type { ArticleData } from '@/lib/view/wire';
import { useSettings } from './settings-store';
import { WordActions } from './WordActions'; // learner (issue 5)
import {
  fetchArticleData,
  pageWord,
  startPreloadedData,
  wordElementList,
  wordElementOf,
  type PageWord,
} from './article-data';
import { lightChineseAt, lightEnglish } from './word-links';

/** How it was opened: by pointer (hover/tap), by focusing the word, or by Enter/Space (a dialog). */
type Via = 'pointer' | 'focus' | 'key';
type Open = { el: HTMLElement; pinned: boolean; via: Via };

const MARGIN = 8;
const wordOf = wordElementOf;

// Before hydration: the data file is read while React is still starting (see startPreloadedData).
startPreloadedData();

export function WordPopover({ lang, dataUrl }: { lang: Lang; dataUrl: string }) {
  const { t } = useT();
  const [open, setOpen] = useState<Open | null>(null);
  const [data, setData] = useState<ArticleData | null>(null);
  const settings = useSettings();
  const box = useRef<HTMLDivElement>(null);
  const hideTimer = useRef<number | undefined>(undefined);

  // The page preloads the file (ArticleView), so this resolves from that response.
  useEffect(() => {
    let live = true;
    void fetchArticleData(dataUrl).then((d) => live && setData(d));
    return () => {
      live = false;
    };
  }, [dataUrl]);

  const show = useCallback((el: HTMLElement, pinned: boolean, via: Via) => {
    window.clearTimeout(hideTimer.current);
    setOpen({ el, pinned, via });
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
    const root = document.getElementById(ARTICLE_ID);
    if (!root) return undefined;
    const words = wordElementList;
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
      setOpen((o) => (o?.el === el && o.pinned && o.via === 'pointer' ? null : { el, pinned: true, via: 'pointer' }));
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
    // A word tapped before this code ran (see earlyTapScript) opens now.
    const early = (window as unknown as Record<string, unknown>)[EARLY_TAP_KEY];
    delete (window as unknown as Record<string, unknown>)[EARLY_TAP_KEY];
    // On the next frame, like any other tap: the event listeners above are in place by then.
    const frame =
      early instanceof HTMLElement && root.contains(early)
        ? window.requestAnimationFrame(() => show(early, true, 'pointer'))
        : 0;
    return () => {
      window.cancelAnimationFrame(frame);
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
    open.el.setAttribute('aria-describedby', POPOVER_ID);
    const anchor = open.el;
    return () => anchor.removeAttribute('aria-describedby');
  }, [open, data, settings]);

  const word = open && data ? pageWord(data, open.el) : null;
  const shown = word ? shownWord(word, settings.script === 'traditional') : null;

  // The English words this word's sense matched are lit while its box is open.
  useEffect(() => {
    lightEnglish(word);
    return () => lightEnglish(null);
  }, [word]);

  // Tapping an English word lights the Chinese words linked to it.
  useEffect(() => {
    const root = document.getElementById(ARTICLE_ID);
    if (!root || !data) return undefined;
    const onClick = (e: MouseEvent) => {
      if (e.target instanceof Element && e.target.closest('.en')) lightChineseAt(data, e.clientX, e.clientY);
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, [data]);

  // Enter/Space opened a dialog: move focus into it so its content is read and Tab reaches Close.
  useEffect(() => {
    if (open?.via === 'key' && word) box.current?.focus({ preventScroll: true });
  }, [open, word]);

  // A pointer opening is announced through the live region (focus openings use aria-describedby).
  const summary =
    open?.via === 'pointer' && word && shown
      ? [shown.word, formatReading(shown.pinyin, settings.tones), word.word.first].filter(Boolean).join(', ')
      : '';

  return (
    <>
      <div
        id={POPOVER_ID}
        ref={box}
        role="dialog"
        aria-label={t('popover.label')}
        tabIndex={-1}
        className="popover"
        hidden={!open || !word}
        onPointerEnter={() => window.clearTimeout(hideTimer.current)}
        onPointerLeave={() => setOpen((o) => (o?.pinned ? o : null))}
        data-lang={lang}
      >
        {open && word && shown ? <Entry w={word} shown={shown} style={settings.tones} t={t} onClose={close} /> : null}
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

function shownWord(w: PageWord, traditional: boolean): ShownWord {
  const { citation, spoken } = w.word;
  const same =
    spoken.length === citation.length && spoken.every((s, i) => s.toLowerCase() === citation[i]?.toLowerCase());
  return {
    word: traditional ? w.word.traditional || w.entry.traditional : w.entry.word,
    pinyin: citation,
    spoken: spoken.length > 0 && !same ? spoken : null,
    alternatives: w.word.alternatives,
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

/** Senses grouped by their reading, in the view's order, without the one already shown first. */
function senseGroups(w: PageWord): { pinyin: string[]; senses: string[] }[] {
  const groups: { pinyin: string[]; senses: string[] }[] = [];
  w.entry.senses.forEach((s, i) => {
    if (i === w.word.sense) return;
    const key = s.pinyin.join(' ');
    const last = groups[groups.length - 1];
    if (last && last.pinyin.join(' ') === key) last.senses.push(s.text);
    else groups.push({ pinyin: s.pinyin, senses: [s.text] });
  });
  return groups;
}

/**
 * The entry shown in the box. Sections, in order: head (word, reading, HSK), the sense used here
 * (the article's glossary, else the sense the view chose for this sentence), written vs said, the
 * other dictionary senses, uncertain readings, characters — then the learner's actions.
 */
function Entry({
  w,
  shown,
  style,
  t,
  onClose,
}: {
  w: PageWord;
  shown: ShownWord;
  style: ToneStyle;
  t: T;
  onClose: () => void;
}) {
  const { entry, word } = w;
  const lang = shown.word === entry.word ? 'zh-Hans' : 'zh-Hant';
  const traditional = lang === 'zh-Hant';
  const others = senseGroups(w);
  const usedHere = word.firstFrom !== 'glossary' && word.firstFrom !== 'composed' && word.first;
  return (
    <div className="entry">
      <div className="entry-head">
        <span lang={lang} className="entry-word" data-testid="entry-word">
          {shown.word}
        </span>
        <span className="entry-pinyin" data-testid="entry-pinyin">
          <Reading syllables={shown.pinyin} style={style} />
        </span>
        {entry.hsk ? <span className="badge">{t('popover.hsk', { level: entry.hsk })}</span> : null}
        <button type="button" className="close" aria-label={t('popover.close')} onClick={onClose}>
          ×
        </button>
      </div>
      {entry.glossary ? (
        <div className="sense-article" data-testid="sense-article">
          <span className="label">{t('popover.inArticle')}</span>
          <span lang="en">{entry.glossary.sense}</span>
          {entry.glossary.note ? (
            <span lang="en" className="note">
              {entry.glossary.note}
            </span>
          ) : null}
        </div>
      ) : usedHere ? (
        <div className="sense-article" data-testid="sense-here">
          <span className="label">{word.name ? t('popover.name') : t('popover.inSentence')}</span>
          <span lang="en">{word.first}</span>
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
      {others.length > 0 ? (
        <div className="senses">
          <span className="label">{t('popover.dictionary')}</span>
          <ol>
            {others.map((r, i) => (
              <li key={i}>
                <span className="r-pinyin">{formatReading(r.pinyin, style)}</span>{' '}
                <span lang="en">{r.senses.join('; ')}</span>
              </li>
            ))}
          </ol>
        </div>
      ) : entry.parts ? (
        <div className="senses">
          <span className="label">{t('popover.composed')}</span>
          <ul>
            {entry.parts.map((p, i) => (
              <li key={i}>
                <span lang="zh-Hans">{p.word}</span> <span lang="en">{p.sense}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : entry.kind === 'name' && !usedHere ? (
        <p className="senses">
          <span className="label">{t('popover.name')}</span>{' '}
          <span className="r-pinyin">{formatReading(shown.pinyin, style)}</span>
        </p>
      ) : entry.rare ? (
        <p className="senses">
          <span className="label">{t('popover.rare', { codePoint: entry.rare.codePoint })}</span>{' '}
          {shown.pinyin.length > 0 ? <span className="r-pinyin">{formatReading(shown.pinyin, style)}</span> : null}
        </p>
      ) : !entry.glossary && !usedHere ? (
        <p className="senses">{t('popover.noEntry')}</p>
      ) : null}
      {shown.alternatives.length > 0 ? (
        <p className="alts" data-testid="alternatives">
          <span className="label">{t('popover.uncertain')}</span>{' '}
          {shown.alternatives.map((a) => formatReading(a, style)).join(' · ')}
        </p>
      ) : null}
      {entry.chars && entry.chars.length > 1 ? (
        <div className="chars">
          <span className="label">{t('popover.characters')}</span>
          <ul>
            {entry.chars.map((c, i) => (
              <li key={i}>
                <span lang={lang}>{traditional ? c.traditional : c.char}</span>{' '}
                {c.pinyin ? (
                  <span className="r-pinyin">
                    <Reading syllables={[shown.pinyin[i] || c.pinyin]} style={style} />
                  </span>
                ) : null}{' '}
                {c.sense ? <span lang="en">{c.sense}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="entry-actions">
        <WordActions w={w} /> {/* learner (issue 5): known / learning / ignore, read the sentence */}
      </div>
    </div>
  );
}
