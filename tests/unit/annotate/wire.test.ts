/**
 * The dictionary file's rows: every word of the seed's subset comes back exactly as the popover
 * reads it, the file is smaller than the object form, and rows the browser cannot read are skipped.
 */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { annotateArticle } from '@/lib/annotate';
import { compactDictionary } from '@/lib/annotate/compact';
import type { WordInfo } from '@/lib/annotate/types';
import { decodeDictionary, encodeDictionary, WIRE_VERSION } from '@/lib/annotate/wire';
import { parseArticle } from '@/lib/content/parse';
import { buildDeps } from '@/lib/pipeline';

const { article } = parseArticle(join(process.cwd(), 'content/articles/xai-supercluster'), 'xai-supercluster');
if (!article) throw new Error('seed article does not validate');
const compact = compactDictionary(annotateArticle(article, buildDeps()));
/** Through JSON, as the browser receives it. */
const shipped = (dict: Record<string, WordInfo>) => JSON.parse(JSON.stringify(encodeDictionary(dict))) as unknown;

describe('dictionary rows', () => {
  it('give back every word of the seed subset unchanged, and weigh less', () => {
    expect(decodeDictionary(shipped(compact))).toEqual(JSON.parse(JSON.stringify(compact)));
    const gz = (o: unknown) => gzipSync(JSON.stringify(o)).length;
    expect(gz(encodeDictionary(compact))).toBeLessThan(gz(compact) * 0.85);
  });

  const 融资: WordInfo = {
    word: '融资',
    traditional: '融資',
    readings: [{ pinyin: ['rong2', 'zi1'], senses: ['financing'] }],
    gloss: 'glossary',
    glossary: { pinyin: 'róng zī', sense: 'financing' },
    hsk: 6,
  };
  const 𠀀: WordInfo = { word: '𠀀', traditional: '𠀀', readings: [], gloss: 'rare', rare: { codePoint: 'U+20000' } };
  const 霍洛维茨: WordInfo = {
    word: '霍洛维茨',
    traditional: '霍洛維茨',
    readings: [],
    gloss: 'name',
    name: { pinyin: ['Huo4', 'luo4', 'wei2', 'ci2'] },
  };

  it.each([[融资], [𠀀], [霍洛维茨]])('keeps %o', (info) => {
    expect(decodeDictionary(shipped({ [info.word]: info }))).toEqual({ [info.word]: info });
  });

  it.each<[string, unknown]>([
    ['not an object', 'garbage'],
    ['null', null],
    ['another version', { v: WIRE_VERSION + 1, rows: [['融资', '', 0, 0, [['rong2 zi1', 'financing']]]] }],
    ['rows not a list', { v: WIRE_VERSION, rows: {} }],
    ['the old object form', { 融资: 融资 }],
  ])('reads %s as an empty dictionary', (_, raw) => {
    expect(decodeDictionary(raw)).toEqual({});
  });

  it('skips a damaged row and keeps the others', () => {
    const raw = {
      v: WIRE_VERSION,
      rows: [
        ['融资', '融資', 9, 0, []],
        ['公司', '', 0, 1, [['gong1 si1']]],
        'x',
        ['月', '', 0, 1, [[]]],
        ['年', '', 0, 1, [['nian2', 'year']]],
      ],
    };
    expect(Object.keys(decodeDictionary(raw))).toEqual(['公司', '年']);
  });
});
