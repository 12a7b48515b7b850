'use client';
/**
 * The learner's buttons inside the word popover: known, learning, ignore (toggles), and read the
 * sentence aloud. The word's context (sentence in the reader's script, the sense used there,
 * level) comes from the article's data file, so a learning word keeps the sentence it was met in.
 */
import { useT } from './I18nProvider';
import { WORD_STATUSES, type WordStatus } from '@/lib/learner/state';
import { contextFor, type PageWord } from './article-data';
import { ReadSentence } from './ReadAloud';
import { getSettings } from './settings-store';
import { toggleStatus, useLearner } from './word-store';

export const STATUS_LABEL = {
  known: 'learner.known',
  learning: 'learner.learning',
  ignored: 'learner.ignored',
} as const;

/** Marks a word (toggle), saving where it was met. */
export function markWord(w: PageWord, status: WordStatus): void {
  toggleStatus(w.entry.word, status, contextFor(w, getSettings().script));
}

export function WordActions({ w }: { w: PageWord }) {
  const { t } = useT();
  const state = useLearner();
  const status = state.words[w.entry.word]?.status;
  const sentence = w.sentence?.id === 't' ? '' : (w.sentence?.id ?? '');
  return (
    <div className="word-actions" role="group" aria-label={t('learner.actions')} data-testid="word-actions">
      {WORD_STATUSES.map((s) => (
        <button
          key={s}
          type="button"
          className={`toggle status-${s}`}
          aria-pressed={status === s}
          data-status={s}
          onClick={() => markWord(w, s)}
        >
          {t(STATUS_LABEL[s])}
        </button>
      ))}
      <ReadSentence sentence={() => sentence} />
    </div>
  );
}
