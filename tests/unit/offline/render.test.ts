import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle, Token } from '@/lib/annotate/types';
import { escapeHtml, renderOfflineHtml, scriptJson, type OfflineLabels } from '@/lib/offline/render';
import { viewOf } from '../view/fixture';

const labels: OfflineLabels = {
  lang: 'en',
  pinyin: 'Pinyin',
  translation: 'Translation',
  toolbar: 'Reading settings',
  author: 'Author',
  editor: 'Editor',
  source: 'Source',
  licence: 'Licence',
  pending: 'Translation pending',
  inArticle: 'In this article',
  inSentence: 'In this sentence',
  dictionary: 'Dictionary',
  name: 'Name',
  noEntry: 'No dictionary entry',
  close: 'Close',
  hsk: 'HSK {{level}}',
  note: 'Offline copy',
};

const han = (text: string, citation: string[]): Token => ({
  text,
  kind: 'han',
  entry: text,
  pinyin: { citation, spoken: citation, source: 'glossary' },
});

const hostile = '</script><img src=x onerror=alert(1)>';
const article: AnnotatedArticle = {
  slug: 'test',
  hash: '0',
  meta: { title: '融资', author: `林晓${hostile}`, draft: false, tags: [] },
  enMeta: { title: `Funding ${hostile}` },
  title: [han('融资', ['rong2', 'zi1'])],
  paragraphs: [
    {
      kind: 'text',
      pending: false,
      sentences: [
        {
          tokens: [han('融资', ['rong2', 'zi1']), { text: hostile, kind: 'latin' }, { text: '。', kind: 'punct' }],
          en: `A & B ${hostile}`,
        },
      ],
    },
    { kind: 'text', pending: true, sentences: [{ tokens: [han('我们', ['wo3', 'men5'])], en: '' }] },
  ],
  dictionary: {
    融资: {
      word: '融资',
      traditional: '融資',
      readings: [{ pinyin: ['rong2', 'zi1'], senses: [`financing ${hostile}`] }],
      gloss: 'glossary',
      glossary: { pinyin: 'róng zī', sense: 'funding </script>' },
    },
  },
};

describe('offline HTML', () => {
  const body = {
    showEnglish: 'Show English',
    hideEnglish: 'Hide English',
    pending: 'Translation pending',
    readParagraph: 'Read aloud',
  };
  const html = renderOfflineHtml(viewOf(article), body, labels);

  it('escapes every piece of content: one <script> per island, no injected markup', () => {
    expect(html.match(/<script/gu)).toHaveLength(3);
    expect(html.match(/<\/script>/gu)).toHaveLength(3);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('A &amp; B');
  });

  it('embeds the dictionary as JSON with < > & escaped, which parses back to the content', () => {
    const m = /<script type="application\/json" id="dict">(.*?)<\/script>/su.exec(html);
    expect(m?.[1]).toBeDefined();
    const data = JSON.parse(m?.[1] ?? '{}');
    expect(data.e[0]).toEqual({ w: '融资', s: [['róng zī', `financing ${hostile}`]], g: 'funding </script>' });
    // Per word occurrence: its entry, its reading here and the sense shown first here.
    expect(data.w[0]).toEqual([0, 'róng zī', 'funding </script>']);
    expect(scriptJson({ a: '<&>\u2028' })).toBe('{"a":"\\u003c\\u0026\\u003e\\u2028"}');
  });

  it('shows pinyin in tone marks over each word and marks pending translations', () => {
    expect(html).toContain('<ruby class="w" data-w="融资" tabindex="0">融资<rt aria-hidden="true">róng zī</rt></ruby>');
    expect(html).toContain('<span class="pending">Translation pending</span>');
  });

  it('loads nothing from elsewhere: no src or href attributes', () => {
    expect(html).not.toMatch(/<[a-z][^>]*\s(src|href)=/u);
  });

  it.each([
    ['<b>"x" & \'y\'</b>', '&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;'],
    ['中文', '中文'],
  ])('escapeHtml(%s)', (input, expected) => expect(escapeHtml(input)).toBe(expected));
});
