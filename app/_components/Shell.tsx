/**
 * The document for both UI languages (each has its own root layout, so <html lang> is right in
 * the static HTML). Inline boot scripts apply saved settings and the language choice before paint.
 */
import type { ReactNode } from 'react';
import Link from 'next/link';
import { getT, type Lang } from '@/lib/i18n';
import { langBootScript } from '@/lib/i18n/boot';
import { resources } from '@/lib/i18n/resources';
import { bootScript } from '@/lib/settings';
import { LangSwitch } from './client/LangSwitch';
import { I18nProvider } from './client/I18nProvider';
import { LearnerNav } from './LearnerNav'; // learner (issue 5)
import { BASE_PATH, page } from '@/lib/urls';

export function Shell({ lang, children }: { lang: Lang; children: ReactNode }) {
  const t = getT(lang);
  return (
    <html lang={lang === 'zh' ? 'zh-Hans' : 'en'} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: langBootScript(lang, BASE_PATH) }} />
        <script dangerouslySetInnerHTML={{ __html: bootScript() }} />
      </head>
      <body>
        <I18nProvider lang={lang} messages={resources[lang].translation}>
          <a className="skip" href="#main">
            {t('site.skip')}
          </a>
          <header className="site-head">
            {/* No prefetch: on a phone, fetching and parsing other pages' payloads while the article
                starts up took main-thread time from the first tap (and data the reader may never use). */}
            <Link href={page.home(lang)} className="brand" prefetch={false}>
              <span lang="zh-Hans">对照</span> <span lang="en">Duizhao</span>
            </Link>
            <nav aria-label={t('site.home')}>
              <Link href={page.home(lang)} prefetch={false}>
                {t('site.home')}
              </Link>
              <LearnerNav lang={lang} /> {/* learner (issue 5): vocabulary and word search */}
            </nav>
            <LangSwitch lang={lang} />
          </header>
          <main id="main">{children}</main>
          <footer className="site-foot">
            <p>
              {t('footer.dictionary')}{' '}
              <a href="https://cc-cedict.org/wiki/" rel="license noopener">
                CC-CEDICT
              </a>{' '}
              ·{' '}
              <a href="https://creativecommons.org/licenses/by-sa/4.0/" rel="license noopener">
                CC BY-SA 4.0
              </a>
            </p>
            <p>{t('footer.about')}</p>
          </footer>
        </I18nProvider>
      </body>
    </html>
  );
}
