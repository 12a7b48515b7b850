import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAll } from '@/lib/content/load';

const FIXTURES = resolve(__dirname, '../../fixtures/content-invalid');
const cases = readdirSync(FIXTURES).sort();

/** Problems as "file:line: message", paths relative to the case folder (as expected.txt has them). */
function report(dir: string, drafts = false): string {
  const { problems } = loadAll(dir, { drafts });
  return problems.map((p) => `${relative(dir, p.file)}:${p.line}: ${p.message}`).join('\n');
}

describe('malformed content: each fixture gives its expected problems, with file and line', () => {
  it('has at least 15 fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(15));

  it.each(cases)('%s', (name) => {
    const dir = join(FIXTURES, name);
    const expected = readFileSync(join(dir, 'expected.txt'), 'utf8').trim();
    expect(expected).not.toBe('');
    // Every expected line names a file and a line number.
    for (const line of expected.split('\n')) expect(line).toMatch(/^[^:]+:\d+: .+: .+/u);
    expect(report(dir)).toBe(expected);
  });
});

const VALID = join(FIXTURES, 'placeholder-left'); // valid but for the placeholder

describe('drafts', () => {
  it('a placeholder is a problem unless the article is a draft or drafts are previewed', () => {
    expect(report(VALID)).toContain('still a translation placeholder');
    expect(report(VALID, true)).toBe('');
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-draft-'));
    cpSync(VALID, dir, { recursive: true });
    const zh = join(dir, 'library', 'zh.txt');
    writeFileSync(zh, readFileSync(zh, 'utf8').replace('source: 晨光日报\n', 'source: 晨光日报\ndraft: true\n'));
    const { articles, problems } = loadAll(dir, {});
    expect(problems).toEqual([]);
    expect(articles[0]?.meta.draft).toBe(true);
    expect(articles[0]?.paragraphs.map((p) => p.pending)).toEqual([false, false, true]);
  });

  it('the shipped content is valid', () => {
    expect(loadAll(resolve(__dirname, '../../../content/articles'), {}).problems).toEqual([]);
  });
});
