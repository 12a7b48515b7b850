import { describe, expect, it } from 'vitest';
import { readPinnedSenses, type Problem } from '@/lib/content/parse';
import { glossaryEntrySchema } from '@/lib/content/schema';

const ZH = '马斯克作为 OpenAI 的联合创始人之一。作为世界范围内的“知名网红”，马斯克的一举一动都能影响到一个赛道。';

function parse(text: string) {
  const problems: Problem[] = [];
  const senses = readPinnedSenses(text, 'senses.tsv', ZH, problems).map(({ word, sense, context }) => ({ word, sense, context }));
  return { senses, problems: problems.map((p) => `${p.line}: ${p.message}`) };
}

describe('senses.tsv', () => {
  it('reads pins by number or text, article-wide or for one sentence', () => {
    const { senses, problems } = parse('word\tsense\tcontext\n作为\t7\n赛道\tsector; field\t影响到一个赛道\n\n# a comment\n');
    expect(problems).toEqual([]);
    expect(senses).toEqual([
      { word: '作为', sense: '7', context: undefined },
      { word: '赛道', sense: 'sector; field', context: '影响到一个赛道' },
    ]);
  });

  it('accepts the two-column header', () => {
    expect(parse('word\tsense\n作为\t7\n').problems).toEqual([]);
  });

  it('the same word may be pinned once article-wide and once per sentence', () => {
    const { senses, problems } = parse('word\tsense\tcontext\n作为\t7\n作为\t6\t马斯克作为 OpenAI\n');
    expect(problems).toEqual([]);
    expect(senses).toHaveLength(2);
  });

  it.each([
    ['word\tsense\n作为\n', /^2: expected 2 or 3 tab-separated fields/u],
    ['word\tsense\nAI\t1\n', /^2: pinned sense word: word must be Chinese characters only/u],
    ['word\tsense\n作为\t\n', /^2: pinned sense sense: must not be empty/u],
    ['word\tsense\tcontext\n作为\t7\t一举一动\n', /^2: the context "一举一动" does not contain "作为"/u],
  ])('%j → %s', (text, message) => {
    const { problems } = parse(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });
});

describe('glossary kind column', () => {
  const row = { term: '埃隆', pinyin: 'āi lóng', sense: 'Elon (given name)', line: 2 };
  it.each([
    ['name', 'name'],
    ['skip', 'skip'],
    ['', undefined],
    [undefined, undefined],
  ])('kind %j → %j', (kind, expected) => {
    const parsed = glossaryEntrySchema.parse({ ...row, kind });
    expect(parsed.kind).toBe(expected);
    expect('kind' in parsed).toBe(expected !== undefined);
  });

  it('refuses any other kind', () => {
    expect(glossaryEntrySchema.safeParse({ ...row, kind: 'place' }).success).toBe(false);
  });
});
