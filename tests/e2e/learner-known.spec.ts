import { expect, test, type Page } from '@playwright/test';
import { ARTICLE, openPopover, watchErrors } from './helpers';
import { articleHydrated } from './learner-helpers';
import { openMenu } from './reader-helpers';

/**
 * "Only unknown" pinyin is the reader's setting (issue 4): written to its storage key, so this spec
 * needs no toolbar control. Until the reader's settings accept the value `unknown`, their boot
 * script resets it to `all`; the init script below then re-applies the stored value, exactly as the
 * reader's boot script will. Once that branch is merged the attribute is already right and the
 * observer does nothing.
 */
async function onlyUnknownMode(page: Page) {
  await page.addInitScript(() => {
    const wanted = () => {
      try {
        return (JSON.parse(localStorage.getItem('duizhao.settings') ?? '{}') as { pinyin?: string }).pinyin;
      } catch {
        return undefined;
      }
    };
    const fix = () => {
      const root = document.documentElement;
      if (root && wanted() === 'unknown' && root.getAttribute('data-pinyin') !== 'unknown') {
        root.setAttribute('data-pinyin', 'unknown');
      }
    };
    // <html> does not exist yet when init scripts run: watch the whole document for it.
    new MutationObserver(fix).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-pinyin'] });
  });
  await page.evaluate(() => localStorage.setItem('duizhao.settings', JSON.stringify({ pinyin: 'unknown' })));
}

test.describe('learner memory: known words', () => {
  test('mark 融资 known: its pinyin hides in "only unknown" mode, also after reload and before scripts run', async ({
    page,
    isMobile,
  }) => {
    test.setTimeout(90_000); // three reloads
    const errors = watchErrors(page);
    await page.goto(ARTICLE);
    await articleHydrated(page);
    await onlyUnknownMode(page);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-pinyin', 'unknown');

    const rongziRt = page.locator('ruby.w[data-w="融资"] rt');
    const otherRt = page.locator('ruby.w[data-w="超级计算中心"] rt').first();
    await expect(rongziRt.first()).toBeVisible();

    const pop = await openPopover(page, '融资', isMobile);
    const known = pop.getByRole('button', { name: 'Known' });
    await known.click();
    await expect(known).toHaveAttribute('aria-pressed', 'true');

    // Every 融资 on the page is marked and its pinyin hidden; other words keep theirs.
    const count = await page.locator('ruby.w[data-w="融资"]').count();
    expect(count).toBeGreaterThan(1);
    await expect(page.locator('ruby.w[data-w="融资"][data-known]')).toHaveCount(count);
    for (let i = 0; i < count; i += 1) await expect(rongziRt.nth(i)).toBeHidden();
    await expect(otherRt).toBeVisible();

    await page.reload();
    await expect(page.locator('ruby.w[data-w="融资"][data-known]')).toHaveCount(count);
    await expect(rongziRt.first()).toBeHidden();
    await expect(otherRt).toBeVisible();

    errors.expectNone();
    // Before any client script: block the JS bundles; the inline boot style alone must hide it.
    await page.route('**/_next/static/chunks/**', (route) => route.abort());
    await page.reload();
    await expect(page.locator('#learner-boot')).toHaveCount(1);
    await expect(page.locator('ruby.w[data-w="融资"][data-known]')).toHaveCount(0);
    await expect(rongziRt.first()).toBeHidden();
    await expect(otherRt).toBeVisible();
    await page.unroute('**/_next/static/chunks/**');
  });

  test('in normal pinyin mode known words keep their pinyin', async ({ page, isMobile }) => {
    const errors = watchErrors(page);
    await page.goto(ARTICLE);
    await articleHydrated(page);
    const pop = await openPopover(page, '融资', isMobile);
    await pop.getByRole('button', { name: 'Known' }).click();
    await expect(page.locator('ruby.w[data-w="融资"][data-known]').first()).toBeAttached();
    await expect(page.locator('ruby.w[data-w="融资"] rt').first()).toBeVisible();
    errors.expectNone();
  });

  test('keys on a focused word: k known, l learning, i ignore, again to clear', async ({ page, isMobile }) => {
    test.skip(isMobile, 'keyboard story runs on desktop');
    const errors = watchErrors(page);
    await page.goto(ARTICLE);
    await articleHydrated(page);
    const first = page.locator('ruby.w[tabindex="0"]');
    await first.focus();
    await page.keyboard.press('ArrowRight'); // 梭哈
    const word = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.w);
    expect(word).toBe('梭哈');
    await page.keyboard.press('k');
    await expect(page.locator('ruby.w[data-w="梭哈"][data-known]').first()).toBeAttached();
    await expect(page.getByRole('status').filter({ hasText: '梭哈: Known' })).toBeAttached();
    await page.keyboard.press('l');
    await expect(page.locator('ruby.w[data-w="梭哈"][data-learning]').first()).toBeAttached();
    await expect(page.locator('ruby.w[data-w="梭哈"][data-known]')).toHaveCount(0);
    await page.keyboard.press('l');
    await expect(page.locator('ruby.w[data-w="梭哈"][data-learning]')).toHaveCount(0);
    const stored = await page.evaluate(() => localStorage.getItem('duizhao.learner'));
    expect(JSON.parse(stored ?? '{}').words).toEqual({});
    errors.expectNone();
  });

  test('a corrupt stored memory is ignored without errors', async ({ page, isMobile }) => {
    const errors = watchErrors(page);
    await page.goto(ARTICLE);
    await articleHydrated(page);
    await page.evaluate(() => localStorage.setItem('duizhao.learner', '{"format":"duizhao-learner",'));
    await page.reload();
    await articleHydrated(page);
    const pop = await openPopover(page, '融资', isMobile);
    await expect(pop.getByRole('button', { name: 'Known' })).toHaveAttribute('aria-pressed', 'false');
    errors.expectNone();
  });

  test('HSK colouring: toggle, legend, and it persists', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(ARTICLE);
    await articleHydrated(page);
    await openMenu(page, 'learner');
    const toggle = page.getByTestId('toggle-hsk');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-hsk-colour', '');
    await expect(page.getByTestId('hsk-legend').locator('li')).toHaveCount(7);
    const shadow = (sel: string) =>
      page
        .locator(sel)
        .first()
        .evaluate((el) => getComputedStyle(el).boxShadow);
    const level1 = await shadow('ruby.w[data-hsk="1"]');
    const level6 = await shadow('ruby.w[data-hsk="6"]');
    expect(level1).not.toBe('none');
    expect(level1).not.toBe(level6);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-hsk-colour', '');
    // The toggle looks pressed from the saved state (CSS on <html>), in the reopened menu too.
    await openMenu(page, 'learner');
    await expect(page.getByTestId('hsk-legend')).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    errors.expectNone();
  });
});
