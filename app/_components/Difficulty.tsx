/**
 * Difficulty of an article (lib/difficulty): figures, the share of words per HSK level as a small
 * bar chart, and the level at which a learner knows 95 % of the words. The chart is a list whose
 * text ("HSK 1: 42 %") is the accessible alternative; the bars are decoration.
 */
import type { Difficulty as Figures, LevelShare } from '@/lib/difficulty';
import { getT, type Lang } from '@/lib/i18n';

export function Difficulty({
  slug,
  difficulty: d,
  lang,
  compact = false,
}: {
  slug: string;
  difficulty: Figures;
  lang: Lang;
  compact?: boolean;
}) {
  const t = getT(lang);
  const label = (s: LevelShare) =>
    s.key === 'level'
      ? t('difficulty.level', { level: s.level })
      : s.key === 'beyond'
        ? t('difficulty.beyond')
        : t('difficulty.names');
  const id = `difficulty-${slug}`;
  return (
    <section
      className={`difficulty${compact ? ' compact' : ''}`}
      aria-labelledby={id}
      data-testid="difficulty"
      data-level95={d.level95}
    >
      <h2 id={id} className={compact ? 'visually-hidden' : 'difficulty-heading'}>
        {t('difficulty.heading')}
      </h2>
      <p className="difficulty-level">
        {d.level95 <= 6 ? t('difficulty.level95', { level: d.level95 }) : t('difficulty.level95Beyond')}
      </p>
      <p className="difficulty-figures">
        {t('difficulty.characters', { count: d.characters })} · {t('difficulty.words', { count: d.words })} ·{' '}
        {t('difficulty.distinct', { count: d.distinctWords })} · {t('difficulty.minutes', { count: d.minutes })}
      </p>
      <ul className="hsk-chart" aria-label={t('difficulty.chart')}>
        {d.shares.map((s) => {
          const percent = Math.round(s.share * 100);
          return (
            <li key={s.key === 'level' ? s.level : s.key} className={`hsk-${s.key === 'level' ? s.level : s.key}`}>
              <span className="hsk-label">{t('difficulty.share', { label: label(s), percent })}</span>
              <span className="hsk-bar" aria-hidden="true">
                <span style={{ width: `${Math.max(percent, s.share > 0 ? 1 : 0)}%` }} />
              </span>
            </li>
          );
        })}
      </ul>
      {compact ? null : <p className="difficulty-note">{t('difficulty.howCounted')}</p>}
    </section>
  );
}
