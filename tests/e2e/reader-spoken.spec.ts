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
    expect(await shownSyllables(page, '一座')).toEqual(['yī', 'zuò']);
    expect(await shownSyllables(page, '选址')).toEqual(['xuǎn', 'zhǐ']);
    await choose(page, 'spoken', 'on');
    await page.keyboard.press('Escape');
    expect(await shownSyllables(page, '一座')).toEqual(['yí', 'zuò']);
    expect(await shownSyllables(page, '选址')).toEqual(['xuán', 'zhǐ']);
    // The changed syllable is marked distinctly (dotted underline); the unchanged one is not.
    const decoration = (i: number) =>
      page
        .locator('ruby.w[data-w="选址"]')
        .first()
        .evaluate((r, n) => getComputedStyle(r.querySelectorAll('rt .y')[n] ?? r, '::after').textDecorationStyle, i);
    expect(await decoration(0)).toBe('dotted');
    const second = await page
      .locator('ruby.w[data-w="选址"]')
      .first()
      .evaluate((r) => getComputedStyle(r.querySelectorAll('rt .y')[1] ?? r, '::after').content);
    expect(second).toBe('none');
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
    expect(await shownSyllables(page, '一座')).toEqual(['yi2', 'zuo4']);
  });
});
