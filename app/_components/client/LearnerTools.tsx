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
import { href, page } from '@/lib/urls';
import type { Lang } from '@/lib/i18n/resources';
import type { WordStatus } from '@/lib/learner/state';
import { ARTICLE_ID, WORD_KEY_ATTR, WORD_KNOWN_ATTR, WORD_LEARNING_ATTR, sentenceSelector } from '@/lib/dom/contract';
import { currentArticleData, pageWord, wordElementList, wordElementOf } from './article-data';
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
    for (const el of wordElementList()) {
      const status = state.words[el.getAttribute(WORD_KEY_ATTR) ?? '']?.status;
      el.toggleAttribute(WORD_KNOWN_ATTR, status === 'known');
      el.toggleAttribute(WORD_LEARNING_ATTR, status === 'learning');
    }
    document.getElementById('learner-boot')?.remove();
    document.documentElement.toggleAttribute('data-hsk-colour', state.prefs.hskColour);
  }, [state]);

  // Links from the vocabulary and search pages end in #s-<paragraph>.<sentence>: show that sentence.
  useEffect(() => {
    const go = () => {
      const id = /^#s-(\d+\.\d+)$/u.exec(window.location.hash)?.[1];
      const el = id ? document.querySelector<HTMLElement>(`#${ARTICLE_ID} .zh ${sentenceSelector(id)}`) : null;
      if (!id || !el) return;
      document.querySelectorAll(`#${ARTICLE_ID} [data-target]`).forEach((x) => x.removeAttribute('data-target'));
      document
        .querySelectorAll(`#${ARTICLE_ID} ${sentenceSelector(id)}`)
        .forEach((x) => x.setAttribute('data-target', ''));
      el.scrollIntoView({ block: 'center' });
    };
    go();
    window.addEventListener('hashchange', go);
    return () => window.removeEventListener('hashchange', go);
  }, []);

  useEffect(() => {
    const root = document.getElementById(ARTICLE_ID);
    if (!root) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const status = KEYS[e.key.toLowerCase()];
      const el = wordElementOf(e.target);
      if (!status || !el) return;
      e.preventDefault();
      void currentArticleData().then((data) => {
        const w = pageWord(data, el);
        if (!w) return;
        const word = w.entry.word;
        markWord(w, status);
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
        <a href={href(page.vocabulary(lang))}>{t('learner.vocabTitle')}</a> ·{' '}
        <a href={href(page.search(lang))}>{t('learner.navSearch')}</a>
      </p>
    </div>
  );
}
