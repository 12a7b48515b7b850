import { describe, expect, it } from 'vitest';
import { englishWords, senseWords, stem } from '@/lib/sense/english';

describe('stem: inflected forms meet their base form', () => {
  it.each([
    ['financing', 'finance'],
    ['finances', 'finance'],
    ['cities', 'city'],
    ['studied', 'study'],
    ['completion', 'complete'],
    ['stopped', 'stop'],
    ['running', 'run'],
    ['made', 'make'],
    ['took', 'take'],
    ['children', 'child'],
    ['unexpectedly', 'unexpected'],
    ['French', 'France'],
    ['Musk’s', 'Musk'],
  ])('%s ~ %s', (a, b) => expect(stem(a)).toBe(stem(b)));

  it.each([
    ['using', 'US'],
    ['news', 'new'],
    ['sing', 's'],
    ['during', 'dure'],
  ])('%s does not meet %s', (a, b) => expect(stem(a)).not.toBe(stem(b)));
});

describe('englishWords: words with UTF-16 offsets into the line', () => {
  it('keeps curly apostrophes, numbers with separators and upper-case abbreviations', () => {
    const line = 'xAI’s 100,000 H100s cost 4 billion US dollars.';
    const words = englishWords(line);
    expect(words.map((w) => line.slice(w.start, w.end))).toEqual([
      'xAI’s',
      '100,000',
      'H100s',
      'cost',
      '4',
      'billion',
      'US',
      'dollars',
    ]);
    expect(words.find((w) => w.text === '100,000')).toMatchObject({ number: true, stem: '100000' });
    expect(words.find((w) => w.text === 'US')?.stop).toBe(false); // the country, not "us"
  });

  it('offsets stay right after characters outside the BMP', () => {
    const line = '𠀀 said “As a world-famous figure”';
    const as = englishWords(line).find((w) => w.text === 'As');
    expect(as && line.slice(as.start, as.end)).toBe('As');
    expect(as?.stop).toBe(true);
  });
});

describe('senseWords: what a CC-CEDICT sense can match', () => {
  it.each([
    ['to finance', ['financ'], []],
    ['(joining two nouns) and; together with; with (Taiwan pr. [han4])', ['together'], ['and', 'with']],
    ['as (in the capacity of)', [], ['as']],
    ['abbr. for 非洲[Fei1 zhou1], Africa', ['africa'], []],
    ['really and truly', ['real', 'truli'], []],
    [
      '(May 4th period) third person singular feminine pronoun ("she")',
      ['third', 'person', 'singular', 'feminin', 'pronoun'],
      ['she'],
    ],
    ['is; are; to be', [], ['is', 'are', 'be']],
  ])('%s', (sense, content, fn) => {
    const w = senseWords(sense);
    expect(w.content).toEqual(content);
    expect([...new Set(w.function)]).toEqual(fn);
  });

  it.each(['surname He', 'variant of 從|从[cong2]', 'CL:個|个[ge4]', 'used in 倘佯[chang2 yang2]'])(
    '%s translates nothing',
    (sense) => expect(senseWords(sense).empty).toBe(true),
  );
});
