/** Shared by the polyphone and rule tests: the pipeline's citation reading of one marked character. */
import { annotateSentence, type AnnotateDeps } from '@/lib/annotate';
import { loadCedict } from '@/lib/dictionary/cedict';
import { createHskLevels } from '@/lib/dictionary/hsk';
import { formatReading } from '@/lib/pinyin/syllable';
import { createSegmenter } from '@/lib/segment';

export const dictionary = loadCedict();
const segmenter = createSegmenter();
export const deps: AnnotateDeps = { segment: segmenter.segment, dictionary, hsk: createHskLevels([]) };

/**
 * The citation reading (tone marks, lower case) of the character marked ▁X▁ in the sentence.
 * Lower case: a name keeps CC-CEDICT's capital (中国 Zhōngguó), which is not what is tested here.
 */
export function readingOf(marked: string): string {
  const [before = '', char = '', after = ''] = marked.split('▁');
  const position = Array.from(before).length;
  let offset = 0;
  for (const t of annotateSentence(before + char + after, new Map(), deps)) {
    const len = Array.from(t.text).length;
    if (position < offset + len)
      return formatReading([t.pinyin?.citation[position - offset] ?? '?'], 'marks').toLowerCase();
    offset += len;
  }
  throw new Error(`no token at ${position} in ${marked}`);
}
