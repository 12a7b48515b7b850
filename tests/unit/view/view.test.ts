/**
 * The view decides once what every word shows; the wire format carries it to the browser intact,
 * and a damaged row costs that word only. Real Chinese: the seed article, annotated by the
 * pipeline the site builds with.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateArticle } from '@/lib/annotate';
import { parseArticle } from '@/lib/content/parse';
import { buildDeps } from '@/lib/pipeline';
import { createTraditionalConverter } from '@/lib/script';
import { allSentences, allWords, buildView } from '@/lib/view/build';
import { DATA_VERSION, decodeArticleData, encodeArticleData } from '@/lib/view/wire';

const { article } = parseArticle(join(process.cwd(), 'content/articles/xai-supercluster'), 'xai-supercluster');
if (!article) throw new Error('seed article does not validate');
const view = buildView(annotateArticle(article, buildDeps()), { traditional: createTraditionalConverter() });
const words = allWords(view);
const find = (text: string) => words.find((w) => w.token.text === text);

describe('buildView (seed article)', () => {
  it('keeps the text: each sentence is its tokens, in both scripts, code point for code point', () => {
    for (const s of allSentences(view)) {
      expect(s.tokens.map((t) => t.text).join('')).toBe(s.zh);
      expect(s.tokens.map((t) => t.traditional).join('')).toBe(s.zhTraditional);
      expect(Array.from(s.zhTraditional)).toHaveLength(Array.from(s.zh).length);
    }
    expect(view.title.zhTraditional).toBe('馬斯克梭哈 xAI，叫板 OpenAI');
  });

  it.each([
    ['融资', 'glossary', 'to raise funds'],
    ['甲骨文', 'glossary', 'Oracle'],
  ])('%s: first line from the %s (%s)', (text, from, first) => {
    const w = find(text);
    expect(w?.word.firstFrom).toBe(from);
    expect(w?.word.first).toContain(first);
  });

  it('lists common senses before surnames: 和 opens with "and", not "surname He"', () => {
    const w = find('和');
    const entry = w ? view.entries[w.word.entry] : undefined;
    expect(w?.word.first).not.toMatch(/surname/iu);
    expect(entry?.senses[0]?.proper).toBe(false);
  });

  it('gives each character its reading in the word and a common sense: 计 in 计划 is not only "surname Ji"', () => {
    const w = find('计划');
    const chars = w ? view.entries[w.word.entry]?.chars : undefined;
    expect(chars?.[0]).toMatchObject({ char: '计', pinyin: 'ji4' });
    expect(chars?.[0]?.sense).not.toMatch(/surname/iu);
    expect(chars?.[0]?.sense).toMatch(/calculat|count|plan|reckon/iu);
  });

  it.each([
    ['高达', '', /as high as|up to/u],
    ['作为', '', /^as\b/u],
    ['台', '这台超级计算机', /classifier|machines/u],
    ['和', '', /\band\b|\bwith\b/u],
  ])('%s (%s) first shows the sense used there', (text, within, sense) => {
    const w = words.find((x) => x.token.text === text && x.sentence.zh.includes(within));
    expect(w?.word.first).toMatch(sense);
    // The popover lists the entry's senses; the one used here is among them, at the index given.
    const entry = w ? view.entries[w.word.entry] : undefined;
    expect(entry?.senses[w?.word.sense ?? -1]?.text).toBe(w?.word.first);
  });

  it('flags names from the view alone: 马斯克 is a name', () => {
    expect(find('马斯克')?.word.name).toBe(true);
    expect(find('融资')?.word.name).toBe(false);
  });

  it('has one entry per word and reading, shared by its occurrences', () => {
    const keys = view.entries.map((e) => `${e.word} ${e.reading.join(' ').toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length);
    const all = words.filter((w) => w.token.text === '融资');
    expect(all.length).toBeGreaterThan(1);
    expect(new Set(all.map((w) => w.word.entry)).size).toBe(1);
  });
});

describe('article data (wire format)', () => {
  const shipped = JSON.parse(JSON.stringify(encodeArticleData(view))) as Record<string, unknown>;

  it('gives back every word occurrence with its entry, reading, first sense and sentence', () => {
    const data = decodeArticleData(shipped);
    expect(data.problems).toEqual([]);
    expect(data.words).toHaveLength(words.length);
    words.forEach(({ token, word, sentence }, i) => {
      const got = data.words[i];
      expect(got?.citation).toEqual(word.citation);
      expect(got?.spoken).toEqual(word.spoken);
      expect(got?.first).toBe(word.first);
      expect(got?.name).toBe(word.name);
      expect(got?.traditional).toBe(token.traditional);
      expect(data.entries[got?.entry ?? -1]).toEqual(JSON.parse(JSON.stringify(view.entries[word.entry])));
      expect(data.sentences[got?.sentence ?? -1]).toEqual({
        id: sentence.id,
        zh: sentence.zh,
        zhTraditional: sentence.zhTraditional,
        en: sentence.en,
      });
    });
  });

  it('skips and reports a bad row, keeping every other word paired with its element', () => {
    const damaged = structuredClone(shipped) as { words: unknown[]; entries: unknown[] };
    damaged.words[3] = { e: 'x' };
    damaged.entries[0] = { w: 5 };
    const data = decodeArticleData(damaged);
    expect(data.problems).toEqual(expect.arrayContaining([expect.stringMatching(/^words\[3\]/u)]));
    expect(data.problems).toEqual(expect.arrayContaining([expect.stringMatching(/^entries\[0\]/u)]));
    expect(data.words).toHaveLength(words.length);
    expect(data.words[3]?.entry).toBe(-1);
    expect(data.words[4]?.first).toBe(words[4]?.word.first);
  });

  it.each([[null], ['text'], [{ v: DATA_VERSION + 1, words: [] }], [{ v: DATA_VERSION, words: 'x' }]])(
    'turns %j into empty data with a reason, never a throw',
    (raw) => {
      const data = decodeArticleData(raw);
      expect(data.words).toEqual([]);
      if (raw === null || typeof raw !== 'object' || raw.v !== DATA_VERSION) expect(data.problems.length).toBe(1);
    },
  );
});
