'use client';
/**
 * The vocabulary page: every word saved as learning, with the reading, sense and sentence it was
 * met in, sorted and filtered in the browser; Anki/CSV downloads of what is shown; and the JSON
 * file that moves the whole memory to another browser.
 */
import { useMemo, useRef, useState } from 'react';
import { useT } from './I18nProvider';
import { pinyinMarks, toAnkiTsv, toCsv, type ExportWord } from '@/lib/export';
import type { Lang } from '@/lib/i18n/resources';
import { serializeState, wordsWith, type WordContext } from '@/lib/learner/state';
import { href, page } from '@/lib/urls';
import { downloadText } from './download';
import { clearWord, getLearner, importLearnerFile, isServerSnapshot, useLearner } from './word-store';
import '../../learner.css';

type Sort = 'date' | 'article' | 'level' | 'pinyin';
const SORTS: readonly Sort[] = ['date', 'article', 'level', 'pinyin'];
const SORT_LABEL = {
  date: 'learner.sortDate',
  article: 'learner.sortArticle',
  level: 'learner.sortLevel',
  pinyin: 'learner.sortPinyin',
} as const;
const IMPORT_MESSAGE = {
  notJson: 'learner.importNotJson',
  foreign: 'learner.importForeign',
  newerVersion: 'learner.importNewerVersion',
  invalid: 'learner.importInvalid',
} as const;

type Row = { word: string; updated: string; context: WordContext };

function toExport(r: Row): ExportWord {
  const c = r.context;
  return {
    simplified: r.word,
    traditional: c.traditional,
    pinyin: c.pinyin,
    sense: c.sense,
    zh: c.zh,
    en: c.en,
    slug: c.slug,
    ...(c.hsk ? { hsk: c.hsk } : {}),
  };
}

function compare(sort: Sort): (a: Row, b: Row) => number {
  switch (sort) {
    case 'date':
      return (a, b) => b.updated.localeCompare(a.updated);
    case 'article':
      return (a, b) =>
        a.context.title.localeCompare(b.context.title, 'zh') ||
        a.context.sentence.localeCompare(b.context.sentence, 'en', { numeric: true });
    case 'level':
      return (a, b) => (a.context.hsk ?? 7) - (b.context.hsk ?? 7) || a.word.localeCompare(b.word, 'zh');
    case 'pinyin':
      return (a, b) => a.context.pinyin.localeCompare(b.context.pinyin, 'en');
  }
}

