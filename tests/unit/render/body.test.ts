/**
 * The body renderer escapes by construction: for any token text (the fuzz generators' hostile
 * strings), its HTML parsed by a real HTML parser (parse5, as browsers parse) gives back exactly
 * the tokens' text, and every element and attribute is the renderer's own, never the content's.
 */
import fc from 'fast-check';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import type { Token } from '@/lib/annotate/types';
import { renderBody, renderTokens, rubyText } from '@/lib/render/body';
import { hostile } from '../fuzz/generators';
import { annotated, han, viewOf } from '../view/fixture';

type Node = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];

const RUNS = Math.max(50, Math.round(Number(process.env.FUZZ_RUNS ?? 10_000) / 20));
const LABELS = { showEnglish: 'Show English', hideEnglish: 'Hide English', pending: 'Pending', readParagraph: 'Read' };

const TAGS = new Set(['section', 'p', 'h2', 'span', 'ruby', 'rt', 'i', 'button']);
const ATTRS = new Set([
  'class',
  'data-w',
  'data-hsk',
  'tabindex',
  'data-s',
  'data-p',
  'data-read',
  'aria-label',
  'aria-hidden',
  'aria-expanded',
  'aria-controls',
  'title',
  'disabled',
  'type',
  'lang',
  'id',
]);

/** What a browser receives of a JS string: UTF-8 (lone surrogates become U+FFFD), CR and CRLF as LF. */
function served(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8').replace(/\r\n?/gu, '\n');
}

function elements(nodes: readonly Node[], out: Element[] = []): Element[] {
  for (const n of nodes)
    if ('tagName' in n) {
      out.push(n);
      elements(n.childNodes, out);
    }
  return out;
}

/** Text without <rt> (the pinyin) and without the buttons' labels. */
function text(nodes: readonly Node[]): string {
  return nodes
    .map((n) => {
      if (n.nodeName === '#text') return (n as DefaultTreeAdapterMap['textNode']).value;
      if (!('tagName' in n) || n.tagName === 'rt' || n.tagName === 'button') return '';
      return text(n.childNodes);
    })
    .join('');
}

/**
 * Token text as the pipeline hands it over: any code points, but well-formed UTF-16 (a lone
 * surrogate cannot be written to a UTF-8 page at all; the content loader reads UTF-8 files).
 */
const text16 = hostile.map((t) => Buffer.from(t, 'utf8').toString('utf8'));
const token = fc.oneof(
  text16.map((t): Token => ({ text: t, kind: 'punct' })),
  fc.tuple(text16, fc.constantFrom('rong2', 'zi1', 'Ma3', 'lu:4', '', 'x<y>"&')).map(([t, py]) => han(t || '字', py)),
);

describe('renderTokens / renderBody', () => {
  it("parse back to exactly the tokens, with only the renderer's own elements and attributes", () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 8 }), hostile, (tokens, en) => {
        const view = viewOf(annotated([[{ tokens, en }]]));
        const html = renderBody(view, LABELS);
        const tree = parseFragment(served(html)).childNodes;
        const zh = elements(tree).find((e) => e.tagName === 'p' && e.attrs.some((a) => a.value === 'zh'));
        expect(text(zh?.childNodes ?? [])).toBe(served(tokens.map((t) => t.text).join('')).replace(/\0/gu, ''));
        const enP = elements(tree).find((e) => e.tagName === 'p' && e.attrs.some((a) => a.name === 'id'));
        expect(text(enP?.childNodes ?? [])).toBe(served(en).replace(/\0/gu, ''));
        for (const e of elements(tree)) {
          expect(TAGS.has(e.tagName)).toBe(true);
          for (const a of e.attrs) expect(ATTRS.has(a.name)).toBe(true);
        }
        // Each word's key is its own text, as an attribute value, never markup.
        const rubies = elements(tree).filter((e) => e.tagName === 'ruby');
        const words = tokens.filter((t) => t.kind === 'han');
        expect(rubies.map((r) => r.attrs.find((a) => a.name === 'data-w')?.value)).toEqual(
          words.map((w) => served(w.text).replace(/\0/gu, '\ufffd')),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    [['rong2', 'zi1'], {}, '<rt aria-hidden="true">róng zī</rt>'],
    [['Ma3', 'si1', 'ke4'], {}, '<rt aria-hidden="true">Mǎ sī kè</rt>'],
    [['6', 'yi4'].map((s, i) => (i === 0 ? '' : s)), {}, '<rt aria-hidden="true">yì</rt>'],
    [
      ['yi1', 'zuo4'],
      { spoken: ['yi2', 'zuo4'] },
      '<rt aria-hidden="true"><i class="t2 sp">yí</i> <i class="t4">zuò</i></rt>',
    ],
    [
      ['rong2', 'zi1'],
      { style: 'numbers' as const },
      '<rt aria-hidden="true"><i class="t2">rong2</i> <i class="t1">zi1</i></rt>',
    ],
    [['rong2', 'zi1'], { tones: true }, '<rt aria-hidden="true"><i class="t2">róng</i> <i class="t1">zī</i></rt>'],
  ])('rubyText(%j, %j)', (citation, options, expected) => {
    expect(rubyText(citation, options)).toBe(expected);
  });

  it('makes the first word of the title the one tab stop', () => {
    const title = [{ text: '“', kind: 'punct' as const }, han('融资', 'rong2 zi1'), han('估值', 'gu1 zhi2')];
    const html = renderTokens(viewOf(annotated([], {}, title)).title.tokens, true);
    expect(html.match(/tabindex="0"/gu)).toHaveLength(1);
    expect(html.match(/tabindex="-1"/gu)).toHaveLength(1);
    expect(html).toContain('<ruby class="w" data-w="融资" tabindex="0">');
  });
});
