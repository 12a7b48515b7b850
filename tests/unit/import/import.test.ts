import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cleanScrapedText,
  findRepeat,
  formatEnSkeleton,
  formatZh,
  isShortLine,
  looksLikeCaption,
} from '@/lib/import/clean';
import { parseArticle, PLACEHOLDER } from '@/lib/content/parse';

const ROOT = resolve(__dirname, '../../..');
const SEED = resolve(ROOT, '../shared/seed/000_6661051c6e3eb9db.txt');
const FIXTURES = join(ROOT, 'tests/fixtures/import');

const importText = (raw: string) => {
  const r = cleanScrapedText(raw);
  return formatZh(r.meta, r.paragraphs);
};

describe('importing the raw seed', () => {
  it.skipIf(!existsSync(SEED))(
    `reproduces content/articles/xai-supercluster/zh.txt exactly${existsSync(SEED) ? '' : ` (skipped: ${SEED} is absent)`}`,
    () => {
      const expected = readFileSync(join(ROOT, 'content/articles/xai-supercluster/zh.txt'), 'utf8');
      expect(importText(readFileSync(SEED, 'utf8'))).toBe(expected);
    },
  );

  it.skipIf(!existsSync(SEED))('reports each removed line with what it was taken for', () => {
    const { report } = cleanScrapedText(readFileSync(SEED, 'utf8'));
    const of = (kind: string) => report.filter((r) => r.kind === kind).map((r) => r.text);
    expect(of('duplicate')).toEqual(['lines 1–51 repeat lines 57–107']);
    expect(of('heading')).toEqual(['耗费巨资的超级计算中心', '估值突破 1300 亿的 xAI', 'AI 世界的人才大战']);
    expect(of('caption')).toEqual(['马斯克在 Supercluster', 'Grok-1.5V', '来源：网络']);
    expect(of('widget')).toEqual(['匿名']);
    expect(of('nav')).toHaveLength(1);
    expect(of('footer')).toHaveLength(3); // two copyright lines and the disclaimer
    expect(of('title')).toEqual(['马斯克梭哈 xAI，叫板 OpenAI']);
    expect(of('credit')).toEqual(['作者|孙鹏越', '编辑|大风']);
  });
});

describe('paired scraped fixtures', () => {
  const cases = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.input.txt'))
    .map((f) => f.replace(/\.input\.txt$/u, ''));
  it('has at least one case besides the seed', () => expect(cases.length).toBeGreaterThan(0));
  it.each(cases)('%s', (name) => {
    const raw = readFileSync(join(FIXTURES, `${name}.input.txt`), 'utf8');
    expect(importText(raw)).toBe(readFileSync(join(FIXTURES, `${name}.expected.txt`), 'utf8'));
  });
});

describe('line rules', () => {
  it.each([
    ['耗费巨资的超级计算中心', false],
    ['估值突破 1300 亿的 xAI', false],
    ['马斯克在 Supercluster', true], // locative + Latin: the place a photo shows
    ['Grok-1.5V', true], // no Han at all
    ['新馆外景', false], // short, but may be a heading: kept, with "check this"
    ['概览', false],
  ])('looksLikeCaption(%s) = %s', (line, caption) => expect(looksLikeCaption(line)).toBe(caption));

  it.each([
    ['一座会“呼吸”的建筑', true],
    ['新来的“省尾书记”', true], // a headline ending in a quoted term
    ['“我们必须自己掌握方向盘。”', false],
    ['直到那个大雨滂沱的夜晚——', false],
    ['超级计算中心的正式启用，将拉响马斯克反攻 OpenAI 的号角。', false],
  ])('isShortLine(%s) = %s', (line, short) => expect(isShortLine(line)).toBe(short));

  it('finds the longest repeated run, ignoring blank lines, and nothing when lines only repeat singly', () => {
    expect(findRepeat(['甲', '乙', '丙', '丁', 'x', '甲', '乙', '丙', '丁'])).toEqual({
      first: 0,
      second: 5,
      length: 4,
    });
    expect(findRepeat(['甲', '', '乙', '丙', 'x', '甲', '乙', '', '丙'])).toEqual({ first: 0, second: 5, length: 3 });
    expect(findRepeat(['甲', '乙', '甲', '丙', '乙'])).toBeNull();
  });

  it('finds the copy in a file of 60,000 lines, many of them identical', () => {
    // Speed is measured, not asserted (README): this file took 279 s with the old quadratic scan.
    const lines = Array.from({ length: 60_000 }, (_, i) =>
      (i % 30_000) % 7 === 0 ? '重复的一行。' : `第${i % 30_000}行的内容。`,
    );
    expect(findRepeat(lines)).toEqual({ first: 0, second: 30_000, length: 30_000 });
  });

  it.each([
    // [lines, expected paragraphs]
    [
      [
        '标题在这里',
        '这是第一段正文，很长很长，写够了十五个汉字以上。',
        '概览',
        '第二段正文也足够长，同样超过十五个汉字。',
      ],
      ['这是第一段正文，很长很长，写够了十五个汉字以上。', '## 概览', '第二段正文也足够长，同样超过十五个汉字。'],
    ],
    [
      [
        '标题在这里',
        '第一段正文写够十五个汉字以上，才算段落。',
        '一、存储优化',
        '1.1 数据压缩',
        '压缩之后的数据更小，读写也就更快了。',
      ],
      [
        '第一段正文写够十五个汉字以上，才算段落。',
        '## 一、存储优化',
        '## 1.1 数据压缩',
        '压缩之后的数据更小，读写也就更快了。',
      ],
    ],
    // a numbered heading glued to the end of a paragraph is split off
    [
      [
        '标题在这里',
        '第一段正文写够十五个汉字以上，才算段落，最后讲到今天的工作。1 数据场景的特点',
        '这一部分讲数据的规模，写够十五个汉字以上。',
      ],
      [
        '第一段正文写够十五个汉字以上，才算段落，最后讲到今天的工作。',
        '## 1 数据场景的特点',
        '这一部分讲数据的规模，写够十五个汉字以上。',
      ],
    ],
    // the last short line of the text is kept, not dropped
    [
      ['标题在这里', '第一段正文写够十五个汉字以上，才算段落。', '（完）'],
      ['第一段正文写够十五个汉字以上，才算段落。', '（完）'],
    ],
  ])('keeps short real headings and the last short line: %j', (lines, paragraphs) => {
    expect(cleanScrapedText(lines.join('\n')).paragraphs).toEqual(paragraphs);
  });
});

