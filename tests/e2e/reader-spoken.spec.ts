import { expect, test } from '@playwright/test';
import { watchErrors } from './helpers';
import { choose, openWith, shownSyllables } from './reader-helpers';

test.describe('spoken tones', () => {
  // Each settings change restyles ~1,000 ruby words; on a busy machine that takes seconds.
  test.slow();
  test('the switch shows 一 and third-tone sandhi as said, underlined, and the popover gives both', async ({
    page,
    isMobile,
  }) => {
    const errors = watchErrors(page);
    await openWith(page, {});
    // As written by default.
    await expect.poll(() => shownSyllables(page, '一座')).toEqual(['yī', 'zuò']);
    await expect.poll(() => shownSyllables(page, '选址')).toEqual(['xuǎn', 'zhǐ']);
    await choose(page, 'spoken', 'on');
    await page.keyboard.press('Escape');
    await expect.poll(() => shownSyllables(page, '一座')).toEqual(['yí', 'zuò']);
    await expect.poll(() => shownSyllables(page, '选址')).toEqual(['xuán', 'zhǐ']);
    // The changed syllable is marked distinctly (dotted underline); the unchanged one is not.
    const decoration = (i: number) =>
      page
        .locator('ruby.w[data-w="选址"]')
        .first()
        .evaluate((r, n) => {
          const style = getComputedStyle(r.querySelectorAll('rt i')[n] ?? r);
          return `${style.textDecorationLine} ${style.textDecorationStyle}`;
        }, i);
    expect(await decoration(0)).toBe('underline dotted');
    expect(await decoration(1)).toMatch(/^none/u);
    // Both layers are visible together in the popover: written → said.
    const word = page.locator('ruby.w[data-w="选址"]').first();
    await word.scrollIntoViewIfNeeded();
    if (isMobile) await word.tap();
    else await word.hover();
    await expect(page.getByTestId('spoken-line')).toContainText('xuǎn zhǐ → xuán zhǐ');
    errors.expectNone();
  });

  test('spoken tones combine with tone numbers', async ({ page }) => {
    await openWith(page, { spoken: 'on', tones: 'numbers' });
    await expect.poll(() => shownSyllables(page, '一座')).toEqual(['yi2', 'zuo4']);
  });
});
