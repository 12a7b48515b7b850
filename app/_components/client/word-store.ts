'use client';
/**
 * The client store for the learner's memory (known / learning / ignored words and the HSK
 * colouring toggle), in the local-store pattern: absent, corrupt or foreign data is an empty
 * memory, a storage that throws keeps the memory in this page view, and changes made in other
 * tabs are followed.
 */
import {
  LEARNER_STORAGE_KEY,
  emptyState,
  mergeStates,
  parseLearnerState,
  setStatus,
  stateFromStorage,
  type ImportProblem,
  type LearnerState,
  type WordContext,
  type WordStatus,
} from '@/lib/learner/state';
import { createLocalStore } from './local-store';

const SERVER_STATE = emptyState();
const store = createLocalStore<LearnerState>(LEARNER_STORAGE_KEY, stateFromStorage, SERVER_STATE);
const commit = store.set;

export function useLearner(): LearnerState {
  return store.use();
}

/** True for the placeholder rendered before hydration, which must not be mirrored onto the page. */
export function isServerSnapshot(state: LearnerState): boolean {
  return store.isServerValue(state);
}

export function getLearner(): LearnerState {
  return store.get();
}

/** Sets a word's status; the same status again clears it (the buttons are toggles). */
export function toggleStatus(word: string, status: WordStatus, context?: WordContext): void {
  const state = store.get();
  const next = state.words[word]?.status === status ? null : status;
  commit(setStatus(state, word, next, new Date(), context));
}

export function clearWord(word: string): void {
  commit(setStatus(store.get(), word, null, new Date()));
}

export function setHskColour(on: boolean): void {
  const state = store.get();
  commit({ ...state, prefs: { ...state.prefs, hskColour: on } });
}

/** Imports a learner file; on any problem the current memory is kept untouched. */
export function importLearnerFile(text: string): { ok: true; words: number } | { ok: false; problem: ImportProblem } {
  const result = parseLearnerState(text);
  if (!result.ok) return result;
  commit(mergeStates(store.get(), result.state));
  return { ok: true, words: Object.keys(result.state.words).length };
}
