'use client';
/** The client store for reading positions (the local-store pattern; lib/settings/position). */
import {
  POSITION_KEY,
  positionsFromStorage,
  withPosition,
  type Positions,
  type ReadingPosition,
} from '@/lib/settings/position';
import { createLocalStore } from './local-store';

const SERVER: Positions = {};
const store = createLocalStore<Positions>(POSITION_KEY, positionsFromStorage, SERVER);

export function getPosition(slug: string): ReadingPosition | undefined {
  return store.get()[slug];
}

export function savePosition(slug: string, p: number, f: number, finished: boolean): void {
  const before = store.get()[slug];
  if (before && before.p === p && Math.abs(before.f - f) < 0.02 && before.finished === (before.finished || finished))
    return;
  store.set(withPosition(store.get(), slug, { p, f: Math.round(f * 100) / 100, finished, at: Date.now() }));
}

export const usePositions = store.use;
