/**
 * The handout's text (lib/handout handoutText): one element per paragraph, a heading as <h2>,
 * each word as the body renderer's ruby, and content never becoming markup.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { handoutText } from '@/lib/handout';
import { annotated, han, viewOf } from '../view/fixture';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const elements = (node: Node): Element[] => {
  const out: Element[] = [];
  const walk = (n: Node) => {
    if ('tagName' in n) out.push(n);
    if ('childNodes' in n) n.childNodes.forEach(walk);
  };
  walk(node);
  return out;
};
/** The base text of the words: what a reader sees without the pinyin. */
const baseText = (node: Node): string => {
  if ('tagName' in node && node.tagName === 'rt') return '';
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(baseText).join('') : '';
};

describe('handoutText', () => {
  const view = viewOf(
    annotated([
      [{ tokens: [han('人工智能', 'ren2 gong1 zhi4 neng2')], en: 'Artificial intelligence' }],
      [
        { tokens: [han('我们', 'wo3 men5'), { text: '<b>', kind: 'latin' }, han('融资', 'rong2 zi1')], en: 'We' },
        { tokens: [han('完成', 'wan2 cheng2'), { text: '。', kind: 'punct' }], en: 'Done.' },
      ],
    ]),
  );
  view.paragraphs[0] = { ...(view.paragraphs[0] as (typeof view.paragraphs)[number]), kind: 'heading' };
  const root = parseFragment(handoutText(view));
  const blocks = root.childNodes.filter((n): n is Element => 'tagName' in n);

  it('writes one block per paragraph, a heading as h2', () => {
    expect(blocks.map((b) => b.tagName)).toEqual(['h2', 'p']);
    expect(blocks.every((b) => b.attrs.some((a) => a.name === 'class' && a.value === 'zh'))).toBe(true);
  });

  it("gives back each paragraph's text, its sentences joined, with pinyin on every word", () => {
    expect(blocks.map(baseText)).toEqual(['人工智能', '我们<b>融资完成。']);
    const rubies = elements(root).filter((e) => e.tagName === 'ruby');
    expect(rubies).toHaveLength(4);
    expect(rubies.every((r) => r.childNodes.some((c) => 'tagName' in c && c.tagName === 'rt'))).toBe(true);
  });

  it('never turns content into markup', () => {
    expect(elements(root).some((e) => e.tagName === 'b')).toBe(false);
  });
});
