/** Header links to the learner's pages (one line in Shell). */
import Link from 'next/link';
import { getT, type Lang } from '@/lib/i18n';
import { page } from '@/lib/urls';

export function LearnerNav({ lang }: { lang: Lang }) {
  const t = getT(lang);
  return (
    <>
      {' · '}
      <Link href={page.vocabulary(lang)} prefetch={false}>
        {t('learner.navVocabulary')}
      </Link>
      {' · '}
      <Link href={page.search(lang)} prefetch={false}>
        {t('learner.navSearch')}
      </Link>
    </>
  );
}
