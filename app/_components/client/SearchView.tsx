'use client';
/**
 * Word search across all articles, in the browser, from the index written at build time
 * (out/search/index-v1.json): by characters, by pinyin with or without tones, or by English. Each
 * hit lists the sentences the word appears in, linked to the sentence in its article. The query
 * lives in the URL (?q=) so a search can be shared and survives a reload.
 */
import { useEffect, useMemo, useState } from 'react';
import { useT } from './I18nProvider';
import { pinyinMarks } from '@/lib/export';
import type { Lang } from '@/lib/i18n/resources';
import { parseSearchIndex, searchWords, type SearchIndex } from '@/lib/search';
import { href, page } from '@/lib/urls';
import '../../learner.css';

const MAX_SENTENCES = 8;

/** Splits a sentence around each occurrence of the word, for <mark>. */
function marked(sentence: string, word: string) {
  const parts = sentence.split(word);
  return parts.flatMap((p, i) => (i === 0 ? [p] : [<mark key={i}>{word}</mark>, p]));
}

export function SearchView({ lang, indexUrl }: { lang: Lang; indexUrl: string }) {
  const { t } = useT();
  const [index, setIndex] = useState<SearchIndex | null | 'failed'>(null);
  const [query, setQuery] = useState('');

  useEffect(() => {
    let live = true;
    fetch(indexUrl)
      .then((r) => (r.ok ? r.json() : null))
      .then((raw: unknown) => {
        if (!live) return;
        // A shared link's ?q= is applied once the index is there (unless the learner already typed).
        const fromUrl = new URLSearchParams(window.location.search).get('q') ?? '';
        setQuery((q) => q || fromUrl);
        setIndex(parseSearchIndex(raw) ?? 'failed');
      })
      .catch(() => live && setIndex('failed'));
    return () => {
      live = false;
    };
  }, [indexUrl]);

  const hits = useMemo(() => (index && index !== 'failed' ? searchWords(index, query) : []), [index, query]);

  const onChange = (value: string) => {
    setQuery(value);
    const url = new URL(window.location.href);
    if (value) url.searchParams.set('q', value);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
  };

  return (
    <section className="learner-page" data-testid="search">
      <h1>{t('learner.searchTitle')}</h1>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="word-search">{t('learner.searchLabel')}</label>
        <input
          id="word-search"
          className="search-box"
          type="search"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('learner.searchPlaceholder')}
          value={query}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      </form>
      <p role="status" aria-live="polite" data-testid="search-status">
        {index === null
          ? t('learner.searchLoading')
          : index === 'failed'
            ? t('learner.searchFailed')
            : query.trim()
              ? hits.length
                ? t('learner.searchCount', { count: hits.length })
                : t('learner.searchNone')
              : ''}
      </p>
      {index && index !== 'failed' ? (
        <ol className="search-results">
          {hits.map(({ word }) => (
            <li key={word.w} className="search-item" data-testid="search-hit" data-w={word.w}>
              <div className="vocab-head">
                <span lang="zh-Hans" className="vocab-word">
                  {word.w}
                  {word.t ? <span lang="zh-Hant"> ({word.t})</span> : null}
                </span>
                <span className="entry-pinyin">{pinyinMarks(word.p)}</span>
                <span className="badge">
                  {word.hsk ? t('learner.hskLevel', { level: word.hsk }) : t('learner.beyond')}
                </span>
                <span lang="en">{word.e}</span>
              </div>
              <p className="vocab-meta">{t('learner.searchIn', { count: word.o.length })}</p>
              <ul className="search-sentences">
                {word.o.slice(0, MAX_SENTENCES).map(([ai, sid]) => {
                  const a = index.articles[ai];
                  const s = a?.sentences[sid];
                  if (!a || !s) return null;
                  return (
                    <li key={`${ai}-${sid}`}>
                      <a href={href(page.article(lang, a.slug, sid))} lang="zh-Hans" data-testid="search-sentence">
                        {marked(s[0], word.w)}
                      </a>
                      {s[1] ? (
                        <span lang="en" className="vocab-en">
                          {' '}
                          {s[1]}
                        </span>
                      ) : null}{' '}
                      <span className="vocab-meta" lang="zh-Hans">
                        《{a.title}》
                      </span>
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
