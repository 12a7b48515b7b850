'use client';
/**
 * Filters and sorts the index's article cards by difficulty. The cards are server-rendered with
 * their figures in data attributes; without JavaScript this control is not shown and every
 * article is listed. It only hides cards and sets their CSS order, so nothing is re-rendered.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useT } from './I18nProvider';

type Sort = 'title' | 'level' | 'length';

const noop = () => () => undefined;

/** `levels`: each article's 95 % level, to count what the filter shows without reading the DOM. */
export function IndexFilter({ levels }: { levels: number[] }) {
  const { t } = useT();
  const [max, setMax] = useState(7);
  const [sort, setSort] = useState<Sort>('title');
  // False in the server HTML (no control without JavaScript), true once hydrated.
  const ready = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );

  useEffect(() => {
    const cards = Array.from(document.querySelectorAll<HTMLElement>('.article-card'));
    const num = (el: HTMLElement, key: string) => Number(el.dataset[key] ?? 0);
    const key = (el: HTMLElement): string | number =>
      sort === 'level'
        ? num(el, 'level') * 1e7 + num(el, 'chars')
        : sort === 'length'
          ? num(el, 'chars')
          : (el.dataset.title ?? '');
    const sorted = [...cards].sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      return typeof ka === 'number' && typeof kb === 'number' ? ka - kb : String(ka).localeCompare(String(kb), 'zh');
    });
    sorted.forEach((el, i) => {
      el.style.order = String(i);
      el.hidden = num(el, 'level') > max;
    });
  }, [max, sort]);

  if (!ready) return null;
  return (
    <div className="index-filter" role="group" aria-label={t('filter.label')}>
      <label>
        <span>{t('filter.label')}</span>
        <select value={max} onChange={(e) => setMax(Number(e.target.value))} data-testid="filter-level">
          <option value={7}>{t('filter.all')}</option>
          {[1, 2, 3, 4, 5, 6].map((l) => (
            <option key={l} value={l}>
              {t('filter.upTo', { level: l })}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filter.sort')}</span>
        <select
          value={sort}
          onChange={(e) =>
            setSort(e.target.value === 'level' ? 'level' : e.target.value === 'length' ? 'length' : 'title')
          }
          data-testid="filter-sort"
        >
          <option value="title">{t('filter.byTitle')}</option>
          <option value="level">{t('filter.byLevel')}</option>
          <option value="length">{t('filter.byLength')}</option>
        </select>
      </label>
      <p role="status" className="filter-count">
        {t('filter.count', { count: levels.filter((l) => l <= max).length, total: levels.length })}
      </p>
    </div>
  );
}