describe('the written files parse as a draft article', () => {
  it('zh.txt, en.txt placeholders and an empty glossary validate with draft: true, and fail without', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-import-'));
    const raw = readFileSync(join(FIXTURES, 'city-library.input.txt'), 'utf8');
    const r = cleanScrapedText(raw);
    writeFileSync(join(dir, 'zh.txt'), formatZh(r.meta, r.paragraphs, true));
    writeFileSync(join(dir, 'en.txt'), formatEnSkeleton(r.paragraphs, PLACEHOLDER));
    writeFileSync(join(dir, 'glossary.tsv'), 'term\tpinyin\tsense\tnote\n');
    const draft = parseArticle(dir, 'city-library');
    expect(draft.problems).toEqual([]);
    expect(draft.article?.paragraphs.every((p) => p.pending)).toBe(true);
    writeFileSync(join(dir, 'zh.txt'), formatZh(r.meta, r.paragraphs, false));
    const strict = parseArticle(dir, 'city-library');
    expect(strict.problems.length).toBe(r.paragraphs.length + 1); // every block and the title
  });
});

// Each case spawns the command (tsx start-up is seconds on a busy machine), hence the timeout.
describe('npm run import (CLI)', { timeout: 240_000 }, () => {
  const run = (args: string[], contentDir: string, env: Record<string, string> = {}) =>
    spawnSync('npx', ['tsx', 'scripts/import.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, DUIZHAO_CONTENT_DIR: contentDir, ...env },
    });
  const input = join(FIXTURES, 'city-library.input.txt');

  it('writes the article, refuses to overwrite it, and with --force keeps a translation and a glossary', () => {
    const content = mkdtempSync(join(tmpdir(), 'duizhao-content-'));
    const first = run([input, '--slug', 'city-library'], content);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('removed duplicate copy');
    expect(first.stdout).toContain('kept heading: 一座会“呼吸”的建筑');
    expect(first.stdout).toMatch(/summary: \d+ paragraph/u);
    const dir = join(content, 'city-library');
    expect(readFileSync(join(dir, 'zh.txt'), 'utf8')).toBe(
      readFileSync(join(FIXTURES, 'city-library.expected.txt'), 'utf8'),
    );
    expect(readFileSync(join(dir, 'glossary.tsv'), 'utf8')).toBe('term\tpinyin\tsense\tnote\n');

    const again = run([input, '--slug', 'city-library'], content);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already exists: .*--force/u);

    const translation = 'title: The old town library reopens\n\nAfter two years of renovation, the library reopened.\n';
    const glossary = 'term\tpinyin\tsense\tnote\n图书馆\ttú shū guǎn\tlibrary\t\n';
    writeFileSync(join(dir, 'en.txt'), translation);
    writeFileSync(join(dir, 'glossary.tsv'), glossary);
    const forced = run([input, '--slug', 'city-library', '--force'], content);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toMatch(/translated en\.txt moved aside to en\.before-import-/u);
    expect(forced.stdout).toContain('glossary.tsv kept');
    expect(readFileSync(join(dir, 'glossary.tsv'), 'utf8')).toBe(glossary);
    const aside = readdirSync(dir).find((f) => f.startsWith('en.before-import-'));
    expect(aside && readFileSync(join(dir, aside), 'utf8')).toBe(translation);
    expect(readdirSync(content)).toEqual(['city-library']); // no temporary folder left behind
  });

  it('decodes GB18030, Big5 and UTF-16 with a BOM', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-enc-'));
    const text = readFileSync(input, 'utf8');
    const cases: [string, Buffer][] = [
      ['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
      ['GB18030', Buffer.from(spawnSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text }).stdout)],
    ];
    const traditional = readFileSync(join(FIXTURES, 'corpus/storystudio-martial-law.raw.txt'), 'utf8');
    const big5 = Buffer.from(spawnSync('iconv', ['-f', 'UTF-8', '-t', 'BIG5'], { input: traditional }).stdout);
    for (const [name, bytes] of cases) {
      const file = join(dir, `${name}.txt`);
      writeFileSync(file, bytes);
      const r = run([file, '--slug', name.toLowerCase()], join(dir, 'content'));
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain(`(${name})`);
      expect(readFileSync(join(dir, 'content', name.toLowerCase(), 'zh.txt'), 'utf8')).toContain(
        'title: 老城图书馆重新开放',
      );
    }
    writeFileSync(join(dir, 'big5.txt'), big5);
    const r = run([join(dir, 'big5.txt'), '--slug', 'big5'], join(dir, 'content'));
    expect(r.stdout).toContain('(Big5)');
    expect(readFileSync(join(dir, 'content', 'big5', 'zh.txt'), 'utf8')).toContain('title: 「戒嚴時期跑新聞的最大收獲');
  });

  it.each([
    ['no input file', [] as string[], /no input file given/u],
    ['no --slug', ['INPUT'], /no --slug given/u],
    ['a slug with a space', ['INPUT', '--slug', 'city', 'library'], /slug cannot contain spaces.*--slug city-library/u],
    ['an invalid slug', ['INPUT', '--slug', 'City Library'], /not a valid slug/u],
    ['a directory', ['DIR', '--slug', 'x'], /is a directory: give the raw \.txt file/u],
    ['a missing file', ['DIR/none.txt', '--slug', 'x'], /no such file/u],
    ['an unknown option', ['INPUT', '--slug', 'x', '--frce'], /unknown option --frce/u],
  ])('exits 2 with a message, no stack trace, on %s', (_name, args, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-bad-'));
    const r = run(
      args.map((a) => a.replace('INPUT', input).replace('DIR', dir)),
      join(dir, 'content'),
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /u);
    expect(existsSync(join(dir, 'content'))).toBe(false);
  });

  it.each([
    ['UTF-16 without a byte-order mark', Buffer.from('只有中文，没有标记。\n'.repeat(20), 'utf16le'), /UTF-16LE/u],
    ['binary noise', Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 97 + 131) % 256)), /not valid UTF-8/u],
    ['no Chinese', Buffer.from('Just an English page.\nNothing else.\n'), /holds no Chinese characters/u],
  ])('exits 2 on a file that is %s, naming the file and the likely encoding', (_name, bytes, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-bad-'));
    const file = join(dir, 'raw.txt');
    writeFileSync(file, bytes);
    const r = run([file, '--slug', 'bad'], join(dir, 'content'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain(file);
    expect(existsSync(join(dir, 'content', 'bad'))).toBe(false);
  });

  it('refuses a page broken into line fragments unless --keep-lines, and an article over the size limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-frag-'));
    const fragmented = join(FIXTURES, 'corpus/m163-dalian.raw.txt');
    const refused = run([fragmented, '--slug', 'dalian'], join(dir, 'content'));
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/broken into line fragments.*--keep-lines/u);
    expect(run([fragmented, '--slug', 'dalian', '--keep-lines'], join(dir, 'content')).status).toBe(0);
    const big = run([input, '--slug', 'big'], join(dir, 'content'), { DUIZHAO_MAX_ARTICLE_CHARS: '100' });
    expect(big.status).toBe(2);
    expect(big.stderr).toMatch(/city-library\.input\.txt:\d+: .*above the limit of 100/u);
    expect(existsSync(join(dir, 'content', 'big'))).toBe(false);
  });

  it('shows progress on stderr for a long input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-long-'));
    mkdirSync(join(dir, 'content'));
    const file = join(dir, 'long.txt');
    writeFileSync(file, readFileSync(input, 'utf8').repeat(400));
    const r = run([file, '--slug', 'long'], join(dir, 'content'));
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/import: looking for a repeated copy… \d+%/u);
  });
});
