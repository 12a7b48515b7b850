import { expect, test } from '@playwright/test';
import { ARTICLE, watchErrors } from './helpers';

const PRINT = `${ARTICLE}print/`;

test.describe('handout (print view)', () => {
  // Pages with 1,500 annotated words load slowly on a busy CI machine.
  test.describe.configure({ timeout: 120_000 });

  test('printed: title, source, vocabulary table, no toolbar or options', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`${PRINT}?vocab=4`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.handout-head h1')).toHaveText('马斯克梭哈 xAI，叫板 OpenAI');
    await expect(page.locator('.handout-credits').first()).toContainText('锌财经');
    const vocab = page.getByTestId('vocab');
    await expect(vocab.getByRole('table')).toBeVisible();
    await expect(vocab.locator('.vocab-title:visible')).toHaveText('Vocabulary (words above HSK 4)');
    // 融资 (beyond HSK) is listed with its pinyin and the sense curated for the article.
    const row = vocab.locator('tr', { has: page.locator('td', { hasText: /^融资$/ }) });
    await expect(row).toBeVisible();
    await expect(row).toContainText('róng zī');
    // Rows at HSK 4 or below are hidden.
    await expect(vocab.locator('tr[data-hsk="1"]').first()).toBeHidden();
    for (const hidden of ['.toolbar', '.handout-options', '.site-head', '.popover', '.teacher-tools']) {
      await expect(page.locator(hidden)).toHaveCount(await page.locator(hidden).count());
      for (const el of await page.locator(hidden).all()) await expect(el).toBeHidden();
    }
    // Pinyin shown by default; the English is on its own page.
    await expect(page.locator('.handout-text ruby.w rt').first()).toBeVisible();
    expect(await page.locator('.handout-english').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    errors.expectNone();
  });

  test('options: without pinyin, English omitted, no vocabulary', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`${PRINT}?pinyin=off&english=off&vocab=none`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.handout-text ruby.w rt').first()).toBeHidden();
    await expect(page.locator('.handout-english')).toBeHidden();
    await expect(page.getByTestId('vocab')).toBeHidden();
    await expect(page.locator('.handout-notes')).toBeVisible();
    errors.expectNone();
  });

  test('prints to A4 and Letter PDFs without error', async ({ page, browserName, isMobile }) => {
    test.skip(browserName !== 'chromium' || isMobile, 'PDF output: desktop Chromium');
    await page.goto(PRINT);
    for (const format of ['A4', 'Letter']) {
      const pdf = await page.pdf({ format, printBackground: false });
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
      expect(pdf.length).toBeGreaterThan(10_000);
    }
  });

  test('the article page prints without toolbar, panel or popover', async ({ page }) => {
    await page.goto(ARTICLE);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.toolbar')).toBeHidden();
    await expect(page.locator('.teacher-tools')).toBeHidden();
    await expect(page.locator('#article')).toBeVisible();
  });
});
