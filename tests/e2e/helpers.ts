import { expect, type Locator, type Page } from '@playwright/test';

export const ARTICLE = '/articles/xai-supercluster/';

/** Collects console errors and page errors; call `expectNone()` at the end of a test. */
export function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { errors, expectNone: () => expect(errors).toEqual([]) };
}

/** Opens a word's popover the way this device would: hover with a mouse, tap on touch. */
export async function openPopover(page: Page, word: string, isMobile: boolean) {
  const el = page.locator(`ruby.w[data-w="${word}"]`).first();
  await el.scrollIntoViewIfNeeded();
  if (isMobile) await el.tap();
  else await el.hover();
  const pop = page.locator('#word-popover');
  await expect(pop).toBeVisible();
  return pop;
}

/**
 * True when the page's CJK font really draws 中 (not a missing-glyph box): compares it on a
 * canvas with a character no font has (U+10FFFD, private use), which every font draws as tofu.
 */
export async function drawsRealCjkGlyphs(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const draw = (ch: string) => {
      const c = document.createElement('canvas');
      c.width = 40;
      c.height = 40;
      const ctx = c.getContext('2d');
      if (!ctx) return '';
      ctx.font = '32px "Noto Serif CJK SC", "Noto Sans CJK SC", sans-serif';
      ctx.fillText(ch, 2, 34);
      return c.toDataURL();
    };
    const tofu = draw('\u{10FFFD}');
    return draw('中') !== tofu && draw('融') !== tofu && draw('中') !== draw('融');
  });
}

/** The text of an element as the reader sees it: without the pinyin in <rt>. */
export async function chineseText(locator: Locator): Promise<string> {
  return locator.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('rt').forEach((n) => n.remove());
    return copy.textContent ?? '';
  });
}
