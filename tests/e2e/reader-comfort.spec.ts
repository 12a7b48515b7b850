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

  test('the reading bar stays at hand and never covers the text; its panels open on demand', async ({
    page,
    isMobile,
  }) => {
    await page.goto(ARTICLE);
    const bar = page.locator('.reader-bar');
    const vh = page.viewportSize()?.height ?? 0;
    const vw = page.viewportSize()?.width ?? 0;
    const check = async () => {
      const box = await bar.boundingBox();
      expect(box).toBeTruthy();
      if (!box) return;
      if (isMobile) {
        // A phone: one row at the bottom of the screen, within thumb reach.
        expect(box.height).toBeLessThanOrEqual(64);
        expect(Math.abs(box.y + box.height - vh)).toBeLessThanOrEqual(1);
      } else {
        // A wide screen: a column in the margin, left of the text.
        const text = await page.locator('.para .zh').first().boundingBox();
        expect(box.x + box.width).toBeLessThanOrEqual(text?.x ?? 0);
        expect(box.y + box.height).toBeLessThanOrEqual(vh);
      }
    };
    await check();
    await page.mouse.wheel(0, 3000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    await check();
    await expect(page.getByTestId('settings-panel')).toBeHidden();
    await page.getByTestId('settings-button').click();
    await expect(page.getByTestId('settings-panel')).toBeVisible();
    await expect(page.getByTestId('settings-button')).toHaveAttribute('aria-expanded', 'true');
    const panel = await page.getByTestId('settings-panel').boundingBox();
    expect((panel?.x ?? -1) >= 0 && (panel?.x ?? 0) + (panel?.width ?? 0) <= vw).toBe(true);
    expect((panel?.y ?? -1) >= 0 && (panel?.y ?? 0) + (panel?.height ?? 0) <= vh).toBe(true);
    // One menu at a time: opening the learner's closes the settings.
    await page.getByTestId('learner-button').click();
    await expect(page.getByTestId('settings-panel')).toBeHidden();
    await expect(page.getByTestId('learner-tools')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('learner-tools')).toBeHidden();
    await expect(page.getByTestId('learner-button')).toBeFocused();
    // The page does not scroll sideways on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
