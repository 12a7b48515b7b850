import { expect, test } from '@playwright/test';
import { ARTICLE, chineseText, openPopover, watchErrors } from './helpers';
import { choose, openWith } from './reader-helpers';

test.describe('simplified ⇄ traditional', () => {
  // Each settings change restyles ~1,000 ruby words; on a busy machine that takes seconds.
  test.slow();
  test('the traditional page shows 馬斯克 and its popover says Mǎ sī kè', async ({ page, isMobile }) => {
    const errors = watchErrors(page);
    await page.goto(ARTICLE);
    await choose(page, 'script', 'traditional');
    await page.keyboard.press('Escape');
    await expect(page.locator('html')).toHaveAttribute('data-script', 'traditional');
    await expect.poll(() => chineseText(page.locator('h1.title'))).toBe('馬斯克梭哈 xAI，叫板 OpenAI');
    await expect(page.locator('h1.title')).toHaveAttribute('lang', 'zh-Hant');
    const pop = await openPopover(page, '马斯克', isMobile);
    await expect(pop.getByTestId('entry-word')).toHaveText('馬斯克');
    await expect(pop.getByTestId('entry-word')).toHaveAttribute('lang', 'zh-Hant');
    await expect(pop.getByTestId('entry-pinyin')).toHaveText('Mǎ sī kè');
    errors.expectNone();
  });

  test('conversion keeps words and pinyin: 超級計算中心 still reads chāo jí jì suàn zhōng xīn', async ({ page }) => {
    await openWith(page, { script: 'traditional' });
    const word = page.locator('ruby.w[data-w="超级计算中心"]').first();
    await expect.poll(() => chineseText(word)).toBe('超級計算中心');
    await expect(word.locator('rt')).toHaveText('chāo jí jì suàn zhōng xīn');
    // The whole article converts: no simplified-only character is left on screen.
    const text = await chineseText(page.locator('#article'));
    expect(text).toContain('馬斯克');
    for (const simplified of ['马', '计', '级', '这', '们']) expect(text).not.toContain(simplified);
    // Runs that differ are marked as traditional Chinese for screen readers and fonts.
    await expect(page.locator('#article-body .zh').first()).toHaveAttribute('lang', 'zh-Hant');
    // Back to simplified.
    await choose(page, 'script', 'simplified');
    await expect.poll(() => chineseText(page.locator('h1.title'))).toBe('马斯克梭哈 xAI，叫板 OpenAI');
    await expect(page.locator('h1.title')).toHaveAttribute('lang', 'zh-Hans');
  });
});
