import { expect, test } from '@playwright/test';
import { ARTICLE, chineseText, drawsRealCjkGlyphs, openPopover, watchErrors } from './helpers';

test.describe('reading the seed article', () => {
  test('the index lists the article and opens it', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/');
    const link = page.getByRole('link', { name: /马斯克梭哈 xAI，叫板 OpenAI/ });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/\/articles\/xai-supercluster\/$/);
    expect(await chineseText(page.locator('h1.title'))).toBe('马斯克梭哈 xAI，叫板 OpenAI');
    errors.expectNone();
  });

  test('pinyin sits over every word, 融资 reads róng zī', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(ARTICLE);
    const rongzi = page.locator('ruby.w[data-w="融资"]').first();
    await expect(rongzi.locator('rt')).toHaveText('róng zī');
    await expect(page.locator('ruby.w[data-w="超级计算中心"]').first().locator('rt')).toHaveText(
      'chāo jí jì suàn zhōng xīn',
    );
    // Every Han word has an <rt>, and each word is read once by screen readers.
    const words = await page.locator('ruby.w').count();
    expect(words).toBeGreaterThan(1000);
    await expect(page.locator('ruby.w rt:not([aria-hidden="true"])')).toHaveCount(0);
    errors.expectNone();
  });

  test('the popover of 超级计算中心 gives the sense used in this article', async ({ page, isMobile }) => {
    const errors = watchErrors(page);
    await page.goto(ARTICLE);
    const pop = await openPopover(page, '超级计算中心', isMobile);
    await expect(pop.getByTestId('sense-article')).toContainText('supercomputing center');
    await expect(pop).toContainText('chāo jí jì suàn zhōng xīn');
    // It stays inside the viewport and does not cover the word.
    const box = await pop.boundingBox();
    const word = await page.locator('ruby.w[data-w="超级计算中心"]').first().boundingBox();
    const vw = page.viewportSize()?.width ?? 0;
    expect(box && word).toBeTruthy();
    if (box && word) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(vw);
      const overlaps = box.y < word.y + word.height && word.y < box.y + box.height;
      expect(overlaps).toBe(false);
    }
    await page.keyboard.press('Escape');
    await expect(pop).toBeHidden();
    errors.expectNone();
  });

  test('keyboard: focus a word, Enter opens its popover, arrows move', async ({ page, isMobile }) => {
    test.skip(isMobile, 'keyboard story runs on desktop');
    await page.goto(ARTICLE);
    const first = page.locator('ruby.w[tabindex="0"]');
    await expect(first).toHaveCount(1);
    await expect(first).toHaveAttribute('data-w', '马斯克');
    await first.focus();
    await page.keyboard.press('ArrowRight');
    const focused = page.locator('ruby.w:focus');
    await expect(focused).toHaveAttribute('data-w', '梭哈');
    await expect(focused).toHaveAttribute('tabindex', '0');
    await expect(page.locator('ruby.w[data-w="马斯克"]').first()).toHaveAttribute('tabindex', '-1');
    await page.keyboard.press('Enter');
    await expect(page.locator('#word-popover')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('#word-popover')).toBeHidden();
  });

  test('Chinese and English paragraphs are equal in number and the article appears once', async ({ page }) => {
    await page.goto(ARTICLE);
    const zh = await page.locator('.para .zh').count();
    const en = await page.locator('.para .en').count();
    expect(zh).toBe(45);
    expect(en).toBe(zh);
    const text = await chineseText(page.locator('#article'));
    expect(text.match(/历时四个月/gu)).toHaveLength(1);
    for (const boilerplate of ['免责声明', '超天才网', 'ICP', '联系我们', '匿名', '来源：网络']) {
      expect(text).not.toContain(boilerplate);
    }
  });

  test('pinyin and translation toggles work and persist', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(ARTICLE);
    const rt = page.locator('ruby.w rt').first();
    await expect(rt).toBeVisible();
    await page.getByTestId('toggle-pinyin').click();
    await expect(rt).toBeHidden();
    await page.getByTestId('toggle-translation').click();
    await expect(page.locator('.para .en').first()).toBeHidden();
    await page.reload();
    await expect(page.locator('ruby.w rt').first()).toBeHidden();
    await expect(page.locator('.para .en').first()).toBeHidden();
    await expect(page.getByTestId('toggle-pinyin')).toHaveAttribute('aria-pressed', 'false');
    await page.getByTestId('toggle-pinyin').click();
    await expect(page.locator('ruby.w rt').first()).toBeVisible();
    errors.expectNone();
  });

  test('a corrupt saved setting falls back to defaults without an error', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(ARTICLE);
    await page.evaluate(() => localStorage.setItem('duizhao.settings', '{not json'));
    await page.reload();
    await expect(page.locator('ruby.w rt').first()).toBeVisible();
    await page.evaluate(() => localStorage.setItem('duizhao.settings', JSON.stringify({ pinyin: 42, layout: 'nope' })));
    await page.reload();
    await expect(page.locator('.para .en').first()).toBeVisible();
    errors.expectNone();
  });

  test('switching the interface to Chinese persists and shows no English UI', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(ARTICLE);
    await page.locator('a.lang-switch').click();
    await expect(page).toHaveURL(/\/zh\/articles\/xai-supercluster\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.getByTestId('toggle-pinyin').locator('.bar-label')).toHaveText('拼音');
    // The saved choice wins on the next visit to an English address.
    await page.goto(ARTICLE);
    await expect(page).toHaveURL(/\/zh\/articles\/xai-supercluster\/$/);
    await page.locator('a.lang-switch').click();
    await expect(page).toHaveURL(/\/articles\/xai-supercluster\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    errors.expectNone();
  });

  test('draws real Chinese glyphs and saves a screenshot', async ({ page }, testInfo) => {
    await page.goto(ARTICLE);
    await page.evaluate(() => document.fonts.ready);
    expect(await drawsRealCjkGlyphs(page)).toBe(true);
    const path = testInfo.outputPath(`article-${testInfo.project.name}.png`);
    await page.screenshot({ path, fullPage: false });
    await testInfo.attach('article', { path, contentType: 'image/png' });
  });

  test('the credits name CC-CEDICT and its licence', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('footer')).toContainText('CC-CEDICT');
    await expect(page.locator('footer')).toContainText('CC BY-SA 4.0');
    const icon = await page.request.get('/icon.svg');
    expect(icon.status()).toBe(200);
  });
});
