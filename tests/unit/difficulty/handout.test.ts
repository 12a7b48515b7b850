import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle, Token, WordInfo } from '@/lib/annotate/types';
import { handoutVocabulary } from '@/lib/handout';

const han = (text: string, citation: string[], hsk?: number): Token => ({
  text,
  kind: 'han',
  entry: text,
  pinyin: { citation, spoken: citation, source: 'dictionary' },
  ...(hsk ? { hsk } : {}),
});
const dict: Record<string, WordInfo> = {
  融资: {
    word: '融资',
    traditional: '融資',
    readings: [{ pinyin: ['rong2', 'zi1'], senses: ['financing'] }],
    gloss: 'glossary',
    glossary: { pinyin: 'róng zī', sense: 'funding round' },
  },
  我们: {
    word: '我们',
    traditional: '我們',
    readings: [{ pinyin: ['wo3', 'men5'], senses: ['we', 'us'] }],
    gloss: 'dictionary',
    hsk: 1,
  },
  马斯克: {
    word: '马斯克',
    traditional: '馬斯克',
    readings: [{ pinyin: ['Ma3', 'si1', 'ke4'], senses: ['Musk'] }],
    gloss: 'name',
  },
};

describe('handoutVocabulary', () => {
  it('lists distinct words in order, glossary sense first, names left out, beyond HSK as 7', () => {
    const article: Pick<AnnotatedArticle, 'title' | 'paragraphs' | 'dictionary'> = {
      title: [han('我们', ['wo3', 'men5'], 1)],
      paragraphs: [
        {
          kind: 'text',
          pending: false,
          sentences: [
            {
              tokens: [
                han('马斯克', ['Ma3', 'si1', 'ke4']),
                han('融资', ['rong2', 'zi1']),
                han('我们', ['wo3', 'men5'], 1),
              ],
              en: '',
            },
          ],
        },
      ],
      dictionary: dict,
    };
    expect(handoutVocabulary(article)).toEqual([
      { word: '我们', pinyin: 'wǒ men', sense: 'we; us', level: 1 },
      { word: '融资', pinyin: 'róng zī', sense: 'funding round', level: 7 },
    ]);
  });
});
