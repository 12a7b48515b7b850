import { expect, test } from '@playwright/test';
import { ARTICLE, watchErrors } from './helpers';
import { openMenu } from './reader-helpers';

const STORAGE_KEY = 'duizhao.settings';

test.describe('assignment links', () => {
  // Pages with 1,500 annotated words load slowly on a busy CI machine.
  test.describe.configure({ timeout: 120_000 });

  test('the teacher panel builds a link with the chosen settings', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(ARTICLE);
    await openMenu(page, 'teacher');
    const panel = page.getByTestId('teacher-panel');
    await panel.locator('summary').click();
    await page.getByTestId('assign-pinyin').selectOption('off');
    await page.getByTestId('assign-layout').selectOption('zh');
    const link = await page.getByTestId('assign-link').inputValue();
    expect(new URL(link).pathname).toBe(ARTICLE);
    expect(new URL(link).searchParams.get('pinyin')).toBe('off');
    expect(new URL(link).searchParams.get('layout')).toBe('zh');
    errors.expectNone();
  });

  test('the link opens the article that way; saved settings stay untouched; the learner can still change', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    // The learner saved "pinyin on, English shown" earlier.
    await page.goto(ARTICLE);
    await page.evaluate(
      (key) => localStorage.setItem(key, JSON.stringify({ pinyin: 'all', layout: 'interleaved' })),
      STORAGE_KEY,
    );
    const savedBefore = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

    await page.goto(`${ARTICLE}?pinyin=off&layout=zh`);
    // Applied before paint by the boot script, and kept after hydration.
    await expect(page.locator('html')).toHaveAttribute('data-pinyin', 'off');
    await expect(page.locator('html')).toHaveAttribute('data-layout', 'zh');
    await expect(page.locator('ruby.w rt').first()).toBeHidden();
    await expect(page.locator('.para .en').first()).toBeHidden();
    await expect(page.getByTestId('toggle-pinyin')).toHaveAttribute('aria-pressed', 'false');
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(savedBefore);

    // The learner turns pinyin back on: that choice is theirs and is saved; the link's
    // translation choice is not written to their settings.
    await page.getByTestId('toggle-pinyin').click();
    await expect(page.locator('html')).toHaveAttribute('data-pinyin', 'all');
    const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)) ?? '{}');
    expect(saved).toMatchObject({ pinyin: 'all', layout: 'interleaved' });

    // Without the parameters the article opens with the learner's own settings.
    await page.goto(ARTICLE);
    await expect(page.locator('html')).toHaveAttribute('data-layout', 'interleaved');
    errors.expectNone();
  });

  test('unknown or invalid parameters are ignored', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`${ARTICLE}?pinyin=%3Cscript%3E&layout=sideways&x=1`);
    await expect(page.locator('html')).toHaveAttribute('data-pinyin', 'all');
    await expect(page.locator('html')).toHaveAttribute('data-layout', 'interleaved');
    errors.expectNone();
  });

  test('the article shows its difficulty, and the index filters by it', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(ARTICLE);
    // One line under the title gives the level and time; it opens the full figures.
    await expect(page.getByTestId('meta-level')).toHaveText(/HSK/);
    await page.getByTestId('article-about').locator('summary').click();
    const d = page.getByTestId('difficulty');
    await expect(d).toBeVisible();
    await expect(d).toContainText('95 %');
    await expect(d.getByRole('list', { name: 'Share of words per HSK level' }).getByRole('listitem')).toHaveCount(8);
    await page.goto('/');
    const level = Number(await page.locator('.article-card').first().getAttribute('data-level'));
    expect(level).toBeGreaterThanOrEqual(1);
    await page.getByTestId('filter-level').selectOption(String(Math.max(1, level - 1)));
    if (level > 1) await expect(page.locator('.article-card').first()).toBeHidden();
    await page.getByTestId('filter-level').selectOption('7');
    await expect(page.locator('.article-card').first()).toBeVisible();
    errors.expectNone();
  });
});
