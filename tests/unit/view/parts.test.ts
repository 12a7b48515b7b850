/**
 * The parts of a word no dictionary has whole (lib/view): each part's sense is read with the
 * part's own reading in the word and the rules of the language among the parts, so the handout
 * and the popover do not gloss 此项 as "this + back of neck".
 */
import { describe, expect, it } from 'vitest';
import type { WordInfo } from '@/lib/annotate/types';
import { annotated, han, viewOf } from './fixture';

const info = (word: string, readings: WordInfo['readings'], extra: Partial<WordInfo> = {}): WordInfo => ({
  word,
  traditional: word,
  readings,
  gloss: readings.length > 0 ? 'dictionary' : 'composed',
  ...extra,
});

const dictionary: Record<string, WordInfo> = {
  此项: info('此项', [], { parts: ['此', '项'] }),
  粗项: info('粗项', [], { parts: ['粗', '项'] }),
  数千: info('数千', [], { parts: ['数', '千'] }),
  此: info('此', [{ pinyin: ['ci3'], senses: ['this; these'] }]),
  粗: info('粗', [{ pinyin: ['cu1'], senses: ['thick'] }]),
  千: info('千', [{ pinyin: ['qian1'], senses: ['thousand'] }]),
  项: info('项', [
    { pinyin: ['Xiang4'], senses: ['surname Xiang'] },
    {
      pinyin: ['xiang4'],
      senses: ['back of neck', 'item; thing', 'classifier for principles, items, clauses, tasks etc'],
    },
  ]),
  数: info('数', [
    { pinyin: ['shu3'], senses: ['to count', 'to count as'] },
    { pinyin: ['shu4'], senses: ['number; figure', 'several; a few'] },
  ]),
};

const partSenses = (word: string, pinyin: string) => {
  const view = viewOf(annotated([[{ tokens: [han(word, pinyin)], en: '' }]], dictionary));
  return view.entries.find((e) => e.word === word)?.parts?.map((p) => p.sense);
};

describe("the senses of a composed word's parts", () => {
  it.each([
    // word, its reading, the parts' senses
    ['此项', 'ci3 xiang4', ['this; these', 'classifier for principles, items, clauses, tasks etc']],
    ['数千', 'shu4 qian1', ['number; figure', 'thousand']], // 数 read shù here, not shǔ "to count"
    ['粗项', 'cu1 xiang4', ['thick', 'back of neck']], // no numeral or demonstrative: no classifier
  ])('%s (%s): %j', (word, pinyin, senses) => expect(partSenses(word, pinyin)).toEqual(senses));
});
