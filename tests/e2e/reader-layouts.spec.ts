import { expect, test } from '@playwright/test';
import { ARTICLE, watchErrors } from './helpers';
import { choose, openWith, saveShot } from './reader-helpers';

test.describe('translation layouts', () => {
  // Each settings change restyles ~1,000 ruby words; on a busy machine that takes seconds.
  test.slow();
  test('interleaved: each English paragraph sits under its Chinese one', async ({ page }, info) => {
    const errors = watchErrors(page);
    await page.goto(ARTICLE);
    for (const i of [0, 1, 5]) {
      const zh = await page.locator('.para').nth(i).locator('.zh').boundingBox();
      const en = await page.locator('.para').nth(i).locator('.en').boundingBox();
      expect(en && zh && en.y >= zh.y + zh.height - 1).toBe(true);
    }
    await saveShot(page, `layout-interleaved-${info.project.name}`);
    errors.expectNone();
  });

  test('side by side: columns aligned paragraph by paragraph (tops within 4 px)', async ({ page }, info) => {
    const errors = watchErrors(page);
    await page.goto(ARTICLE);
    await choose(page, 'layout', 'side');
    await page.keyboard.press('Escape');
    const rows = await page.locator('.para').evaluateAll((sections) =>
      sections.map((s) => {
        const zh = s.querySelector('.zh')?.getBoundingClientRect();
        const en = s.querySelector('.en')?.getBoundingClientRect();
        return { zhTop: zh?.top ?? NaN, enTop: en?.top ?? NaN, zhRight: zh?.right ?? NaN, enLeft: en?.left ?? NaN };
      }),
    );
    expect(rows.length).toBe(45);
    for (const r of rows) {
      expect(Math.abs(r.zhTop - r.enTop)).toBeLessThanOrEqual(4);
      expect(r.enLeft).toBeGreaterThan(r.zhRight); // beside, not under
    }
    await saveShot(page, `layout-side-${info.project.name}`);
    errors.expectNone();
  });

  test('Chinese only hides every English paragraph', async ({ page }, info) => {
    await openWith(page, { layout: 'zh' });
    await expect(page.locator('.para .en:visible')).toHaveCount(0);
    await expect(page.locator('.title-en')).toBeHidden();
    await saveShot(page, `layout-zh-${info.project.name}`);
  });

  test('reveal on demand: a button per paragraph shows (and hides) its English', async ({ page }, info) => {
    const errors = watchErrors(page);
    await openWith(page, { layout: 'reveal' });
    await expect(page.locator('.para .en:visible')).toHaveCount(0);
    const para = page.locator('.para').nth(1);
    const button = para.getByRole('button', { name: 'Show English' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.click();
    await expect(para.locator('.en')).toBeVisible();
    await expect(page.locator('.para .en:visible')).toHaveCount(1);
    const hide = para.getByRole('button', { name: 'Hide English' });
    await expect(hide).toHaveAttribute('aria-expanded', 'true');
    await saveShot(page, `layout-reveal-${info.project.name}`);
    await hide.click();
    await expect(para.locator('.en')).toBeHidden();
    errors.expectNone();
  });

  test('sentence alignment: pointing at or focusing a sentence lights its counterpart', async ({ page, isMobile }) => {
    await page.goto(ARTICLE);
    const zh = page.locator('.para .zh .s[data-s="1.1"]');
    const en = page.locator('.para .en .s[data-s="1.1"]');
    if (!isMobile) {
      await zh.locator('ruby.w').first().hover();
      await expect(en).toHaveClass(/\bhl\b/u);
      await expect(zh).toHaveClass(/\bhl\b/u);
      // And the reverse: English → Chinese.
      await page.locator('.para .en .s[data-s="2.0"]').hover();
      await expect(page.locator('.para .zh .s[data-s="2.0"]')).toHaveClass(/\bhl\b/u);
      await expect(en).not.toHaveClass(/\bhl\b/u);
    }
    // Keyboard: focusing a word of a sentence lights both.
    await zh.locator('ruby.w').first().focus();
    await expect(en).toHaveClass(/\bhl\b/u);
    const bg = await en.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
  });
});
