'use client';
/**
 * Read-aloud controls: the reading bar's item (read the article from where the reader is,
 * pause/resume, stop), the speed in the settings panel, and a small play button per paragraph.
 * Without speech synthesis or without a Chinese voice the controls are disabled and say why,
 * instead of failing silently.
 */
import { useEffect } from 'react';
import { ARTICLE_ID, PARA_ATTR, READ_PARAGRAPH_ATTR, READ_PARAGRAPH_CLASS } from '@/lib/dom/contract';
import { useT } from './I18nProvider';
import { BarLabel } from './BarLabel';
import {
  RATES,
  pauseOrResume,
  setRate,
  speakArticle,
  speakSentence,
  stop,
  useSpeech,
  type SpeechState,
} from './speech';

function reason(state: SpeechState, t: ReturnType<typeof useT>['t']): string | null {
  if (state.availability === 'unsupported') return t('learner.noSpeech');
  if (state.availability === 'noVoice') return t('learner.noVoice');
  return null;
}

/** The paragraph at the top of the screen, so "Read aloud" starts where the reader is. */
function firstParagraphOnScreen(): number {
  for (const el of document.querySelectorAll<HTMLElement>(`#${ARTICLE_ID} [${PARA_ATTR}]`)) {
    if (el.getBoundingClientRect().bottom > 0) return Number(el.getAttribute(PARA_ATTR) ?? 0);
  }
  return 0;
}

/**
 * The bar's read-aloud item: reads the article from the paragraph on screen; while reading it is
 * Pause/Resume with a Stop beside it. Without a voice it is disabled and says why.
 */
export function ReadAloudControls() {
  const { t } = useT();
  const state = useSpeech();
  const why = reason(state, t);
  const reading = state.current !== null;
  if (why) {
    return (
      <button type="button" className="bar-item" disabled title={why} data-testid="read-unavailable">
        <BarLabel icon="▶" label={t('bar.listen')} />
        <span className="visually-hidden">{why}</span>
      </button>
    );
  }
  if (reading) {
    return (
      <>
        <button type="button" className="bar-item" aria-pressed={state.paused} onClick={pauseOrResume}>
          <BarLabel icon={state.paused ? '▶' : '❚❚'} label={state.paused ? t('learner.resume') : t('learner.pause')} />
        </button>
        <button type="button" className="bar-item" onClick={stop}>
          <BarLabel icon="■" label={t('learner.stop')} />
        </button>
      </>
    );
  }
  return (
    <button
      type="button"
      className="bar-item"
      disabled={state.availability !== 'ready'}
      data-testid="read-article"
      onClick={() => speakArticle({ from: firstParagraphOnScreen() })}
    >
      <BarLabel icon="▶" label={t('bar.listen')} />
    </button>
  );
}

/** The read-aloud speed, in the settings panel (only where the browser can read aloud). */
export function ReadAloudSpeed() {
  const { t } = useT();
  const state = useSpeech();
  if (state.availability !== 'ready') return null;
  return (
    <div className="setting rate">
      <label>
        {t('learner.rate')}
        <input
          type="range"
          min={RATES.min}
          max={RATES.max}
          step={RATES.step}
          value={state.rate}
          onChange={(e) => setRate(Number(e.currentTarget.value))}
        />
        <output>{state.rate.toFixed(1)}×</output>
      </label>
    </div>
  );
}

/**
 * The small play buttons beside the paragraphs, which the body renderer wrote (disabled, since the
 * static page cannot know the browser's voices): enabled or labelled with why not, and wired by
 * one delegated listener.
 */
export function ReadParagraphs() {
  const { t } = useT();
  const state = useSpeech();
  const why = reason(state, t);
  const ready = state.availability === 'ready';
  useEffect(() => {
    const label = why ?? t('learner.readParagraph');
    for (const b of document.querySelectorAll<HTMLButtonElement>(`#${ARTICLE_ID} .${READ_PARAGRAPH_CLASS}`)) {
      b.disabled = !ready;
      b.setAttribute('aria-label', label);
      b.title = label;
    }
  }, [why, ready, t]);
  useEffect(() => {
    const root = document.getElementById(ARTICLE_ID);
    if (!root) return undefined;
    const onClick = (e: MouseEvent) => {
      const b = e.target instanceof Element ? e.target.closest(`.${READ_PARAGRAPH_CLASS}`) : null;
      const p = Number(b?.getAttribute(READ_PARAGRAPH_ATTR));
      if (b && Number.isInteger(p)) speakArticle({ only: p });
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, []);
  return null;
}

/** Reads one sentence (from the word popover); the sentence is found when the button is pressed. */
export function ReadSentence({ sentence }: { sentence: () => string }) {
  const { t } = useT();
  const state = useSpeech();
  const why = reason(state, t);
  return (
    <button
      type="button"
      className="toggle"
      disabled={state.availability !== 'ready'}
      title={why ?? undefined}
      data-testid="read-sentence"
      onClick={() => {
        const id = sentence();
        if (id) speakSentence(id);
      }}
    >
      ▶ {why ?? t('learner.readSentence')}
    </button>
  );
}
