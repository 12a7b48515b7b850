import { expect, test, type Page } from '@playwright/test';
import { ARTICLE, watchErrors } from './helpers';
import { choose, openWith } from './reader-helpers';

const zhStyle = (page: Page) =>
  page
    .locator('.para .zh')
    .first()
    .evaluate((el) => {
      const s = getComputedStyle(el);
      return { size: parseFloat(s.fontSize), leading: parseFloat(s.lineHeight) };
    });

test.describe('comfort', () => {
  // Each settings change restyles ~1,000 ruby words; on a busy machine that takes seconds.
  test.slow();
  test('text size has five steps, each larger than the last, and line spacing three', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(ARTICLE);
    const sizes: number[] = [];
    for (const step of ['85', '100', '115', '130', '150']) {
      await choose(page, 'size', step);
      sizes.push((await zhStyle(page)).size);
    }
    for (let i = 1; i < sizes.length; i += 1) expect(sizes[i]).toBeGreaterThan(sizes[i - 1] ?? Infinity);
    const leadings: number[] = [];
    for (const spacing of ['compact', 'normal', 'loose']) {
      await choose(page, 'spacing', spacing);
      leadings.push((await zhStyle(page)).leading);
    }
    expect(leadings[0]).toBeLessThan(leadings[1] ?? 0);
    expect(leadings[1]).toBeLessThan(leadings[2] ?? 0);
    errors.expectNone();
  });

  test('theme: light, dark and system (which follows the OS)', async ({ page }) => {
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'dark' });
    await openWith(page, { theme: 'light' });
    expect(await bg()).toBe('rgb(253, 252, 249)');
    await choose(page, 'theme', 'dark');
    expect(await bg()).toBe('rgb(22, 21, 15)');
    await choose(page, 'theme', 'system');
    expect(await bg()).toBe('rgb(22, 21, 15)'); // the emulated OS is dark
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await bg()).toBe('rgb(253, 252, 249)');
  });

  test('the toolbar is one compact row that never covers the text; the panel opens on demand', async ({ page }) => {
    await page.goto(ARTICLE);
    const bar = page.locator('.toolbar');
    const barBox = await bar.boundingBox();
    expect(barBox?.height ?? 999).toBeLessThanOrEqual(56);
    // At the top, and after scrolling, no article text is under the bar: it takes its own row.
    const title = await page.locator('h1.title').boundingBox();
    expect((title?.y ?? 0) >= (barBox?.y ?? 0) + (barBox?.height ?? 0)).toBe(true);
    await expect(page.getByTestId('settings-panel')).toBeHidden();
    await page.getByTestId('settings-button').click();
    await expect(page.getByTestId('settings-panel')).toBeVisible();
    await expect(page.getByTestId('settings-button')).toHaveAttribute('aria-expanded', 'true');
    const panel = await page.getByTestId('settings-panel').boundingBox();
    const vw = page.viewportSize()?.width ?? 0;
    expect((panel?.x ?? -1) >= 0 && (panel?.x ?? 0) + (panel?.width ?? 0) <= vw).toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('settings-panel')).toBeHidden();
    await expect(page.getByTestId('settings-button')).toBeFocused();
    // The page does not scroll sideways on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
