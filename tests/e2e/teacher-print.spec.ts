import { expect, test } from '@playwright/test';
import { ARTICLE, watchErrors } from './helpers';
import { articleHydrated } from './learner-helpers';

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
    for (const hidden of ['.reader-bar', '.handout-options', '.site-head', '.popover']) {
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

  test('the article page prints as text only: no bar, menus, buttons or popover', async ({ page }) => {
    await page.goto(ARTICLE);
    await articleHydrated(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.reader-bar')).toBeHidden();
    await expect(page.locator('#article .para .zh').first()).toBeVisible();
    // Not one button prints (bar, per-paragraph read aloud, reveal), nor a form control.
    await expect(page.locator('button:visible, select:visible, input:visible')).toHaveCount(0);
  });

  test('the default handout of the seed prints on at most 10 A4 pages', async ({ page, browserName, isMobile }) => {
    test.skip(browserName !== 'chromium' || isMobile, 'PDF output: desktop Chromium');
    await page.goto(PRINT);
    await page.evaluate(() => document.fonts.ready);
    // The default vocabulary: the words beyond the article's own level, without names or numbers.
    const vocab = page.getByTestId('vocab');
    await expect(vocab.locator('tr', { has: page.locator('td', { hasText: /^融资$/ }) })).toBeAttached();
    for (const left of ['马斯克', '四个', '万块', '孟菲斯']) {
      await expect(vocab.locator('td', { hasText: new RegExp(`^${left}$`) })).toHaveCount(0);
    }
    const pdf = await page.pdf({ format: 'A4' });
    // Each page of a PDF is one /Type /Page object (the page tree itself is /Type /Pages).
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/gu)?.length ?? 0;
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(10);
  });
});
