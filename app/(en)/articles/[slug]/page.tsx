import { ArticlePage, articleMetadata, articleStaticParams, type ArticleParams } from '../../../_components/routes';

export const dynamicParams = false;
export const generateStaticParams = articleStaticParams;
export const generateMetadata = articleMetadata;

export default function Page({ params }: ArticleParams) {
  return <ArticlePage params={params} lang="en" />;
}
