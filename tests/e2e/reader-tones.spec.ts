import { expect, test, type Page } from '@playwright/test';
import { ARTICLE, watchErrors } from './helpers';
import { choose, openWith, shownSyllables } from './reader-helpers';

const colourOf = (page: Page, word: string, i: number) =>
  page
    .locator(`ruby.w[data-w="${word}"]`)
    .first()
    .evaluate(
      (ruby, n) => getComputedStyle(ruby.querySelectorAll('rt i')[n] ?? ruby.querySelector('rt') ?? ruby).color,
      i,
    );

test.describe('tone colours', () => {
  // Each settings change restyles ~1,000 ruby words; on a busy machine that takes seconds.
  test.slow();
  test('off by default; Pleco colours each syllable by tone, the tone marks stay', async ({ page }) => {
    const errors = watchErrors(page);
    await openWith(page, { theme: 'light' });
    // 超级计算中心: chāo(1) jí(2) jì(4) suàn(4) zhōng(1) xīn(1).
    const plain = await colourOf(page, '超级计算中心', 0);
    expect(plain).not.toBe('rgb(219, 0, 0)');
    await expect.poll(() => colourOf(page, '超级计算中心', 1)).toBe(plain);
    await choose(page, 'colors', 'pleco');
    await expect.poll(() => colourOf(page, '超级计算中心', 0)).toBe('rgb(219, 0, 0)'); // #db0000, tone 1
    await expect.poll(() => colourOf(page, '超级计算中心', 1)).toBe('rgb(1, 126, 20)'); // #017e14, tone 2
    await expect.poll(() => colourOf(page, '超级计算中心', 2)).toBe('rgb(137, 0, 191)'); // #8900bf, tone 4
    // Colour is never the only cue: the marks are still drawn.
    await expect.poll(() => shownSyllables(page, '超级计算中心')).toEqual(['chāo', 'jí', 'jì', 'suàn', 'zhōng', 'xīn']);
    errors.expectNone();
  });

  test('each scheme has its own colours, lightened on a dark page', async ({ page }) => {
    await openWith(page, { colors: 'hanping', theme: 'light' });
    await expect.poll(() => colourOf(page, '融资', 0)).toBe('rgb(34, 124, 34)'); // #227c22, tone 2 on light
    await choose(page, 'theme', 'dark');
    await expect.poll(() => colourOf(page, '融资', 0)).toBe('rgb(55, 200, 55)'); // #37c837, tone 2 on dark
    await choose(page, 'colors', 'zhongwen');
    await expect.poll(() => colourOf(page, '融资', 1)).toBe('rgb(246, 146, 150)'); // #f69296, tone 1 on dark
    await choose(page, 'colors', 'off');
    await expect.poll(() => colourOf(page, '融资', 0)).toBe(await colourOf(page, '融资', 1));
  });

  test('with numbers, the colour stays with the syllable', async ({ page }) => {
    await openWith(page, { colors: 'pleco', tones: 'numbers', theme: 'light' });
    await expect.poll(() => shownSyllables(page, '融资')).toEqual(['rong2', 'zi1']);
    await expect.poll(() => colourOf(page, '融资', 0)).toBe('rgb(1, 126, 20)');
    await page.goto(ARTICLE); // still saved after a reload
    await expect.poll(() => colourOf(page, '融资', 1)).toBe('rgb(219, 0, 0)');
  });
});
