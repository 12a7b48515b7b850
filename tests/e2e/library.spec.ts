import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { watchErrors } from './helpers';

/** Every article of the library, not only the seed: it opens, aligns and glosses in both UIs. */
const SLUGS = readdirSync('content/articles', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

test.describe('the starter library', () => {
  test('the index lists every article with its level', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.article-card')).toHaveCount(SLUGS.length);
    const levels = await page
      .locator('.article-card')
      .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-level')));
    // A real range of levels, not every article "beyond HSK 6".
    expect(new Set(levels).size).toBeGreaterThan(1);
  });

  for (const slug of SLUGS) {
    test(`${slug}: pinyin, one English paragraph per Chinese one, a popover with the sense used there`, async ({
      page,
      isMobile,
    }) => {
      const errors = watchErrors(page);
      await page.goto(`/articles/${slug}/`);
      const paragraphs = page.locator('#article-body section.para');
      const count = await paragraphs.count();
      expect(count).toBeGreaterThan(3);
      await expect(page.locator('#article-body .para > .en')).toHaveCount(count);
      const word = page.locator('#article-body ruby.w').nth(3);
      await expect(word.locator('rt')).not.toBeEmpty();
      await word.scrollIntoViewIfNeeded();
      if (isMobile) await word.tap();
      else await word.click();
      const pop = page.locator('#word-popover');
      await expect(pop).toBeVisible();
      await expect(pop.getByTestId('entry-word')).toHaveText((await word.getAttribute('data-w')) ?? '');
      await expect(
        pop.locator('[data-testid="sense-article"], [data-testid="sense-here"], .senses').first(),
      ).toBeVisible();
      errors.expectNone();
    });
  }
});
