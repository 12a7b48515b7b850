'use client';
/**
 * The one client store for reader settings. It reads localStorage once, falls back to defaults on
 * anything odd, mirrors every setting onto <html data-…> (which the CSS reads), and survives a
 * storage that throws (private mode, quota, a blocked or missing localStorage) by keeping settings
 * in memory for this page view. It also remembers that storage failed, so the toolbar can say so
 * once instead of letting a reader wonder why their settings vanish.
 */
import { useSyncExternalStore } from 'react';
import { DEFAULT_SETTINGS, STORAGE_KEY, settingsFromQuery, settingsFromStorage, type Settings } from '@/lib/settings';

/**
 * `settings` is what the page shows: the learner's saved settings with any assignment-link URL
 * parameters on top. `saved` is what the learner chose; only it is ever written to storage, so an
 * assignment link never overwrites a learner's own settings.
 */
type State = { settings: Settings; saved: Settings; storageFailed: boolean };

let current: State | null = null;
const listeners = new Set<() => void>();
const SERVER_STATE: State = { settings: DEFAULT_SETTINGS, saved: DEFAULT_SETTINGS, storageFailed: false };

function load(): State {
  if (current) return current;
  let text: string | null = null;
  let storageFailed = false;
  try {
    text = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Private mode, disabled cookies or a sandboxed frame: read nothing, save nothing.
    text = null;
    storageFailed = true;
  }
  const saved = settingsFromStorage(text);
  current = { settings: { ...saved, ...settingsFromQuery(window.location.search) }, saved, storageFailed };
  return current;
}

function apply(settings: Settings): void {
  const root = document.documentElement;
  for (const [name, value] of Object.entries(settings)) root.setAttribute(`data-${name}`, String(value));
}

function emit(): void {
  for (const l of listeners) l();
}

export function updateSettings(patch: Partial<Settings>): void {
  const before = load();
  const settings = { ...before.settings, ...patch };
  const saved = { ...before.saved, ...patch };
  apply(settings);
  let storageFailed = before.storageFailed;
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
  } catch {
    // Quota, private mode or a throwing setItem: the setting holds for this page view only.
    storageFailed = true;
  }
  current = { settings, saved, storageFailed };
  emit();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSettings(): Settings {
  return useSyncExternalStore(
    subscribe,
    () => load().settings,
    () => SERVER_STATE.settings,
  );
}

/** True once reading or writing localStorage has failed in this page view. */
export function useStorageFailed(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => load().storageFailed,
    () => false,
  );
}

/** The settings in force, outside React (event handlers, exports). */
export function getSettings(): Settings {
  return load().settings;
}
