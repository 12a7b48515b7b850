import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const ARTICLE = join(ROOT, 'content/articles/wangari-maathai');

const run = (args: string[], contentDir: string) =>
  spawnSync('npx', ['tsx', 'scripts/import.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DUIZHAO_CONTENT_DIR: contentDir },
  });

/** The article's Chinese as scraped text (title line, then paragraphs) and its English as plain paragraphs. */
function inputs(dir: string): { raw: string; english: string } {
  const [zhHead, ...zhBody] = readFileSync(join(ARTICLE, 'zh.txt'), 'utf8').trim().split('\n\n');
  const [enHead, ...enBody] = readFileSync(join(ARTICLE, 'en.txt'), 'utf8').trim().split('\n\n');
  const title = (head: string) => (head.split('\n')[0] ?? '').replace(/^title:\s*/u, '');
  const raw = join(dir, 'raw.txt');
  const english = join(dir, 'english.txt');
  writeFileSync(raw, `${title(zhHead as string)}\n${zhBody.join('\n')}\n`);
  writeFileSync(english, [title(enHead as string), ...enBody.map((b) => b.split('\n').join(' '))].join('\n\n'));
  return { raw, english };
}

describe('npm run import -- raw.txt --english english.txt', () => {
  it('writes the aligned en.txt, and moves a translated en.txt aside under --force', () => {
    const work = mkdtempSync(join(tmpdir(), 'duizhao-english-'));
    const content = join(work, 'content');
    const { raw, english } = inputs(work);
    const first = run([raw, '--slug', 'wangari-maathai', '--english', english], content);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('en.txt aligned from');
    const body = (file: string) => readFileSync(file, 'utf8').trim().split('\n\n').slice(1);
    expect(body(join(content, 'wangari-maathai/en.txt'))).toEqual(body(join(ARTICLE, 'en.txt')));

    const again = run([raw, '--slug', 'wangari-maathai', '--english', english, '--force'], content);
    expect(again.status).toBe(0);
    // The translated en.txt that was there is moved aside, never overwritten (scripts/import.ts).
    expect(again.stdout).toMatch(/en\.before-import-[\dT-]+\.txt/u);
    expect(readdirSync(join(content, 'wangari-maathai')).filter((f) => f.startsWith('en.before-import-'))).toHaveLength(
      1,
    );
  }, 120_000);

  it('refuses an English file that is missing or holds no English', () => {
    const work = mkdtempSync(join(tmpdir(), 'duizhao-english-'));
    const { raw } = inputs(work);
    const missing = run([raw, '--slug', 'x', '--english', join(work, 'nope.txt')], join(work, 'c'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nope.txt: no such file');
    const chinese = join(work, 'zh-only.txt');
    writeFileSync(chinese, '这不是英文。');
    const none = run([raw, '--slug', 'x', '--english', chinese], join(work, 'c'));
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('holds no English words');
    expect(existsSync(join(work, 'c', 'x'))).toBe(false);
  }, 120_000);
});
