import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parseArticle } from '@/lib/content/parse';
import { annotateArticle } from '@/lib/annotate';
import { loadCedict } from '@/lib/dictionary/cedict';
import { loadHskLevels } from '@/lib/dictionary/hsk';
import { createSegmenter } from '@/lib/segment';
import { splitSentences } from '@/lib/text/sentences';
import { formatReading } from '@/lib/pinyin/syllable';

const { article } = parseArticle(join(process.cwd(), 'content/articles/xai-supercluster'), 'xai-supercluster');
if (!article) throw new Error('seed article does not validate');
const segmenter = createSegmenter();
const annotated = annotateArticle(article, {
  segment: segmenter.segment,
  dictionary: loadCedict(),
  hsk: loadHskLevels(),
});
const tokens = annotated.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.tokens));

describe('annotateArticle on the seed article', () => {
  it('keeps every paragraph exactly: tokens concatenate to the source text', () => {
    annotated.paragraphs.forEach((p, i) => {
      expect(p.sentences.map((s) => s.tokens.map((t) => t.text).join('')).join('')).toBe(article.paragraphs[i]?.zh);
    });
  });

  it('aligns one English sentence with each Chinese sentence', () => {
    annotated.paragraphs.forEach((p, i) => {
      const source = article.paragraphs[i];
      const expected = source?.kind === 'heading' ? 1 : splitSentences(source?.zh ?? '').length;
      expect(p.sentences).toHaveLength(expected);
      for (const s of p.sentences) expect(s.en.length).toBeGreaterThan(0);
    });
  });

  it.each([
    ['超级计算中心', 'chāo jí jì suàn zhōng xīn', 'supercomputing center'],
    ['融资', 'róng zī', 'financing'],
    ['甲骨文', 'jiǎ gǔ wén', 'Oracle'],
  ])('%s is one token read %s with its glossary sense', (word, pinyin, sense) => {
    const t = tokens.find((x) => x.text === word);
    expect(t?.pinyin && formatReading(t.pinyin.citation, 'marks').toLowerCase()).toBe(pinyin);
    expect(t?.sense).toContain(sense);
    expect(annotated.dictionary[word]?.gloss).toBe('glossary');
  });

  it('gives every Han token something to show', () => {
    for (const t of tokens.filter((x) => x.kind === 'han')) {
      const info = t.entry ? annotated.dictionary[t.entry] : undefined;
      const hasGloss = Boolean(info?.glossary || (info?.readings.length ?? 0) > 0 || (info?.parts?.length ?? 0) > 0);
      expect(hasGloss, `${t.text} has no gloss`).toBe(true);
    }
  });

  it('ships a dictionary subset, not the whole dictionary', () => {
    const size = Object.keys(annotated.dictionary).length;
    expect(size).toBeGreaterThan(300);
    expect(size).toBeLessThan(3000);
  });
});
