/**
 * The handout's sheet (lib/handout renderHandoutSheet): the text, one element per paragraph (a
 * heading as <h2>, each word as the body renderer's ruby), the vocabulary rows with their levels,
 * the English; content never becoming markup.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { renderHandoutSheet, type HandoutLabels } from '@/lib/handout';
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

const LABELS: HandoutLabels = {
  vocabulary: [1, 2, 3, 4, 5, 6].map((l) => `Vocabulary above HSK ${l}`),
  word: 'Word',
  pinyin: 'Pinyin',
  sense: 'Sense',
  notes: 'Notes',
  translation: 'Translation',
  pending: 'Translation pending',
};

const dictionary = {
  融资: {
    word: '融资',
    traditional: '融資',
    readings: [{ pinyin: ['rong2', 'zi1'], senses: ['financing'] }],
    gloss: 'glossary' as const,
    glossary: { pinyin: 'róng zī', sense: 'funding <round>' },
  },
  我们: {
    word: '我们',
    traditional: '我們',
    readings: [{ pinyin: ['wo3', 'men5'], senses: ['we'] }],
    gloss: 'dictionary' as const,
    hsk: 1,
  },
};

describe('renderHandoutSheet', () => {
  const view = viewOf(
    annotated(
      [
        [{ tokens: [han('人工智能', 'ren2 gong1 zhi4 neng2')], en: 'Artificial intelligence' }],
        [
          {
            tokens: [han('我们', 'wo3 men5', { hsk: 1 }), { text: '<b>', kind: 'latin' }, han('融资', 'rong2 zi1')],
            en: 'We <i>raised</i>',
          },
          { tokens: [han('完成', 'wan2 cheng2'), { text: '。', kind: 'punct' }], en: 'Done.' },
        ],
      ],
      dictionary,
    ),
  );
  view.paragraphs[0] = { ...(view.paragraphs[0] as (typeof view.paragraphs)[number]), kind: 'heading' };
  const root = parseFragment(renderHandoutSheet(view, LABELS));
  const text = elements(root).find((e) => e.attrs.some((a) => a.name === 'class' && a.value === 'handout-text'));
  const blocks = (text?.childNodes ?? []).filter((n): n is Element => 'tagName' in n);

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

  it('lists the words with their level, pinyin and sense; the English follows the text', () => {
    const rows = elements(root).filter((e) => e.tagName === 'tr' && e.attrs.some((a) => a.name === 'data-hsk'));
    const row = rows.find((r) => baseText(r).startsWith('融资'));
    expect(row && baseText(row)).toBe('融资róng zīfunding <round>');
    const english = elements(root).find((e) => e.attrs.some((a) => a.value === 'handout-english'));
    expect(english && baseText(english)).toBe('TranslationTitleArtificial intelligenceWe <i>raised</i> Done.');
  });

  it('never turns content into markup', () => {
    expect(elements(root).some((e) => ['b', 'i', 'round'].includes(e.tagName))).toBe(false);
  });
});
