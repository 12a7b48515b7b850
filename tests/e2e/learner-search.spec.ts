import { expect, test } from '@playwright/test';
import { watchErrors } from './helpers';
import { articleHydrated } from './learner-helpers';

test.describe('word search', () => {
  for (const query of ['rongzi', 'rong2zi1', 'róngzī', 'rong zi', '融资', '融資']) {
    test(`"${query}" finds 融资 in the seed article`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto('/search/');
      await page.getByLabel(/Find a word/).fill(query);
      const hit = page.locator('[data-testid="search-hit"][data-w="融资"]');
      await expect(hit).toBeVisible();
      await expect(page.getByTestId('search-hit').first()).toHaveAttribute('data-w', '融资');
      await expect(hit).toContainText('róng zī');
      const sentence = hit.getByTestId('search-sentence').first();
      await expect(sentence).toContainText('融资');
      await expect(sentence).toHaveAttribute('href', /\/articles\/xai-supercluster\/#s-\d+\.\d+$/);
      errors.expectNone();
    });
  }

  test('English finds words, a wrong tone finds nothing, a link opens the sentence', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/search/?q=financing');
    await expect(page.locator('[data-testid="search-hit"][data-w="融资"]')).toBeVisible();
    const box = page.getByLabel(/Find a word/);
    await box.fill('rong3zi1');
    await expect(page.getByTestId('search-status')).toHaveText('No word found.');
    await box.fill('rongzi');
    await page.getByTestId('search-sentence').first().click();
    await expect(page).toHaveURL(/\/articles\/xai-supercluster\/#s-/);
    await articleHydrated(page);
    await expect(page.locator('#article .zh span.s[data-target]')).toContainText('融资');
    errors.expectNone();
  });

  test('the Chinese interface has its own search page', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/zh/search/?q=rongzi');
    await expect(page.locator('h1')).toHaveText('查词');
    await expect(page.locator('[data-testid="search-hit"][data-w="融资"]')).toBeVisible();
    await expect(page.getByTestId('search-sentence').first()).toHaveAttribute('href', /^\/zh\/articles\//);
    errors.expectNone();
  });
});
