import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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

  it.skipIf(!existsSync(SEED))('reports the duplicate, the boilerplate, the headings and the captions', () => {
    const { report } = cleanScrapedText(readFileSync(SEED, 'utf8'));
    const of = (kind: string) => report.filter((r) => r.kind === kind).map((r) => r.text);
    expect(of('duplicate')).toEqual(['lines 1–51 repeat lines 57–107']);
    expect(of('heading')).toEqual(['耗费巨资的超级计算中心', '估值突破 1300 亿的 xAI', 'AI 世界的人才大战']);
    expect(of('caption')).toEqual(['马斯克在 Supercluster', 'Grok-1.5V']);
    expect(of('image-credit')).toEqual(['来源：网络']);
    expect(of('ui')).toEqual(['匿名']);
    expect(of('nav')).toHaveLength(1);
    expect(of('copyright')).toHaveLength(2);
    expect(of('disclaimer')).toHaveLength(1);
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
    ['AI 世界的人才大战', false],
    ['马斯克在 Supercluster', true], // locative + Latin: the place a photo shows
    ['Grok-1.5V', true], // no Han at all
    ['图：读者在新馆二楼阅览区', true], // picture marker
    ['新馆外景', true], // fewer than 5 Han characters
  ])('caption(%s) = %s', (line, caption) => expect(looksLikeCaption(line)).toBe(caption));

  it.each([
    ['一座会“呼吸”的建筑', true],
    ['“我们必须自己掌握方向盘。”', false],
    ['超级计算中心的正式启用，将拉响马斯克反攻 OpenAI 的号角。', false],
  ])('short(%s) = %s', (line, short) => expect(isShortLine(line)).toBe(short));

  it('finds the longest repeated run, and nothing when lines only repeat singly', () => {
    expect(findRepeat(['甲', '乙', '丙', '丁', 'x', '甲', '乙', '丙', '丁'])).toEqual({
      first: 0,
      second: 5,
      length: 4,
    });
    expect(findRepeat(['甲', '乙', '甲', '丙', '乙'])).toBeNull();
  });

  it('a short line followed by another short line is a caption, not a heading', () => {
    const r = cleanScrapedText(
      '标题在这里\n这是第一段正文，很长很长。\n新馆里的阅览区全景\n读者在二楼看书的照片\n第二段正文也足够长。',
    );
    expect(r.paragraphs).toEqual(['这是第一段正文，很长很长。', '第二段正文也足够长。']);
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

describe('npm run import (CLI)', () => {
  const run = (args: string[], contentDir: string) =>
    spawnSync('npx', ['tsx', 'scripts/import.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, DUIZHAO_CONTENT_DIR: contentDir },
    });

  it('writes the article, refuses to overwrite it, and overwrites with --force', () => {
    const content = mkdtempSync(join(tmpdir(), 'duizhao-content-'));
    const input = join(FIXTURES, 'city-library.input.txt');
    const first = run([input, '--slug', 'city-library'], content);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('removed repeated copy');
    expect(first.stdout).toContain('kept as heading: 一座会“呼吸”的建筑');
    expect(readFileSync(join(content, 'city-library/zh.txt'), 'utf8')).toBe(
      readFileSync(join(FIXTURES, 'city-library.expected.txt'), 'utf8'),
    );
    expect(readFileSync(join(content, 'city-library/glossary.tsv'), 'utf8')).toBe('term\tpinyin\tsense\tnote\n');
    const again = run([input, '--slug', 'city-library'], content);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists: .*--force/u);
    expect(run([input, '--slug', 'city-library', '--force'], content).status).toBe(0);
  });

  it.each([
    ['not UTF-8 (GBK bytes)', Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0x0a]), /not valid UTF-8 text.*Save it as UTF-8/u],
    ['no Chinese', Buffer.from('Just an English page.\nNothing else.\n'), /holds no Chinese characters/u],
  ])('exits 1 on a file that is %s, naming the file', (_name, bytes, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-bad-'));
    const input = join(dir, 'raw.txt');
    writeFileSync(input, bytes);
    const r = run([input, '--slug', 'bad'], join(dir, 'content'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain(input);
    expect(existsSync(join(dir, 'content', 'bad'))).toBe(false);
  });
});
