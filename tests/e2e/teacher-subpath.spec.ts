import { expect, test } from '@playwright/test';
import { watchErrors } from './helpers';

// Runs against the export built with BASE_PATH=/reader (scripts/check-subpath.mjs).
test.describe('the export served under /reader/', () => {
  test.describe.configure({ timeout: 120_000 });

  test('index → article → popover, handout and offline file, all under /reader/', async ({ page }) => {
    const errors = watchErrors(page);
    const outside: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.host === new URL(page.url() || 'http://x/').host && !url.pathname.startsWith('/reader/'))
        outside.push(url.pathname);
    });
    await page.goto('/reader/');
    await page.getByRole('link', { name: /马斯克梭哈 xAI，叫板 OpenAI/ }).click();
    await expect(page).toHaveURL(/\/reader\/articles\/xai-supercluster\/$/);
    // The popover's dictionary file is fetched from under the sub-path.
    const rongzi = page.locator('ruby.w[data-w="融资"]').first();
    await rongzi.scrollIntoViewIfNeeded();
    await rongzi.hover();
    await expect(page.locator('#word-popover')).toContainText('róng zī');
    await expect(page.getByTestId('offline-link')).toHaveAttribute('href', '/reader/offline/xai-supercluster.html');
    expect((await page.request.get('/reader/offline/xai-supercluster.html')).ok()).toBe(true);
    await page.getByTestId('teacher-button').click();
    await page.getByTestId('handout-link').click();
    await expect(page).toHaveURL(/\/reader\/articles\/xai-supercluster\/print\/$/);
    await expect(page.getByTestId('vocab')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to the article' })).toHaveAttribute(
      'href',
      '/reader/articles/xai-supercluster/',
    );
    expect(outside).toEqual([]);
    errors.expectNone();
  });

  test('the vocabulary and search pages link back to the article under /reader/', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/reader/articles/xai-supercluster/');
    const rongzi = page.locator('ruby.w[data-w="融资"]').first();
    await rongzi.scrollIntoViewIfNeeded();
    await rongzi.hover();
    await page.locator('#word-popover').getByRole('button', { name: 'Learning' }).click();
    await expect(page.locator('ruby.w[data-w="融资"][data-learning]').first()).toBeAttached();
    await page.goto('/reader/vocabulary/');
    const link = page.locator('[data-testid="vocab-item"][data-w="融资"]').getByRole('link');
    await expect(link).toHaveAttribute('href', /^\/reader\/articles\/xai-supercluster\/#s-\d+\.\d+$/u);
    await link.click();
    await expect(page).toHaveURL(/\/reader\/articles\/xai-supercluster\/#s-/u);
    await expect(page.locator('#article .zh span.s[data-target]')).toContainText('融资');

    await page.goto('/reader/search/');
    await page.getByLabel(/Find a word/).fill('rongzi');
    const hit = page.getByTestId('search-sentence').first();
    await expect(hit).toHaveAttribute('href', /^\/reader\/articles\/xai-supercluster\/#s-\d+\.\d+$/u);
    await hit.click();
    await expect(page).toHaveURL(/\/reader\/articles\/xai-supercluster\/#s-/u);
    await expect(page.locator('#article .zh span.s[data-target]').first()).toBeVisible();
    errors.expectNone();
  });
});
