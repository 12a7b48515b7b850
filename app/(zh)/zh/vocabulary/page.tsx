import { VocabularyPage, vocabularyMetadata } from '../../../_components/LearnerPages';

export const metadata = vocabularyMetadata('zh');

export default function Page() {
  return <VocabularyPage lang="zh" />;
}
