'use client';
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n, type Lang } from '@/lib/i18n';

/** Gives client leaves the page's language, initialised synchronously from bundled resources. */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const i18n = useMemo(() => createI18n(lang), [lang]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
