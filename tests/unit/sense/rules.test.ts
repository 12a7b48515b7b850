import { describe, expect, it } from 'vitest';
import { loadCedict } from '@/lib/dictionary/cedict';
import { orderSenses } from '@/lib/sense/order';
import { ruleSense } from '@/lib/sense/rules';

const dictionary = loadCedict();

/** The sense the rules pick for `word` between `before` and `after`, or null. */
function pick(word: string, reading: string[], before: string, after: string): string | null {
  const rows = orderSenses(dictionary.lookup(word), reading, { name: false });
  const { index } = ruleSense(rows, { word, before, after });
  return rows[index]?.text ?? null;
}

describe('Chinese-side sense rules', () => {
  it.each([
    // rule fires
    ['台', ['tai2'], '监督这', '超级计算机的开发。', 'classifier for vehicles or machines'],
    ['项', ['xiang4'], '另一', '重要任务', 'classifier for principles, items, clauses, tasks, research projects etc'],
    ['日', ['ri4'], '7 月 22 ', '凌晨', 'date, day of the month'],
    ['约', ['yue1'], '估值', ' 1738 亿人民币', 'approximately'],
    ['被', ['bei4'], '已经', '污染', expect.stringMatching(/passive voice/u)],
    ['过', ['guo4'], '从未见', '的疯狂', '(experienced action marker)'],
  ])('%s in …%s_%s… → %s', (word, reading, before, after, sense) => {
    expect(pick(word, reading, before, after)).toEqual(sense);
  });

  it.each([
    // rule must not fire
    ['台', ['tai2'], '社交平', '上', 'no numeral or demonstrative before it'],
    ['日', ['ri4'], '每', '都在', 'not after a number'],
    ['约', ['yue1'], '我们', '好了', 'not before a number'],
    ['过', ['guo4'], '', '马路', 'not after a verb'],
  ])('%s in …%s_%s…: nothing (%s)', (word, reading, before, after) => {
    expect(pick(word, reading, before, after)).toBeNull();
  });
});
