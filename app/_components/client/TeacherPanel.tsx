'use client';
/**
 * The reading bar's "For teachers" panel: the printable handout and the offline copy; the
 * article's words above an HSK level as an Anki or CSV file (built in the browser from the
 * article itself, no saved state needed); and the assignment link: choose how the article opens
 * (every reader setting, taken generically from SETTING_VALUES, so new settings appear here
 * without changes), then copy a link carrying them as URL parameters. Opening such a link applies
 * them for that page view only (lib/settings, settingsFromQuery); the learner's saved settings
 * are never touched.
 */
import { useId, useMemo, useState } from 'react';
import { useT } from './I18nProvider';
import { toAnkiTsv, toCsv, wordsAbove } from '@/lib/export';
import { downloadText } from './download';
import { articleWords, currentArticleData } from './article-data';
import { getSettings } from './settings-store';
import { SETTING_VALUES, type SettingName } from '@/lib/settings';
import type { Lang } from '@/lib/i18n/resources';
import { file, href, page } from '@/lib/urls';

const NAMES = Object.keys(SETTING_VALUES) as SettingName[];
const LEVELS = [1, 2, 3, 4, 5, 6] as const;

/** The article's words above a chosen HSK level, downloaded for Anki (TSV) or a spreadsheet (CSV). */
function WordExport({ slug }: { slug: string }) {
  const { t } = useT();
  const [level, setLevel] = useState(0);
  const [empty, setEmpty] = useState(false);
  const download = async (format: 'tsv' | 'csv') => {
    const words = wordsAbove(articleWords(await currentArticleData(), getSettings().script), level);
    setEmpty(words.length === 0);
    if (words.length === 0) return;
    const name = `${slug}-${level ? `above-hsk${level}` : 'words'}.${format}`;
    if (format === 'tsv') downloadText(name, toAnkiTsv(words), 'text/tab-separated-values;charset=utf-8');
    else downloadText(name, toCsv(words), 'text/csv;charset=utf-8');
  };
  return (
    <p className="teacher-export">
      <label>
        {t('learner.teacherLabel')}{' '}
        <select value={level} onChange={(e) => setLevel(Number(e.currentTarget.value))} data-testid="teacher-level">
          <option value={0}>{t('learner.teacherAll')}</option>
          {LEVELS.map((n) => (
            <option key={n} value={n}>
              {t('learner.teacherLevel', { level: n })}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" className="toggle" data-testid="teacher-tsv" onClick={() => void download('tsv')}>
        {t('learner.teacherTsv')}
      </button>{' '}
      <button type="button" className="toggle" data-testid="teacher-csv" onClick={() => void download('csv')}>
        {t('learner.teacherCsv')}
      </button>{' '}
      <span role="status">{empty ? t('learner.teacherEmpty') : ''}</span>
    </p>
  );
}

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
      <WordExport slug={slug} />
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
