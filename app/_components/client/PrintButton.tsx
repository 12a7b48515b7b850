'use client';
import { useTranslation } from 'react-i18next';

/** window.print() behind a real button; the browser's own Print command works the same. */
export function PrintButton() {
  const { t } = useTranslation();
  return (
    <button type="button" onClick={() => window.print()} data-testid="print">
      {t('handout.print')}
    </button>
  );
}
