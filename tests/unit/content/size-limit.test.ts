/**
 * The article size limit: beyond DEFAULT_MAX_ARTICLE_CHARS (or DUIZHAO_MAX_ARTICLE_CHARS) the
 * content check refuses the article with a message naming the file and the line of the paragraph
 * that crosses the limit, and exits 1 — the build stops there instead of running out of memory.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_ARTICLE_CHARS, GLOSSARY_HEADER, parseArticle } from '@/lib/content/parse';

const PARAGRAPH = '全球最大超级计算中心正式开始运转。'; // 16 Han characters, one sentence
const HAN_PER_PARAGRAPH = 16;
const dirs: string[] = [];

/** An article of `paragraphs` one-sentence paragraphs, with aligned English. */
function writeArticle(paragraphs: number): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), 'duizhao-size-'));
  dirs.push(root);
  const dir = join(root, 'big');
  mkdirSync(dir);
  const zh = Array.from({ length: paragraphs }, () => PARAGRAPH).join('\n\n');
  const en = Array.from({ length: paragraphs }, () => 'The largest supercomputing center has begun operating.').join('\n\n');
  writeFileSync(join(dir, 'zh.txt'), `title: 大文章\n\n${zh}\n`);
  writeFileSync(join(dir, 'en.txt'), `title: A big article\n\n${en}\n`);
  writeFileSync(join(dir, 'glossary.tsv'), `${GLOSSARY_HEADER}\n`);
  return { root, dir };
}

/** zh.txt line of paragraph n (1-based): header line, blank line, then a paragraph every 2 lines. */
const lineOf = (n: number) => 3 + (n - 1) * 2;

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('article size limit', () => {
  it.each([
    // [limit, paragraphs, refused, line of the crossing paragraph]
    { limit: 100, paragraphs: 6, refused: false, line: 0 }, // 3 + 96 = 99 characters with the title
    { limit: 100, paragraphs: 7, refused: true, line: lineOf(7) },
    { limit: 40, paragraphs: 5, refused: true, line: lineOf(3) },
  ])('limit $limit, $paragraphs paragraphs → refused: $refused', ({ limit, paragraphs, refused, line }) => {
    const { dir } = writeArticle(paragraphs);
    const { article, problems } = parseArticle(dir, 'big', { maxChars: limit });
    const size = problems.filter((p) => p.message.startsWith('the article is too large'));
    expect(article === null).toBe(refused);
    expect(size.map((p) => p.line)).toEqual(refused ? [line] : []);
    if (refused) {
      expect(size[0]?.file).toBe(join(dir, 'zh.txt'));
      expect(size[0]?.message).toContain(`${3 + paragraphs * HAN_PER_PARAGRAPH} characters, above the limit of ${limit}`);
    }
  });

  it('check-content refuses an article over the default limit with file:line and exits 1', () => {
    const paragraphs = Math.ceil(DEFAULT_MAX_ARTICLE_CHARS / HAN_PER_PARAGRAPH) + 1;
    const { root } = writeArticle(paragraphs);
    const crossing = Math.ceil((DEFAULT_MAX_ARTICLE_CHARS - 3 + 1) / HAN_PER_PARAGRAPH);
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', root], { encoding: 'utf8', env: { ...process.env, DUIZHAO_MAX_ARTICLE_CHARS: '' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`big/zh.txt:${lineOf(crossing)}: the article is too large`);
    expect(r.stderr).toContain(`above the limit of ${DEFAULT_MAX_ARTICLE_CHARS}`);
  });

  it('check-content honours DUIZHAO_MAX_ARTICLE_CHARS', () => {
    const { root } = writeArticle(10);
    const env = (limit: string) => ({ ...process.env, DUIZHAO_MAX_ARTICLE_CHARS: limit });
    const refused = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', root], { encoding: 'utf8', env: env('50') });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`big/zh.txt:${lineOf(3)}: the article is too large: its Chinese text has 163 characters, above the limit of 50`);
    const accepted = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', root], { encoding: 'utf8', env: env('1000') });
    expect(accepted.stderr).toBe('');
    expect(accepted.status).toBe(0);
  });
});
