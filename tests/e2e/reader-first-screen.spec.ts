import { expect, test, type Page } from '@playwright/test';
import { ARTICLE, watchErrors } from './helpers';
import { articleHydrated } from './learner-helpers';
import { openWith, saveShot } from './reader-helpers';

/**
 * The article opens on its text: on a phone and on a desktop the first Chinese paragraph starts
 * within the first screen, with at most five controls before it (the site header aside).
 */
const SCREENS = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
  { name: 'desktop', viewport: { width: 1280, height: 900 }, isMobile: false },
] as const;

/** The first paragraph's top (page px) and the controls before it in the page, header aside. */
async function firstScreen(page: Page) {
  return page.evaluate(() => {
    const first = document.querySelector('#article .para');
    if (!first) return { top: Infinity, controls: [] as string[] };
    const controls = Array.from(
      document.querySelectorAll('a[href], button, select, input, textarea, summary, [role="button"]'),
    )
      .filter((el) => !el.closest('.site-head') && !el.matches('body > .skip, .skip[href="#main"]'))
      .filter((el) => el.checkVisibility() || el.classList.contains('skip'))
      .filter((el) => Boolean(el.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING))
      .map((el) => `${el.tagName.toLowerCase()}: ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim()}`);
    return { top: first.getBoundingClientRect().top + window.scrollY, controls };
  });
}

test.describe('the first screen is the text', () => {
  for (const screen of SCREENS) {
    test(`${screen.name} ${screen.viewport.width}×${screen.viewport.height}: the text starts on the first screen`, async ({
      browser,
    }, info) => {
      test.skip(info.project.name !== 'desktop', 'sets its own viewports; once is enough');
      const context = await browser.newContext({
        viewport: screen.viewport,
        isMobile: screen.isMobile,
        hasTouch: screen.isMobile,
      });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(ARTICLE);
      await articleHydrated(page);
      const { top, controls } = await firstScreen(page);
      expect(top).toBeLessThanOrEqual(screen.viewport.height * 0.6);
      expect(controls.length, controls.join('\n')).toBeLessThanOrEqual(5);
      // The reading controls are on screen too, in one bar.
      for (const id of ['toggle-pinyin', 'toggle-translation', 'settings-button', 'learner-button', 'teacher-button']) {
        await expect(page.getByTestId(id)).toBeInViewport();
      }
      await saveShot(page, `first-screen-${screen.name}`);
      errors.expectNone();
      await context.close();
    });
  }

  test('keyboard: the skip link before the title leads to the reading controls', async ({ page, isMobile }) => {
    test.skip(isMobile, 'keyboard story runs on desktop');
    await page.goto(ARTICLE);
    await articleHydrated(page);
    const skip = page.getByRole('link', { name: 'Skip to the reading controls' });
    await skip.focus();
    await expect(skip).toBeInViewport(); // shown while focused
    await page.keyboard.press('Enter');
    await expect(page.locator('#reader-bar')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('toggle-pinyin')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('data-pinyin', 'off');
  });

  test('the toggles show the saved state before the app hydrates', async ({ page }) => {
    // Pinyin off and HSK colours on were saved; no app script runs (only the inline boot scripts).
    await page.addInitScript(() => {
      localStorage.setItem('duizhao.settings', JSON.stringify({ pinyin: 'off', layout: 'interleaved' }));
      localStorage.setItem(
        'duizhao.learner',
        JSON.stringify({ format: 'duizhao-learner', version: 1, words: {}, prefs: { hskColour: true } }),
      );
    });
    await page.route('**/_next/static/**/*.js', (route) => route.abort());
    await page.goto(ARTICLE);
    await expect(page.locator('html')).toHaveAttribute('data-pinyin', 'off');
    const look = (id: string) => page.getByTestId(id).evaluate((el) => getComputedStyle(el).backgroundColor);
    const pressed = await look('toggle-translation');
    expect(await look('toggle-pinyin')).not.toBe(pressed);
    // The same toggle shows pressed once pinyin is saved on.
    await page.evaluate(() => document.documentElement.setAttribute('data-pinyin', 'all'));
    expect(await look('toggle-pinyin')).toBe(pressed);
  });
});

test.describe('reading position', () => {
  test('kept across a reload and a visit to another page; the index marks started and finished', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(ARTICLE);
    await articleHydrated(page);
    const para = page.locator('#article .para[data-p="20"]');
    await para.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const saved = () =>
      page.evaluate(
        () =>
          (JSON.parse(localStorage.getItem('duizhao.positions') ?? '{}') as Record<string, { p: number }>)[
            'xai-supercluster'
          ]?.p,
      );
    await expect.poll(saved).toBe(20);
    const top = async () => (await para.boundingBox())?.y ?? Infinity;

    await page.reload();
    await articleHydrated(page);
    await expect.poll(top).toBeLessThan(60);
    expect(await top()).toBeGreaterThan(-60);

    // Another page, then back by a link: the article opens where the reader was.
    await page.goto('/vocabulary/');
    await page.goto('/');
    const mark = page.locator('.article-card', { hasText: '马斯克梭哈' }).getByTestId('reading-mark');
    await expect(mark).toHaveAttribute('data-state', 'started');
    await expect(mark).toContainText('Started');
    await page.getByRole('link', { name: /马斯克梭哈 xAI，叫板 OpenAI/ }).click();
    await articleHydrated(page);
    await expect.poll(top).toBeLessThan(60);
    expect(await top()).toBeGreaterThan(-60);

    // Reading to the end marks it finished. Paragraphs get their real height as they near the
    // screen (content-visibility), so the end is reached as a reader reaches it: scrolling on
    // until the last paragraph's bottom is on screen.
    const last = page.locator('#article .para').last();
    await expect
      .poll(async () => {
        await last.evaluate((el) => el.scrollIntoView({ block: 'end' }));
        const box = await last.boundingBox();
        return box !== null && box.y + box.height <= (page.viewportSize()?.height ?? 0) + 1;
      })
      .toBe(true);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (JSON.parse(localStorage.getItem('duizhao.positions') ?? '{}') as Record<string, { finished: boolean }>)[
              'xai-supercluster'
            ]?.finished,
        ),
      )
      .toBe(true);
    await page.goto('/');
    await expect(mark).toHaveAttribute('data-state', 'finished');
    errors.expectNone();
  });

  test('a corrupt saved position is ignored without an error', async ({ page }) => {
    const errors = watchErrors(page);
    await openWith(page, {});
    await page.evaluate(() => localStorage.setItem('duizhao.positions', '{"xai-supercluster":{"p":"x"'));
    await page.reload();
    await articleHydrated(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.goto('/');
    await expect(page.getByTestId('reading-mark').first()).toHaveAttribute('data-state', 'new');
    errors.expectNone();
  });
});
