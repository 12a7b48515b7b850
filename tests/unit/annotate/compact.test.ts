/**
 * The shipped per-article dictionary (out/dict/<slug>.json): cut to what the popover shows, yet
 * every lookup the popover makes still finds its entry, in the WordInfo shape it reads.
 */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { annotateArticle } from '@/lib/annotate';
import { compactDictionary, PART_SENSES, WORD_READINGS, WORD_SENSES } from '@/lib/annotate/compact';
import type { Token } from '@/lib/annotate/types';
import { parseArticle } from '@/lib/content/parse';
import { buildDeps } from '@/lib/pipeline';

const { article } = parseArticle(join(process.cwd(), 'content/articles/xai-supercluster'), 'xai-supercluster');
if (!article) throw new Error('seed article does not validate');
const annotated = annotateArticle(article, buildDeps());
const compact = compactDictionary(annotated);
const tokens: Token[] = [annotated.title, ...annotated.paragraphs.flatMap((p) => p.sentences.map((s) => s.tokens))]
  .flat()
  .filter((t) => t.kind === 'han');

describe('compactDictionary on the seed article', () => {
  it('has an entry for every word on the page, every character of a word and every composed part', () => {
    const missing: string[] = [];
    for (const t of tokens) {
      const info = compact[t.entry ?? ''];
      if (!info) missing.push(t.text);
      if (Array.from(t.text).length > 1) for (const c of t.text) if (!compact[c]) missing.push(c);
      for (const p of info?.parts ?? []) if (!compact[p]) missing.push(p);
    }
    expect(missing).toEqual([]);
  });

  it('keeps a word entry as the full one, cut to the readings and senses the popover lists', () => {
    for (const t of tokens) {
      const full = annotated.dictionary[t.text];
      const cut = compact[t.text];
      expect(cut?.readings.length).toBe(Math.min(WORD_READINGS, full?.readings.length ?? 0));
      cut?.readings.forEach((r, i) => {
        expect(r.pinyin).toEqual(full?.readings[i]?.pinyin);
        expect(r.senses).toEqual(full?.readings[i]?.senses.slice(0, WORD_SENSES));
      });
      expect({ ...cut, readings: [] }).toEqual({ ...full, readings: [] });
    }
  });

  it.each([
    // [word in the article, character, reading the popover shows for it in that word]
    ['超级计算中心', '级', 'ji2'],
    ['马斯克', '斯', 'si1'],
  ])('a character that is not a word of its own keeps the reading it has in %s (%s %s)', (word, ch, reading) => {
    expect(tokens.some((t) => t.text === word)).toBe(true);
    const entry = compact[ch];
    expect(entry?.readings.map((r) => r.pinyin.join(' ').toLowerCase())).toContain(reading);
    for (const r of entry?.readings ?? []) expect(r.senses.length).toBeLessThanOrEqual(PART_SENSES);
  });

  it('drops entries nothing on the page refers to, and is much smaller', () => {
    const referenced = new Set<string>();
    for (const t of tokens) {
      referenced.add(t.entry ?? '');
      if (Array.from(t.text).length > 1) for (const c of t.text) referenced.add(c);
      for (const p of annotated.dictionary[t.text]?.parts ?? []) referenced.add(p);
    }
    expect(Object.keys(compact).filter((k) => !referenced.has(k))).toEqual([]);
    const size = (o: unknown) => gzipSync(JSON.stringify(o)).length;
    expect(size(compact)).toBeLessThan(size(annotated.dictionary) * 0.85);
  });
});

describe('compactDictionary: a character keeps its common reading', () => {
  it('计 in 计划 ships ji4 "to calculate", not only Ji4 "surname Ji"', () => {
    const { article } = parseArticle(join(process.cwd(), 'content/articles/xai-supercluster'), 'xai-supercluster');
    if (!article) throw new Error('seed article does not validate');
    const ji = compactDictionary(annotateArticle(article, buildDeps()))['计'];
    expect(ji?.readings[0]?.pinyin).toEqual(['ji4']);
    expect(ji?.readings[0]?.senses[0]).toBe('to calculate');
  });
});
