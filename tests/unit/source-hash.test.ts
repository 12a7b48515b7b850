import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashSources } from '@/lib/source-hash';

function digest(root: string, paths: string[], skip?: (p: string) => boolean): string {
  const h = createHash('sha256');
  hashSources(h, root, paths, skip);
  return h.digest('hex');
}

describe('hashSources', () => {
  const root = mkdtempSync(join(tmpdir(), 'duizhao-hash-'));
  mkdirSync(join(root, 'lib', 'pinyin'), { recursive: true });
  mkdirSync(join(root, 'content', 'articles'), { recursive: true });
  writeFileSync(join(root, 'lib', 'pinyin', 'rules.ts'), '为 wèi');
  writeFileSync(join(root, 'content', 'articles', 'zh.txt'), '马斯克');
  const articles = join(root, 'content', 'articles');
  const before = digest(root, ['lib', 'content', 'no-such-file'], (p) => p === articles);

  it('changes with a file inside a folder, and with its name', () => {
    writeFileSync(join(root, 'lib', 'pinyin', 'rules.ts'), '为 wéi');
    expect(digest(root, ['lib', 'content'], (p) => p === articles)).not.toBe(before);
    writeFileSync(join(root, 'lib', 'pinyin', 'rules.ts'), '为 wèi');
    expect(digest(root, ['lib', 'content'], (p) => p === articles)).toBe(before);
  });

  it('ignores what is skipped and what does not exist', () => {
    writeFileSync(join(root, 'content', 'articles', 'zh.txt'), '马斯克宣布');
    expect(digest(root, ['lib', 'content'], (p) => p === articles)).toBe(before);
    expect(digest(root, ['lib', 'content'])).not.toBe(before);
  });
});
