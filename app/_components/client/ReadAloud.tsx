'use client';
/**
 * Read-aloud controls: a bar (play the article, pause/resume, stop, speed) and a small play button
 * per paragraph. Without speech synthesis or without a Chinese voice the controls are disabled
 * and say why, instead of failing silently.
 */
import { useT } from './I18nProvider';
import { useEffect } from 'react';
import { ARTICLE_ID, READ_PARAGRAPH_ATTR, READ_PARAGRAPH_CLASS } from '@/lib/dom/contract';
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

export function ReadAloudBar() {
  const { t } = useT();
  const state = useSpeech();
  const why = reason(state, t);
  const ready = state.availability === 'ready';
  const reading = state.current !== null;
  return (
    <div className="read-aloud" data-testid="read-aloud">
      {why ? (
        <button type="button" className="toggle" disabled data-testid="read-unavailable">
          {why}
        </button>
      ) : reading ? (
        <>
          <button type="button" className="toggle" aria-pressed={state.paused} onClick={pauseOrResume}>
            {state.paused ? t('learner.resume') : t('learner.pause')}
          </button>
          <button type="button" className="toggle" onClick={stop}>
            {t('learner.stop')}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="toggle"
          disabled={!ready}
          data-testid="read-article"
          onClick={() => speakArticle()}
        >
          ▶ {t('learner.readArticle')}
        </button>
      )}
      {ready ? (
        <label className="rate">
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
      ) : null}
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
      if (b && Number.isInteger(p)) speakArticle(p);
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
