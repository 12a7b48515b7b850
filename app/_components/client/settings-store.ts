'use client';
/**
 * The client store for reader settings (the local-store pattern). Anything odd in storage gives
 * the defaults, field by field (lib/settings). Every setting is mirrored onto <html data-…>, which
 * the CSS reads. What the page shows is the learner's saved settings with any assignment-link URL
 * parameters on top; only what the learner chose is ever written, so an assignment link never
 * overwrites a learner's own settings.
 */
import { DEFAULT_SETTINGS, STORAGE_KEY, settingsFromQuery, settingsFromStorage, type Settings } from '@/lib/settings';
import { createLocalStore } from './local-store';

const saved = createLocalStore<Settings>(STORAGE_KEY, settingsFromStorage, DEFAULT_SETTINGS);

/** The shown settings, derived once per saved value (so React sees a stable snapshot). */
let shown: { from: Settings; settings: Settings } | null = null;
function showing(from: Settings): Settings {
  if (saved.isServerValue(from)) return from;
  if (shown?.from !== from) {
    // A new saved value not set by updateSettings (another tab saved): show it on <html> too.
    shown = { from, settings: { ...from, ...settingsFromQuery(window.location.search) } };
    apply(shown.settings);
  }
  return shown.settings;
}

function apply(settings: Settings): void {
  const root = document.documentElement;
  for (const [name, value] of Object.entries(settings)) root.setAttribute(`data-${name}`, String(value));
}

export function updateSettings(patch: Partial<Settings>): void {
  const before = showing(saved.get());
  saved.set({ ...saved.get(), ...patch });
  // The URL's parameters stay on top, except the ones the learner just changed.
  const next = { ...before, ...patch };
  shown = { from: saved.get(), settings: next };
  apply(next);
}

export function useSettings(): Settings {
  return showing(saved.use());
}

/** True once reading or writing localStorage has failed in this page view. */
export const useStorageFailed = saved.useFailed;

/** The settings in force, outside React (event handlers, exports). */
export function getSettings(): Settings {
  return showing(saved.get());
}
