import { SearchPage, searchMetadata } from '../../_components/LearnerPages';

export const metadata = searchMetadata('en');

export default function Page() {
  return <SearchPage lang="en" />;
}
