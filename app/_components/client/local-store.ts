'use client';
/**
 * The one pattern for what the reader keeps in localStorage (settings, reading positions, the
 * learner's words): read once, parsed by the owner's own function (which turns absent, corrupt or
 * foreign data into its defaults, never an exception), written back whole on every change, kept
 * in memory for this page view when storage throws (private mode, quota, a blocked or missing
 * localStorage), and followed across tabs through the `storage` event. Each store remembers that
 * storage failed, so the page can say so once.
 */
import { useSyncExternalStore } from 'react';

export type LocalStore<T> = {
  /** The current value (read from storage on first use). */
  get(): T;
  /** Replaces the value, saves it and tells every subscriber. */
  set(next: T): void;
  /** React hook: the value, or `serverValue` while hydrating. */
  use(): T;
  /** React hook: true once reading or writing storage has failed in this page view. */
  useFailed(): boolean;
  /** True for the value rendered before hydration (nothing read from storage yet). */
  isServerValue(value: T): boolean;
};

export function createLocalStore<T>(key: string, parse: (text: string | null) => T, serverValue: T): LocalStore<T> {
  let current: T | undefined;
  let failed = false;
  const listeners = new Set<() => void>();

  const read = (): T => {
    try {
      return parse(window.localStorage.getItem(key));
    } catch {
      // Private mode, disabled cookies or a sandboxed frame: read nothing; later saves will fail too.
      failed = true;
      return parse(null);
    }
  };
  const get = (): T => {
    if (current === undefined) current = read();
    return current;
  };
  const emit = () => {
    for (const l of listeners) l();
  };
  // Another tab saved: take its value (the page follows, as after a change here).
  const onStorage = (e: StorageEvent) => {
    if (e.key !== key) return;
    current = read();
    emit();
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    if (listeners.size === 1) window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) window.removeEventListener('storage', onStorage);
    };
  };

  return {
    get,
    set(next) {
      current = next;
      try {
        window.localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Quota, private mode or a throwing setItem: the value holds for this page view only.
        failed = true;
      }
      emit();
    },
    use: () => useSyncExternalStore(subscribe, get, () => serverValue),
    useFailed: () =>
      useSyncExternalStore(
        subscribe,
        () => (get(), failed),
        () => false,
      ),
    isServerValue: (value) => value === serverValue,
  };
}
