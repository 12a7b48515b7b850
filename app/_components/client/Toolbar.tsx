'use client';
import { useTranslation } from 'react-i18next';
import type { Lang } from '@/lib/i18n';
import { updateSettings, useSettings } from './settings-store';

/** Compact reading controls; toggles are real buttons with aria-pressed. */
export function Toolbar({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const pinyinOn = settings.pinyin !== 'off';
  const translationOn = settings.layout !== 'zh';
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')} data-lang={lang}>
      <button
        type="button"
        className="toggle"
        aria-pressed={pinyinOn}
        data-testid="toggle-pinyin"
        onClick={() => updateSettings({ pinyin: pinyinOn ? 'off' : 'all' })}
      >
        {t('toolbar.pinyin')}
      </button>
      <button
        type="button"
        className="toggle"
        aria-pressed={translationOn}
        data-testid="toggle-translation"
        onClick={() => updateSettings({ layout: translationOn ? 'zh' : 'interleaved' })}
      >
        {t('toolbar.translation')}
      </button>
    </div>
  );
}
