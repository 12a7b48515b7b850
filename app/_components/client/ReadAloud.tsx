'use client';
/**
 * Read-aloud controls: a bar (play the article, pause/resume, stop, speed) and a small play button
 * per paragraph. Without speech synthesis or without a Chinese voice the controls are disabled
 * and say why, instead of failing silently.
 */
import { useT } from './I18nProvider';
import { RATES, pauseOrResume, sentenceIds, setRate, speak, stop, useSpeech, type SpeechState } from './speech';

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
          onClick={() => speak(sentenceIds())}
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

/** The play button beside one paragraph. */
export function ReadParagraph({ p }: { p: number }) {
  const { t } = useT();
  const state = useSpeech();
  const why = reason(state, t);
  const label = why ?? t('learner.readParagraph');
  return (
    <button
      type="button"
      className="read-p"
      aria-label={label}
      title={label}
      disabled={state.availability !== 'ready'}
      data-testid={`read-p-${p}`}
      onClick={() => speak(sentenceIds(p))}
    >
      ▶
    </button>
  );
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
        if (id) speak([id]);
      }}
    >
      ▶ {why ?? t('learner.readSentence')}
    </button>
  );
}
