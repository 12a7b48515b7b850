'use client';
import { usePathname } from 'next/navigation';
import { useT } from './I18nProvider';
import { pathFor } from '@/lib/i18n/path';
import type { Lang } from '@/lib/i18n/resources';
import { LANG_KEY } from '@/lib/settings';
import { href as withBase } from '@/lib/urls';

/** Links to the same page in the other UI language and remembers the choice. */
export function LangSwitch({ lang }: { lang: Lang }) {
  const { t } = useT();
  const pathname = usePathname() ?? '/';
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  const href = withBase(pathFor(other, pathname));
  return (
    <a
      className="lang-switch"
      href={href}
      hrefLang={other === 'zh' ? 'zh-Hans' : 'en'}
      lang={other === 'zh' ? 'zh-Hans' : 'en'}
      // Named by what it shows (WCAG 2.5.3, and a speech user says what they see); the title explains it.
      title={t('lang.switchLabel')}
      onClick={() => {
        try {
          localStorage.setItem(LANG_KEY, other);
        } catch {
          // Storage blocked: the link still works, the choice is just not remembered.
        }
      }}
    >
      {t('lang.switchTo')}
    </a>
  );
}