export function VocabularyView({ lang }: { lang: Lang }) {
  const { t } = useT();
  const state = useLearner();
  const [sort, setSort] = useState<Sort>('date');
  const [article, setArticle] = useState('');
  const [level, setLevel] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const file = useRef<HTMLInputElement>(null);

  const all: Row[] = useMemo(
    () =>
      Object.entries(state.words).flatMap(([word, e]) =>
        e.status === 'learning' && e.context ? [{ word, updated: e.updated, context: e.context }] : [],
      ),
    [state],
  );
  const articles = useMemo(() => {
    const m = new Map<string, string>();
    for (const r of all) m.set(r.context.slug, r.context.title);
    return Array.from(m);
  }, [all]);
  const rows = all
    .filter((r) => !article || r.context.slug === article)
    .filter((r) => !level || String(r.context.hsk ?? 'beyond') === level)
    .sort(compare(sort));

  const date = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium' });
  const stamp = new Date().toISOString().slice(0, 10);

  const onImport = async (f: File | undefined) => {
    if (!f) return;
    const result = importLearnerFile(await f.text());
    setMessage(
      result.ok
        ? { error: false, text: t('learner.imported', { count: result.words }) }
        : { error: true, text: t(IMPORT_MESSAGE[result.problem]) },
    );
    if (file.current) file.current.value = '';
  };

  return (
    <section className="learner-page" data-testid="vocabulary">
      <h1>{t('learner.vocabTitle')}</h1>
      <p>{t('learner.vocabIntro')}</p>
      <p className="vocab-meta" data-testid="vocab-counts">
        {t('learner.vocabCount', { count: all.length })} ·{' '}
        {t('learner.vocabKnownCount', {
          known: wordsWith(state, 'known').length,
          ignored: wordsWith(state, 'ignored').length,
        })}
      </p>
      <div className="learner-controls">
        <label>
          {t('learner.sortBy')}
          <select value={sort} onChange={(e) => setSort(SORTS.find((s) => s === e.currentTarget.value) ?? 'date')}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(SORT_LABEL[s])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('learner.filterArticle')}
          <select value={article} onChange={(e) => setArticle(e.currentTarget.value)} data-testid="filter-article">
            <option value="">{t('learner.any')}</option>
            {articles.map(([slug, title]) => (
              <option key={slug} value={slug} lang="zh-Hans">
                {title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('learner.filterLevel')}
          <select value={level} onChange={(e) => setLevel(e.currentTarget.value)} data-testid="filter-level">
            <option value="">{t('learner.any')}</option>
            {[1, 2, 3, 4, 5, 6].map((n) => (
              <option key={n} value={String(n)}>
                {t('learner.hskLevel', { level: n })}
              </option>
            ))}
            <option value="beyond">{t('learner.beyond')}</option>
          </select>
        </label>
        <button
          type="button"
          className="toggle"
          disabled={rows.length === 0}
          data-testid="export-tsv"
          onClick={() =>
            downloadText(
              `duizhao-vocabulary-${stamp}.tsv`,
              toAnkiTsv(rows.map(toExport)),
              'text/tab-separated-values;charset=utf-8',
            )
          }
        >
          {t('learner.exportTsv')}
        </button>
        <button
          type="button"
          className="toggle"
          disabled={rows.length === 0}
          data-testid="export-csv"
          onClick={() =>
            downloadText(`duizhao-vocabulary-${stamp}.csv`, toCsv(rows.map(toExport)), 'text/csv;charset=utf-8')
          }
        >
          {t('learner.exportCsv')}
        </button>
      </div>
      {all.length === 0 && !isServerSnapshot(state) ? <p data-testid="vocab-empty">{t('learner.vocabEmpty')}</p> : null}
      <ol className="vocab-list">
        {rows.map((r) => (
          <li key={r.word} className="vocab-item" data-testid="vocab-item" data-w={r.word}>
            <div className="vocab-head">
              <span lang="zh-Hans" className="vocab-word">
                {r.word}
                {r.context.traditional && r.context.traditional !== r.word ? (
                  <span lang="zh-Hant"> ({r.context.traditional})</span>
                ) : null}
              </span>
              <span className="entry-pinyin">{pinyinMarks(r.context.pinyin)}</span>
              <span className="badge">
                {r.context.hsk ? t('learner.hskLevel', { level: r.context.hsk }) : t('learner.beyond')}
              </span>
              <span lang="en">{r.context.sense}</span>
            </div>
            <p lang="zh-Hans" className="vocab-zh" data-testid="vocab-zh">
              {r.context.zh}
            </p>
            <p lang="en" className="vocab-en" data-testid="vocab-en">
              {r.context.en}
            </p>
            <p className="vocab-meta">
              <a href={href(page.article(lang, r.context.slug, r.context.sentence))} lang="zh-Hans">
                {t('learner.openInArticle', { title: r.context.title })}
              </a>{' '}
              · {t('learner.savedOn', { date: date.format(new Date(r.updated)) })} ·{' '}
              <button type="button" className="link-button" onClick={() => clearWord(r.word)}>
                {t('learner.remove')}
              </button>
            </p>
          </li>
        ))}
      </ol>
      <h2>{t('learner.backup')}</h2>
      <div className="learner-controls">
        <button
          type="button"
          className="toggle"
          data-testid="export-json"
          onClick={() =>
            downloadText(`duizhao-learner-${stamp}.json`, serializeState(getLearner()), 'application/json')
          }
        >
          {t('learner.exportJson')}
        </button>
        <label>
          {t('learner.importJson')}
          <input
            ref={file}
            type="file"
            accept="application/json,.json"
            data-testid="import-json"
            onChange={(e) => void onImport(e.currentTarget.files?.[0])}
          />
        </label>
      </div>
      <p
        role="status"
        aria-live="polite"
        className={message?.error ? 'learner-error' : undefined}
        data-testid="import-message"
      >
        {message?.text ?? ''}
      </p>
    </section>
  );
}
