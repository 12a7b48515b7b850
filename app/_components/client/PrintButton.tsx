'use client';
import { useT } from './I18nProvider';

/** window.print() behind a real button; the browser's own Print command works the same. */
export function PrintButton() {
  const { t } = useT();
  return (
    <button type="button" onClick={() => window.print()} data-testid="print">
      {t('handout.print')}
    </button>
  );
}
