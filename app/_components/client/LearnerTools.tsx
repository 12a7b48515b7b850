'use client';
/**
 * The learner's tools on an article page: marks known and learning words in the page (data-known,
 * which the "only unknown" pinyin mode reads), the k/l/i keys on a focused word, HSK colouring
 * with its legend, the teacher's "words above HSK n" download and the read-aloud bar.
 */
import { useEffect, useState } from 'react';
import { useT } from './I18nProvider';
import { toAnkiTsv, toCsv, wordsAbove } from '@/lib/export';
import type { WordStatus } from '@/lib/learner/state';
import { downloadText } from './download';
import { ARTICLE_ID, WORD_KEY_ATTR, WORD_KNOWN_ATTR, WORD_LEARNING_ATTR, sentenceSelector } from '@/lib/dom/contract';
import {
  articleSlug,
  articleWords,
  currentArticleData,
  pageWord,
  wordElementList,
  wordElementOf,
} from './article-data';
import { getSettings } from './settings-store';
import { ReadAloudBar } from './ReadAloud';
import { markWord, STATUS_LABEL } from './WordActions';
import { getLearner, isServerSnapshot, setHskColour, useLearner } from './word-store';
import '../../learner.css';

const KEYS: Record<string, WordStatus> = { k: 'known', l: 'learning', i: 'ignored' };
const LEVELS = [1, 2, 3, 4, 5, 6] as const;

export function LearnerTools() {
  const { t } = useT();
  const state = useLearner();
  const [said, setSaid] = useState('');
  const [level, setLevel] = useState(0);
  const [empty, setEmpty] = useState(false);

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

  const download = async (format: 'tsv' | 'csv') => {
    const data = await currentArticleData();
    const words = wordsAbove(articleWords(data, getSettings().script), level);
    setEmpty(words.length === 0);
    if (words.length === 0) return;
    const name = `${articleSlug()}-${level ? `above-hsk${level}` : 'words'}.${format}`;
    if (format === 'tsv') downloadText(name, toAnkiTsv(words), 'text/tab-separated-values;charset=utf-8');
    else downloadText(name, toCsv(words), 'text/csv;charset=utf-8');
  };

  return (
    <section className="learner-tools" aria-label={t('learner.tools')} data-testid="learner-tools">
      <div className="learner-row">
        <button
          type="button"
          className="toggle"
          aria-pressed={state.prefs.hskColour}
          data-testid="toggle-hsk"
          onClick={() => setHskColour(!state.prefs.hskColour)}
        >
          {t('learner.hskColour')}
        </button>
        <ReadAloudBar />
      </div>
      {state.prefs.hskColour ? (
        <ul className="hsk-legend" aria-label={t('learner.hskLegend')} data-testid="hsk-legend">
          {LEVELS.map((n) => (
            <li key={n} data-level={n}>
              {t('learner.hskLevel', { level: n })}
            </li>
          ))}
          <li data-level="beyond">{t('learner.hskBeyond')}</li>
        </ul>
      ) : null}
      <div className="learner-row teacher">
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
        </label>
        <button type="button" className="toggle" data-testid="teacher-tsv" onClick={() => void download('tsv')}>
          {t('learner.teacherTsv')}
        </button>
        <button type="button" className="toggle" data-testid="teacher-csv" onClick={() => void download('csv')}>
          {t('learner.teacherCsv')}
        </button>
        {empty ? <span role="status">{t('learner.teacherEmpty')}</span> : null}
      </div>
      <p className="learner-keys">{t('learner.keys')}</p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
    </section>
  );
}
