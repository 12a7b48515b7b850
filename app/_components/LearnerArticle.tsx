/**
 * The learner layer of an article page, wired by one line in ArticleView: an inline script that
 * hides known words' pinyin ("only unknown" mode) and applies HSK colouring before the first
 * paint, then the client tools.
 */
import { learnerBootScript } from '@/lib/learner/state';
import { LearnerTools } from './client/LearnerTools';

export function LearnerArticle() {
  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: learnerBootScript() }} />
      <LearnerTools />
    </>
  );
}
