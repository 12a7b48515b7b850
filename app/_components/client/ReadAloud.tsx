'use client';
/**
 * Read-aloud controls: the reading bar's item (read the article from where the reader is,
 * pause/resume, stop), the speed in the settings panel, and a small play button per paragraph.
 * Without speech synthesis or without a Chinese voice the controls are disabled and say why,
 * instead of failing silently.
 */
import { useT } from './I18nProvider';
import { BarLabel } from './BarLabel';
import { RATES, pauseOrResume, sentenceIds, setRate, speak, stop, useSpeech, type SpeechState } from './speech';

function reason(state: SpeechState, t: ReturnType<typeof useT>['t']): string | null {
  if (state.availability === 'unsupported') return t('learner.noSpeech');
  if (state.availability === 'noVoice') return t('learner.noVoice');
  return null;
}

/** The paragraph at the top of the screen, so "Read aloud" starts where the reader is. */
function firstParagraphOnScreen(): number {
  for (const el of document.querySelectorAll<HTMLElement>('#article [data-p]')) {
    if (el.getBoundingClientRect().bottom > 0) return Number(el.dataset.p ?? 0);
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
      onClick={() => {
        const from = firstParagraphOnScreen();
        speak(sentenceIds().filter((id) => Number(id.split('.')[0]) >= from));
      }}
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
