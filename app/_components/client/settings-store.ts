'use client';
/**
 * The one client store for reader settings. It reads localStorage once, falls back to defaults on
 * anything odd, mirrors every setting onto <html data-…> (which the CSS reads), and survives a
 * storage that throws (private mode, quota) by keeping settings in memory.
 */
import { useSyncExternalStore } from 'react';
import { DEFAULT_SETTINGS, STORAGE_KEY, settingsFromQuery, settingsFromStorage, type Settings } from '@/lib/settings';

let current: Settings | null = null;
/** What the learner saved; URL overrides (assignment links) are applied on top but never saved. */
let saved: Settings | null = null;
const listeners = new Set<() => void>();

function load(): Settings {
  if (current) return current;
  let text: string | null = null;
  try {
    text = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    text = null;
  }
  saved = settingsFromStorage(text);
  current = { ...saved, ...settingsFromQuery(window.location.search) };
  return current;
}

function apply(settings: Settings): void {
  const root = document.documentElement;
  for (const [name, value] of Object.entries(settings)) root.setAttribute(`data-${name}`, String(value));
}

export function updateSettings(patch: Partial<Settings>): void {
  current = { ...load(), ...patch };
  saved = { ...(saved ?? DEFAULT_SETTINGS), ...patch };
  apply(current);
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
  } catch {
    // Storage unavailable: the setting holds for this page view only.
  }
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSettings(): Settings {
  return useSyncExternalStore(subscribe, load, () => DEFAULT_SETTINGS);
}
