'use client';
/**
 * The one client store for the learner's memory (known / learning / ignored words and the HSK
 * colouring toggle). It reads localStorage once, treats absent, corrupt or foreign data as an
 * empty memory, survives a storage that throws (private mode, quota) by keeping the memory in
 * this page view, and follows changes made in other tabs through the `storage` event.
 */
import { useSyncExternalStore } from 'react';
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

const SERVER_STATE = emptyState();
let current: LearnerState | null = null;
const listeners = new Set<() => void>();

function read(): LearnerState {
  let text: string | null = null;
  try {
    text = window.localStorage.getItem(LEARNER_STORAGE_KEY);
  } catch {
    text = null;
  }
  return stateFromStorage(text);
}

function load(): LearnerState {
  current ??= read();
  return current;
}

function commit(next: LearnerState): void {
  current = next;
  try {
    window.localStorage.setItem(LEARNER_STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Storage unavailable: the memory holds for this page view only.
  }
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key !== LEARNER_STORAGE_KEY) return;
    current = read();
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useLearner(): LearnerState {
  return useSyncExternalStore(subscribe, load, () => SERVER_STATE);
}

/** True for the placeholder rendered before hydration, which must not be mirrored onto the page. */
export function isServerSnapshot(state: LearnerState): boolean {
  return state === SERVER_STATE;
}

export function getLearner(): LearnerState {
  return load();
}

/** Sets a word's status; the same status again clears it (the buttons are toggles). */
export function toggleStatus(word: string, status: WordStatus, context?: WordContext): void {
  const state = load();
  const next = state.words[word]?.status === status ? null : status;
  commit(setStatus(state, word, next, new Date(), context));
}

export function clearWord(word: string): void {
  commit(setStatus(load(), word, null, new Date()));
}

export function setHskColour(on: boolean): void {
  const state = load();
  commit({ ...state, prefs: { ...state.prefs, hskColour: on } });
}

/** Imports a learner file; on any problem the current memory is kept untouched. */
export function importLearnerFile(text: string): { ok: true; words: number } | { ok: false; problem: ImportProblem } {
  const result = parseLearnerState(text);
  if (!result.ok) return result;
  commit(mergeStates(load(), result.state));
  return { ok: true, words: Object.keys(result.state.words).length };
}
