import { afterEach, describe, expect, it } from 'vitest';
import { listArticles, listRenderedArticles, ONLY_ARTICLES_ENV } from '@/lib/content/load';

describe('listRenderedArticles', () => {
  afterEach(() => {
    delete process.env[ONLY_ARTICLES_ENV];
  });

  it('is every article when no incremental build names some', () => {
    expect(listRenderedArticles().map((a) => a.slug)).toEqual(listArticles().map((a) => a.slug));
  });

  it.each([
    ['kong-yiji', ['kong-yiji']],
    ['xai-supercluster,kong-yiji', ['kong-yiji', 'xai-supercluster']],
    ['kong-yiji,no-such-article', ['kong-yiji']],
    ['', []],
  ])('%j → %j, in library order', (only, expected) => {
    process.env[ONLY_ARTICLES_ENV] = only;
    expect(listRenderedArticles().map((a) => a.slug)).toEqual(expected);
  });
});
