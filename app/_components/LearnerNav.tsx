/** Header links to the learner's pages (one line in Shell). */
import Link from 'next/link';
import { getT, pathFor, type Lang } from '@/lib/i18n';

export function LearnerNav({ lang }: { lang: Lang }) {
  const t = getT(lang);
  return (
    <>
      {' · '}
      <Link href={pathFor(lang, '/vocabulary/')}>{t('learner.navVocabulary')}</Link>
      {' · '}
      <Link href={pathFor(lang, '/search/')}>{t('learner.navSearch')}</Link>
    </>
  );
}
