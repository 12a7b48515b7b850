'use client';
/**
 * The teacher panel: choose how the article opens (every reader setting, taken generically from
 * SETTING_VALUES, so new settings appear here without changes), then copy a link carrying them as
 * URL parameters. Opening such a link applies them for that page view only (lib/settings,
 * settingsFromQuery); the learner's saved settings are never touched.
 */
import { useId, useMemo, useState } from 'react';
import { useT } from './I18nProvider';
import { SETTING_VALUES, type SettingName } from '@/lib/settings';
import type { Lang } from '@/lib/i18n/resources';
import { file, href, page } from '@/lib/urls';

const NAMES = Object.keys(SETTING_VALUES) as SettingName[];

/** The query string for the chosen settings; names left at "learner's choice" are omitted. */
export function assignmentQuery(chosen: Partial<Record<SettingName, string>>): string {
  const params = new URLSearchParams();
  for (const name of NAMES) {
    const value = chosen[name];
    if (value) params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function TeacherPanel({ slug, lang }: { slug: string; lang: Lang }) {
  const { t, group } = useT();
  const id = useId();
  const [chosen, setChosen] = useState<Partial<Record<SettingName, string>>>({});
  const [copied, setCopied] = useState<'idle' | 'ok' | 'failed'>('idle');
  const names = group('assign.names');
  const values = group('assign.values');
  const path = href(page.article(lang, slug));
  const [origin, setOrigin] = useState('');
  const link = useMemo(() => `${origin}${path}${assignmentQuery(chosen)}`, [origin, path, chosen]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('ok');
    } catch {
      setCopied('failed');
      document.getElementById(`${id}-link`)?.focus();
    }
  };

  return (
    <div className="teacher-tools">
      <p className="teacher-links">
        <a href={href(page.handout(lang, slug))} data-testid="handout-link">
          {t('assign.handout')}
        </a>{' '}
        ·{' '}
        <a href={file.offline(lang, slug)} download data-testid="offline-link">
          {t('assign.offline')}
        </a>
      </p>
      <details
        className="teacher-panel"
        data-testid="teacher-panel"
        onToggle={() => setOrigin(typeof window === 'undefined' ? '' : window.location.origin)}
      >
        <summary>{t('assign.heading')}</summary>
        <p className="teacher-intro">{t('assign.intro')}</p>
        <div className="teacher-grid">
          {NAMES.map((name) => (
            <label key={name}>
              <span>{names[name] ?? name}</span>
              <select
                name={name}
                data-testid={`assign-${name}`}
                value={chosen[name] ?? ''}
                onChange={(e) => {
                  setCopied('idle');
                  setChosen((c) => ({ ...c, [name]: e.target.value }));
                }}
              >
                <option value="">{t('assign.keep')}</option>
                {SETTING_VALUES[name].map((v) => (
                  <option key={v} value={v}>
                    {values[v] ?? v}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
        <label className="teacher-link">
          <span>{t('assign.link')}</span>
          <input
            id={`${id}-link`}
            readOnly
            value={link}
            data-testid="assign-link"
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
        <p className="teacher-actions">
          <button type="button" onClick={() => void copy()} data-testid="assign-copy">
            {t('assign.copy')}
          </button>{' '}
          <span role="status">
            {copied === 'ok' ? t('assign.copied') : copied === 'failed' ? t('assign.copyFailed') : ''}
          </span>
        </p>
      </details>
    </div>
  );
}
