import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignEnglish } from '@/lib/align';
import { MERGED, MISSING, alignSentences, englishFragments, englishParagraphs } from '@/lib/align/sentences';
import { loadCedict } from '@/lib/dictionary/cedict';
import { cleanScrapedText } from '@/lib/import/clean';
import { PLACEHOLDER } from '@/lib/content/parse';

const ROOT = resolve(__dirname, '../../..');
const SEED = resolve(ROOT, '../shared/seed/000_6661051c6e3eb9db.txt');
const dictionary = loadCedict();
const text = (t: string) => ({ text: t, heading: false });

describe('English paragraphs and fragments', () => {
  it('reads blank-line paragraphs (wrapped lines join), or one paragraph a line when there are none', () => {
    expect(englishParagraphs('One line\nwrapped.\n\n## A heading\n\nTwo.\n')).toEqual([
      'One line wrapped.',
      'A heading',
      'Two.',
    ]);
    expect(englishParagraphs('First.\nSecond.\n')).toEqual(['First.', 'Second.']);
  });

  it.each([
    [
      'It started at 4:20 a.m. US time. It is big.',
      [
        ['It started at 4:20 a.m.', 'soft'],
        ['US time.', 'strong'],
        ['It is big.', 'para'],
      ],
    ],
    [
      'He said: “Go on!” and left.',
      [
        ['He said:', 'weak'],
        ['“Go on!”', 'soft'],
        ['and left.', 'para'],
      ],
    ],
    [
      '“What good name? I saw you.”',
      [
        ['“What good name?', 'strong'],
        ['I saw you.”', 'para'],
      ],
    ],
    // Must not split: a decimal, a time, a name with initials inside a word.
    ['It costs 1.3 million at 4:20 in xAI.', [['It costs 1.3 million at 4:20 in xAI.', 'para']]],
  ])('%s', (paragraph, expected) => {
    expect(englishFragments(paragraph).map((f) => [f.text, f.end])).toEqual(expected);
  });
});

describe('alignSentences', () => {
  it('pairs 1–1 and joins two English sentences for one Chinese sentence (1–2)', () => {
    const result = alignSentences({
      paragraphs: [
        text(
          '伊伏在地上；车夫便也立住脚。我料定这老女人并没有伤，又没有别人看见，便很怪他多事，要自己惹出是非，也误了我的路。',
        ),
      ],
      english:
        'She lay on the ground. The rickshaw man stopped too. I was sure the old woman was not hurt, and no one else had seen it, so I was annoyed at him for meddling, for making trouble for himself and delaying me.',
      dictionary,
    });
    expect(result.paragraphs).toEqual([
      [
        'She lay on the ground. The rickshaw man stopped too.',
        'I was sure the old woman was not hurt, and no one else had seen it, so I was annoyed at him for meddling, for making trouble for himself and delaying me.',
      ],
    ]);
  });

  it('writes a 2–1 merge as the English plus a placeholder line, and lists it', () => {
    const result = alignSentences({
      paragraphs: [
        text('风全住了，路上还很静。我走着，一面想，几乎怕敢想到我自己。以前的事姑且搁起，这一大把铜元又是什么意思？'),
      ],
      english:
        'The wind had dropped completely and the road was still very quiet, and as I walked I thought, almost afraid to think about myself. Setting aside what had gone before, what did this big handful of coppers mean?',
      dictionary,
    });
    expect(result.paragraphs[0]?.[1]).toBe(MERGED);
    expect(result.paragraphs[0]?.[2]).toBe(
      'Setting aside what had gone before, what did this big handful of coppers mean?',
    );
    expect(result.review.map((r) => r.at)).toEqual(expect.arrayContaining(['1:1', '1:2']));
  });

  it('writes a placeholder for a sentence the English leaves out (1–0), and lists it', () => {
    const result = alignSentences({
      paragraphs: [
        text(
          '这是民国六年的冬天，大北风刮得正猛，我因为生计关系，不得不一早在路上走。一路几乎遇不见人，好容易才雇定了一辆人力车，教他拉到S门去。不一会，北风小了。',
        ),
      ],
      english:
        'It was the winter of the sixth year of the Republic, the north wind was blowing hard, and to make a living I had to be out on the road early. Soon the north wind dropped.',
      dictionary,
    });
    expect(result.paragraphs[0]).toEqual([
      'It was the winter of the sixth year of the Republic, the north wind was blowing hard, and to make a living I had to be out on the road early.',
      MISSING,
      'Soon the north wind dropped.',
    ]);
    expect(result.review.find((r) => r.at === '1:2')?.why).toContain('no English found');
  });

  it('follows English paragraphs that merge two Chinese paragraphs, and takes the title', () => {
    const result = alignSentences({
      title: '一件小事',
      paragraphs: [
        text('但有一件小事，却于我有意义，将我从坏脾气里拖开，使我至今忘记不得。'),
        text('一九二〇年七月。'),
      ],
      english:
        'A Small Incident\n\nBut one small incident meant something to me, pulling me out of my bad temper, and I cannot forget it even now. July 1920.',
      dictionary,
    });
    expect(result.title).toBe('A Small Incident');
    expect(result.paragraphs).toEqual([
      [
        'But one small incident meant something to me, pulling me out of my bad temper, and I cannot forget it even now.',
      ],
      ['July 1920.'],
    ]);
  });

  it('leaves the title a placeholder when the English has none', () => {
    const result = alignSentences({
      title: '一件小事',
      paragraphs: [text('一九二〇年七月。')],
      english: 'July 1920.',
      dictionary,
    });
    expect(result.title).toBeNull();
    expect(result.paragraphs).toEqual([['July 1920.']]);
  });
});

describe('the seed: raw text and its own English give back en.txt', () => {
  it.skipIf(!existsSync(SEED))('sentence for sentence', () => {
    const gold = readFileSync(join(ROOT, 'content/articles/xai-supercluster/en.txt'), 'utf8');
    const [header, ...blocks] = gold.trim().split('\n\n');
    const title = (header as string).split('\n')[0]?.replace(/^title:\s*/u, '') ?? '';
    // The English as a teacher would have it: title, then one paragraph per block.
    const english = [title, ...blocks.map((b) => b.replace(/^## /u, '').split('\n').join(' '))].join('\n\n');
    const imported = cleanScrapedText(readFileSync(SEED, 'utf8'));
    const { enTxt, result } = alignEnglish(imported.meta.title, imported.paragraphs, english, dictionary, PLACEHOLDER);
    expect(result.title).toBe(title);
    expect(enTxt.trim().split('\n\n').slice(1)).toEqual(blocks);
  });
});
