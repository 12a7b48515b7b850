/** The source URL of an article must be http(s): any other scheme could run code from a link. */
import { describe, expect, it } from 'vitest';
import { zhMetaSchema } from '@/lib/content/schema';

describe('zh.txt url: only http(s)', () => {
  it.each([
    ['https://www.36kr.com/p/2876543210', true],
    ['http://example.com/文章', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox(1)', false],
    ['ftp://example.com/a.txt', false],
  ])('%s → accepted: %s', (url, ok) => {
    expect(zhMetaSchema.safeParse({ title: '标题', url }).success).toBe(ok);
  });
});
