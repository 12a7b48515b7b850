import { expect, test } from '@playwright/test';
import { ARTICLE, watchErrors } from './helpers';
import { choose, openWith, shownSyllables } from './reader-helpers';

/** Visibility of the <rt> of the first few words of each HSK level (and of unlisted words). */
async function rtVisibleByLevel(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const out: Record<string, boolean[]> = {};
    for (const ruby of Array.from(document.querySelectorAll<HTMLElement>('#article ruby.w'))) {
      const level = ruby.dataset.hsk ?? 'none';
      const rt = ruby.querySelector('rt');
      if (!rt) continue;
      (out[level] ??= []).push(getComputedStyle(rt).visibility === 'visible');
    }
    return out;
  });
}

test.describe('pinyin modes', () => {
  // Each settings change restyles ~1,000 ruby words; on a busy machine that takes seconds.
  test.slow();
  test('all, then off, from the panel; off hides every <rt> without moving the text', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(ARTICLE);
    const word = page.locator('ruby.w[data-w="融资"]').first();
    await expect(word.locator('rt')).toBeVisible();
    const before = await word.boundingBox();
    await choose(page, 'pinyin', 'off');
    await expect(page.locator('html')).toHaveAttribute('data-pinyin', 'off');
    await expect(word.locator('rt')).toBeHidden();
    const byLevel = await rtVisibleByLevel(page);
    expect(
      Object.values(byLevel)
        .flat()
        .every((v) => !v),
    ).toBe(true);
    // visibility, not display: the line keeps its height, nothing reflows.
    expect((await word.boundingBox())?.y).toBeCloseTo(before?.y ?? -1, 0);
    errors.expectNone();
  });

  test('above HSK 3: words of levels 1–3 lose their pinyin, higher and unlisted words keep it', async ({ page }) => {
    const errors = watchErrors(page);
    await openWith(page, { pinyin: 'hsk', level: '3' });
    const byLevel = await rtVisibleByLevel(page);
    for (const level of ['1', '2', '3']) {
      expect(byLevel[level]?.length ?? 0).toBeGreaterThan(0);
      expect(byLevel[level]?.every((v) => !v)).toBe(true);
    }
    for (const level of ['4', '5', '6', 'none']) {
      expect(byLevel[level]?.length ?? 0).toBeGreaterThan(0);
      expect(byLevel[level]?.every((v) => v)).toBe(true);
    }
    // Changing the level from the panel takes effect at once.
    await choose(page, 'level', '5');
    const after = await rtVisibleByLevel(page);
    expect(after['4']?.every((v) => !v)).toBe(true);
    expect(after['6']?.every((v) => v)).toBe(true);
    errors.expectNone();
  });

  test('only words not marked known: a word marked known loses its pinyin, others keep theirs', async ({ page }) => {
    // Marked the way a learner does it: focus the word and press K (known).
    await openWith(page, { pinyin: 'unknown' });
    const word = page.locator('ruby.w[data-w="融资"]').first();
    await expect(word.locator('rt')).toBeVisible();
    await word.focus();
    await page.keyboard.press('k');
    await expect(page.locator('ruby.w[data-w="融资"][data-known]').first()).toBeAttached();
    await expect(word.locator('rt')).toBeHidden();
    await expect(page.locator('ruby.w[data-w="估值"]').first().locator('rt')).toBeVisible();
  });
});

test.describe('tone style', () => {
  test('marks by default, then numbers, then zhuyin', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(ARTICLE);
    await expect.poll(() => shownSyllables(page, '融资')).toEqual(['róng', 'zī']);
    await choose(page, 'tones', 'numbers');
    await expect.poll(() => shownSyllables(page, '融资')).toEqual(['rong2', 'zi1']);
    await choose(page, 'tones', 'zhuyin');
    await expect.poll(() => shownSyllables(page, '融资')).toEqual(['ㄖㄨㄥˊ', 'ㄗ']);
    await expect
      .poll(() => shownSyllables(page, '超级计算中心'))
      .toEqual(['ㄔㄠ', 'ㄐㄧˊ', 'ㄐㄧˋ', 'ㄙㄨㄢˋ', 'ㄓㄨㄥ', 'ㄒㄧㄣ']);
    // The popover follows the chosen style.
    await page.locator('ruby.w[data-w="融资"]').first().focus();
    await expect(page.getByTestId('entry-pinyin')).toHaveText('ㄖㄨㄥˊ ㄗ');
    errors.expectNone();
  });

  test('a saved style never flashes the default: the article shows only once it is drawn', async ({ page }) => {
    // Hold the app's scripts back: only the inline boot script has run, as during the first paint.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_next/static/**/*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.addInitScript(() =>
      localStorage.setItem('duizhao.settings', JSON.stringify({ tones: 'numbers', pinyin: 'hsk', level: '6' })),
    );
    await page.goto(ARTICLE, { waitUntil: 'domcontentloaded' });
    await expect(page.locator('html')).toHaveAttribute('data-tones', 'numbers');
    // Tone marks are in the markup, numbers are not yet drawn: the article is not shown.
    await expect(page.locator('#article')).toBeHidden();
    release();
    await expect(page.locator('#article')).toHaveAttribute('data-variants', '');
    await expect(page.locator('#article')).toBeVisible();
    await expect
      .poll(() => shownSyllables(page, '超级计算中心'))
      .toEqual(['chao1', 'ji2', 'ji4', 'suan4', 'zhong1', 'xin1']);
    await expect(page.locator('ruby.w[data-hsk="5"]').first().locator('rt')).toBeHidden();
    // A word at no HSK level (none of its characters is in a listed word) keeps its pinyin.
    await expect(page.locator('#article-body ruby.w:not([data-hsk])').first().locator('rt')).toBeVisible();
  });

  test("with the app's scripts failing, the article still appears, as built", async ({ page }) => {
    await page.route('**/_next/static/**/*.js', (route) => route.abort());
    await openWith(page, { tones: 'numbers' });
    await expect(page.locator('#article')).toBeVisible({ timeout: 10_000 });
    await expect.poll(() => shownSyllables(page, '融资')).toEqual(['róng', 'zī']);
  });
});
