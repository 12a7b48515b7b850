'use client';
/**
 * The learner's buttons inside the word popover: known, learning, ignore (toggles), and read the
 * sentence aloud. The word's context (sentence, sense, level) is read from the page when a button
 * is pressed, so a learning word keeps the sentence it was met in.
 */
import { useT } from './I18nProvider';
import type { WordInfo } from '@/lib/annotate/types';
import { WORD_STATUSES, type WordStatus } from '@/lib/learner/state';
import { contextFor } from './page-words';
import { ReadSentence } from './ReadAloud';
import { toggleStatus, useLearner } from './word-store';

/** The word the popover is open on (WordPopover marks it with aria-describedby). */
function anchor(): HTMLElement | null {
  return document.querySelector<HTMLElement>('#article ruby.w[aria-describedby="word-popover"]');
}

export const STATUS_LABEL = {
  known: 'learner.known',
  learning: 'learner.learning',
  ignored: 'learner.ignored',
} as const;

/** Marks the word under `el` (toggle), saving its context from the page. */
export function markWord(el: HTMLElement, status: WordStatus, info: WordInfo | undefined): void {
  const word = el.dataset.w;
  if (!word) return;
  toggleStatus(word, status, contextFor(el, info));
}

export function WordActions({ data }: { data: WordInfo }) {
  const { t } = useT();
  const state = useLearner();
  const status = state.words[data.word]?.status;
  return (
    <div className="word-actions" role="group" aria-label={t('learner.actions')} data-testid="word-actions">
      {WORD_STATUSES.map((s) => (
        <button
          key={s}
          type="button"
          className={`toggle status-${s}`}
          aria-pressed={status === s}
          data-status={s}
          onClick={() => {
            const el = anchor();
            if (el) markWord(el, s, data);
            else toggleStatus(data.word, s);
          }}
        >
          {t(STATUS_LABEL[s])}
        </button>
      ))}
      <ReadSentence sentence={() => anchor()?.closest<HTMLElement>('span.s[data-s]')?.dataset.s ?? ''} />
    </div>
  );
}
