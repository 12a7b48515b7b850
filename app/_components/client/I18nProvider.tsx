'use client';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { group, translate, type MessageGroup, type MessageKey, type Messages, type Params } from '@/lib/i18n/messages';
import type { Lang } from '@/lib/i18n/resources';

type I18n = {
  lang: Lang;
  /** The page language's strings, for leaves that list a whole group (typed like the resources). */
  messages: Messages;
  /** The string at `key` in the page's language, with `{{name}}` placeholders filled in. */
  t: (key: MessageKey, params?: Params) => string;
  /** A group of strings, e.g. the assignment settings' names. */
  group: (path: MessageGroup) => Record<string, string>;
};

const Context = createContext<I18n | null>(null);

/**
 * Gives client leaves the page's language and its strings, which the server component passes in
 * (only this language's, so the other's never reach the browser). Strings are ready at the first
 * render, so none ever shows in the wrong language first.
 */
export function I18nProvider({ lang, messages, children }: { lang: Lang; messages: Messages; children: ReactNode }) {
  const value = useMemo<I18n>(
    () => ({
      lang,
      messages,
      t: (key, params) => translate(messages, key, params),
      group: (path) => group(messages, path),
    }),
    [lang, messages],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The page's UI strings, for a client leaf inside <I18nProvider>. */
export function useT(): I18n {
  const value = useContext(Context);
  if (!value) throw new Error('useT() needs an <I18nProvider> above it (app/_components/Shell.tsx)');
  return value;
}
