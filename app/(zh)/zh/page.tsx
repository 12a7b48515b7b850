import { IndexPage } from '../../_components/routes';

export default function Page() {
  return <IndexPage lang="zh" />;
}
