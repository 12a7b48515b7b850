'use client';
/**
 * The learner's tools on an article page. LearnerTools has no controls of its own: it marks known
 * and learning words in the page (data-known, which the "only unknown" pinyin mode reads), answers
 * the k/l/i keys on a focused word and shows the sentence a #s-… link points at. LearnerMenu is
 * the reading bar's "Learning tools" panel: HSK colouring with its legend, the keys, and the
 * learner's own word list and word search.
 */
import { useEffect, useState } from 'react';
import { useT } from './I18nProvider';
import { pathFor } from '@/lib/i18n/path';
import type { Lang } from '@/lib/i18n/resources';
import type { WordStatus } from '@/lib/learner/state';
import { BASE_PATH_CLIENT } from './base-path';
import { articleSlug, fetchArticleDictionary } from './page-words';
import { markWord, STATUS_LABEL } from './WordActions';
import { getLearner, isServerSnapshot, setHskColour, useLearner } from './word-store';
import '../../learner.css';

const KEYS: Record<string, WordStatus> = { k: 'known', l: 'learning', i: 'ignored' };
const LEVELS = [1, 2, 3, 4, 5, 6] as const;

export function LearnerTools() {
  const { t } = useT();
  const state = useLearner();
  const [said, setSaid] = useState('');

  // Mirror the memory onto the page; the boot style only bridged the time before this ran.
  useEffect(() => {
    if (isServerSnapshot(state)) return; // the saved memory is not read yet: keep the boot style
    for (const el of document.querySelectorAll<HTMLElement>('#article ruby.w[data-w]')) {
      const status = state.words[el.dataset.w ?? '']?.status;
      el.toggleAttribute('data-known', status === 'known');
      el.toggleAttribute('data-learning', status === 'learning');
    }
    document.getElementById('learner-boot')?.remove();
    document.documentElement.toggleAttribute('data-hsk-colour', state.prefs.hskColour);
  }, [state]);

  // Links from the vocabulary and search pages end in #s-<paragraph>.<sentence>: show that sentence.
  useEffect(() => {
    const go = () => {
      const id = /^#s-(\d+\.\d+)$/u.exec(window.location.hash)?.[1];
      const el = id ? document.querySelector<HTMLElement>(`#article .zh span.s[data-s="${id}"]`) : null;
      if (!el) return;
      document.querySelectorAll('#article span.s[data-target]').forEach((x) => x.removeAttribute('data-target'));
      document.querySelectorAll(`#article span.s[data-s="${id}"]`).forEach((x) => x.setAttribute('data-target', ''));
      el.scrollIntoView({ block: 'center' });
    };
    go();
    window.addEventListener('hashchange', go);
    return () => window.removeEventListener('hashchange', go);
  }, []);

  useEffect(() => {
    const root = document.getElementById('article');
    if (!root) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const status = KEYS[e.key.toLowerCase()];
      const el = e.target instanceof Element ? e.target.closest<HTMLElement>('ruby.w[data-w]') : null;
      if (!status || !el) return;
      e.preventDefault();
      void fetchArticleDictionary(articleSlug()).then((dict) => {
        const word = el.dataset.w ?? '';
        markWord(el, status, dict[word]);
        const now = getLearner().words[word]?.status;
        setSaid(now ? t('learner.marked', { word, status: t(STATUS_LABEL[now]) }) : t('learner.cleared', { word }));
      });
    };
    root.addEventListener('keydown', onKey);
    return () => root.removeEventListener('keydown', onKey);
  }, [t]);

  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {said}
    </p>
  );
}

/** The "Learning tools" panel of the reading bar. */
export function LearnerMenu({ lang }: { lang: Lang }) {
  const { t } = useT();
  const state = useLearner();
  const on = state.prefs.hskColour;
  return (
    <div className="learner-menu">
      {/* Pressed look: from <html data-hsk-colour> in CSS (the boot script sets it before paint). */}
      <button
        type="button"
        className="toggle toggle-hsk"
        aria-pressed={on}
        data-testid="toggle-hsk"
        onClick={() => setHskColour(!on)}
      >
        {t('learner.hskColour')}
      </button>
      <ul className="hsk-legend" aria-label={t('learner.hskLegend')} data-testid="hsk-legend">
        {LEVELS.map((n) => (
          <li key={n} data-level={n}>
            {t('learner.hskLevel', { level: n })}
          </li>
        ))}
        <li data-level="beyond">{t('learner.hskBeyond')}</li>
      </ul>
      <p className="learner-keys">{t('learner.keys')}</p>
      <p className="menu-links">
        <a href={`${BASE_PATH_CLIENT}${pathFor(lang, '/vocabulary/')}`}>{t('learner.vocabTitle')}</a> ·{' '}
        <a href={`${BASE_PATH_CLIENT}${pathFor(lang, '/search/')}`}>{t('learner.navSearch')}</a>
      </p>
    </div>
  );
}
