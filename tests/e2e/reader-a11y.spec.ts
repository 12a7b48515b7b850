import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ARTICLE, openPopover } from './helpers';
import { openWith } from './reader-helpers';

const LAYOUTS = ['interleaved', 'side', 'zh', 'reveal'] as const;
const THEMES = ['light', 'dark'] as const;

test.describe('accessibility', () => {
  test.slow();

  // Every layout × theme, on the first six paragraphs (headings, text, reveal buttons, every kind
  // of word markup): axe checks the contrast of every word and syllable, and the full article
  // (~5,000 elements) takes minutes per run on a busy machine. One full-page run follows.
  for (const layout of LAYOUTS) {
    for (const theme of THEMES) {
      test(`axe: no violations in the ${layout} layout, ${theme} theme, tone colours on`, async ({ page }) => {
        test.setTimeout(180_000);
        await openWith(page, { layout, theme, colors: theme === 'light' ? 'hanping' : 'pleco' });
        await page.waitForLoadState('networkidle');
        await page.evaluate(() => document.querySelectorAll('.para').forEach((p, i) => i >= 6 && p.remove()));
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
      });
    }
  }

  test('axe: no violations on the whole article page (interleaved, light)', async ({ page, isMobile }) => {
    test.skip(isMobile, 'the full-page run is the same markup on both; once is enough for its cost');
    test.setTimeout(400_000);
    await openWith(page, { theme: 'light' });
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
  });

  test('axe: no violations with the settings panel and a popover open', async ({ page, isMobile }) => {
    test.setTimeout(240_000);
    await page.goto(ARTICLE);
    await page.evaluate(() => document.querySelectorAll('.para').forEach((p, i) => i >= 6 && p.remove()));
    await openPopover(page, '超级计算中心', isMobile);
    let results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('settings-button').click();
    results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  test('each word is read once, every run of text has its language', async ({ page }) => {
    await openWith(page, { script: 'traditional' });
    await expect(page.locator('#article')).toHaveAttribute('data-variants', '');
    await expect(page.locator('ruby.w rt:not([aria-hidden="true"])')).toHaveCount(0);
    // Every Chinese run sits in an element whose language is Chinese, every English one in English.
    const wrong = await page.evaluate(() => {
      const bad: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('#article .zh, #article .en')) {
        const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
        // The traditional page marks its Chinese as traditional.
        const want = el.classList.contains('en') ? 'en' : 'zh-Hant';
        if (lang !== want) bad.push(`${el.className}: ${lang}`);
      }
      return bad;
    });
    expect(wrong).toEqual([]);
  });

  test('focus is visible on words and controls; arrow keys move word to word', async ({ page, isMobile }) => {
    test.skip(isMobile, 'keyboard story runs on desktop');
    await page.goto(ARTICLE);
    await page.keyboard.press('Tab'); // skip link
    const outline = async () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el ? getComputedStyle(el).outlineStyle : 'none';
      });
    // Tab through the site header, toolbar and the learner/teacher controls to the first word.
    for (let i = 0; i < 40; i += 1) {
      const tag = await page.evaluate(() => document.activeElement?.tagName.toLowerCase());
      if (tag === 'ruby') break;
      expect(await outline()).not.toBe('none');
      await page.keyboard.press('Tab');
    }
    await expect(page.locator('ruby.w:focus')).toHaveAttribute('data-w', '马斯克');
    expect(await outline()).toBe('solid');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('ruby.w:focus')).toHaveAttribute('data-w', '叫板'); // xAI is not a Han word
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('ruby.w:focus')).toHaveAttribute('data-w', '梭哈');
  });

  test('every control is labelled in both interface languages', async ({ page }) => {
    for (const [path, expected] of [
      [ARTICLE, ['Pinyin over', 'Tone style', 'Tone colours', 'English', 'Characters', 'Text size', 'Theme']],
      [`/zh${ARTICLE}`, ['拼音标注', '声调写法', '声调颜色', '英文', '字形', '字号', '主题']],
    ] as const) {
      await page.goto(path);
      await page.getByTestId('settings-button').click();
      for (const name of expected) await expect(page.getByRole('combobox', { name })).toBeVisible();
      // No control without an accessible name.
      const unnamed = await page.evaluate(
        () =>
          Array.from(document.querySelectorAll('button, select, a[href]')).filter(
            (el) =>
              !(el.getAttribute('aria-label') || el.textContent?.trim() || (el as HTMLSelectElement).labels?.length),
          ).length,
      );
      expect(unnamed).toBe(0);
    }
    await expect(page.getByRole('button', { name: '设置' })).toBeVisible();
    await expect(
      page.locator('.para').first().getByRole('button', { name: '显示英文', includeHidden: true }),
    ).toHaveCount(1);
  });
});
