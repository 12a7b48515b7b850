import { expect, test } from '@playwright/test';
import { ARTICLE, watchErrors } from './helpers';
import { articleHydrated } from './learner-helpers';
import { choose, openWith } from './reader-helpers';

test.describe('settings persist, and survive bad storage', () => {
  // Each settings change restyles ~1,000 ruby words; on a busy machine that takes seconds.
  test.slow();
  test('every choice is saved and back after a reload, applied before the app scripts load', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(ARTICLE);
    await choose(page, 'layout', 'side');
    await choose(page, 'tones', 'zhuyin');
    await choose(page, 'script', 'traditional');
    await choose(page, 'theme', 'dark');
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('duizhao.settings') ?? '{}'));
    expect(saved).toMatchObject({ layout: 'side', tones: 'zhuyin', script: 'traditional', theme: 'dark' });
    errors.expectNone();
    // With every JS file blocked, only the inline boot script runs: it alone must apply them.
    // (Blocked files log network errors, so the error watch ends above.)
    await page.route('**/_next/static/**/*.js', (route) => route.abort());
    await page.reload();
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-layout', 'side');
    await expect(html).toHaveAttribute('data-script', 'traditional');
    await expect(page.locator('.para').first()).toHaveCSS('display', 'grid');
  });

  test('no layout shift while the page loads with saved settings (CLS 0)', async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem('duizhao.settings', JSON.stringify({ layout: 'side', pinyin: 'hsk', size: '130' }));
      const w = window as unknown as { shifts: { value: number; at: number; sources: string[] }[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources?: { node?: Node | null }[];
        })[]) {
          if (e.hadRecentInput) continue;
          const sources = (e.sources ?? []).map((s) => {
            const el = s.node instanceof Element ? s.node : s.node?.parentElement;
            return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}` : '?';
          });
          w.shifts.push({ value: e.value, at: Math.round(e.startTime), sources });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(ARTICLE);
    // Loaded, hydrated (the read-aloud control has its state), fonts in, and two frames drawn after.
    await page.waitForLoadState('networkidle');
    await articleHydrated(page);
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number }[] }).shifts);
    // On failure the message names what moved and when.
    expect(shifts).toEqual([]);
  });

  test('old, corrupt or foreign saved values fall back to defaults, field by field, without an error', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await openWith(page, { pinyin: 'on', layout: 'side', tones: 'Zhuyin', size: '7' });
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-pinyin', 'all');
    await expect(html).toHaveAttribute('data-layout', 'side');
    await expect(html).toHaveAttribute('data-tones', 'marks');
    await expect(html).toHaveAttribute('data-size', '100');
    await expect(page.getByTestId('storage-note')).toHaveCount(0);
    errors.expectNone();
  });

  test('storage that throws: the reader works with defaults and says once that settings cannot be saved', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      Storage.prototype.getItem = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
    });
    await page.goto(ARTICLE);
    await expect(page.locator('html')).toHaveAttribute('data-layout', 'interleaved');
    await expect(page.locator('ruby.w rt').first()).toBeVisible();
    const note = page.getByTestId('storage-note');
    await expect(note).toHaveCount(1);
    await expect(note).toContainText('only for this visit');
    // Settings still work for this visit…
    await choose(page, 'layout', 'zh');
    await expect(page.locator('.para .en').first()).toBeHidden();
    await choose(page, 'tones', 'numbers');
    // …and the note is said once, not once per change; dismissed, it stays away.
    await expect(note).toHaveCount(1);
    await note.getByRole('button').click();
    await choose(page, 'layout', 'interleaved');
    await expect(page.getByTestId('storage-note')).toHaveCount(0);
    await expect(page.locator('.para .en').first()).toBeVisible();
    errors.expectNone();
  });

  test('no localStorage at all (blocked): defaults, and the same note', async ({ page }) => {
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    });
    await page.goto(ARTICLE);
    await expect(page.locator('html')).toHaveAttribute('data-pinyin', 'all');
    await expect(page.getByTestId('storage-note')).toBeVisible();
    await page.getByTestId('toggle-pinyin').click();
    await expect(page.locator('ruby.w rt').first()).toBeHidden();
    errors.expectNone();
  });
});
