'use client';
/**
 * The index's mark on an article card: started (with how far) or finished, from the reading
 * positions this browser keeps (position-store). Its line is always there (empty until known), so
 * the cards never move when it fills in.
 */
import { progressOf } from '@/lib/settings/position';
import { useT } from './I18nProvider';
import { usePositions } from './position-store';

export function ReadingMark({ slug, paragraphs }: { slug: string; paragraphs: number }) {
  const { t } = useT();
  const { state, percent } = progressOf(usePositions()[slug], paragraphs);
  return (
    <p className="reading-mark" data-state={state} data-testid="reading-mark">
      {state === 'finished' ? t('index.finished') : state === 'started' ? t('index.started', { percent }) : ''}
    </p>
  );
}
