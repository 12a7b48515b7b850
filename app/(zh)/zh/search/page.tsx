import { SearchPage, searchMetadata } from '../../../_components/LearnerPages';

export const metadata = searchMetadata('zh');

export default function Page() {
  return <SearchPage lang="zh" />;
}
