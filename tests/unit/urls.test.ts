import { describe, expect, it } from 'vitest';
import { articleExportPaths, file, page } from '@/lib/urls';

describe('articleExportPaths', () => {
  it('names every page folder and file of one article, inside the export', () => {
    expect(articleExportPaths('kong-yiji').sort()).toEqual([
      'articles/kong-yiji/',
      'data/kong-yiji.json',
      'offline/kong-yiji.html',
      'offline/kong-yiji.zh.html',
      'zh/articles/kong-yiji/',
    ]);
  });

  it('agrees with the links the site writes to them', () => {
    const paths = articleExportPaths('xai-supercluster').map((p) => `/${p}`);
    for (const url of [
      page.article('en', 'xai-supercluster'),
      page.article('zh', 'xai-supercluster'),
      file.articleData('xai-supercluster'),
      file.offline('en', 'xai-supercluster'),
      file.offline('zh', 'xai-supercluster'),
    ])
      expect(paths).toContain(url);
    // The handout lives in its article's folder.
    expect(paths.some((p) => page.handout('zh', 'xai-supercluster').startsWith(p))).toBe(true);
  });
});
