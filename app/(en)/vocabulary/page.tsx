import { VocabularyPage, vocabularyMetadata } from '../../_components/LearnerPages';

export const metadata = vocabularyMetadata('en');

export default function Page() {
  return <VocabularyPage lang="en" />;
}
