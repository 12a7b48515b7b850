import { HandoutPage, handoutMetadata, articleStaticParams, type ArticleParams } from '../../../../_components/routes';

export const dynamicParams = false;
export const generateStaticParams = articleStaticParams;
export const generateMetadata = handoutMetadata;

export default function Page({ params }: ArticleParams) {
  return <HandoutPage params={params} lang="en" />;
}
