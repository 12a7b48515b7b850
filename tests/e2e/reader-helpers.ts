import { expect, type Page } from '@playwright/test';
import { ARTICLE } from './helpers';

export type SavedSettings = Record<string, string>;

/** Opens the article with these settings already saved, as a returning reader would. */
export async function openWith(page: Page, settings: SavedSettings, path = ARTICLE) {
  await page.addInitScript((s) => {
    // Only on the first load of this page, so a test can still change and reload.
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('duizhao.settings', s);
      sessionStorage.setItem('seeded', '1');
    }
  }, JSON.stringify(settings));
  await page.goto(path);
}

/** What each syllable of a word shows: one <i> per syllable when a view other than the default is drawn, else the plain <rt> text. */
export async function shownSyllables(page: Page, word: string): Promise<string[]> {
  return page
    .locator(`ruby.w[data-w="${word}"]`)
    .first()
    .evaluate((ruby) => {
      const each = Array.from(ruby.querySelectorAll('rt i'));
      if (each.length > 0) return each.map((y) => y.textContent ?? '');
      return (ruby.querySelector('rt')?.textContent ?? '').split(' ').filter(Boolean);
    });
}

/** Picks a setting in the panel the way a reader does (opening it with the Settings button). */
export async function choose(page: Page, name: string, value: string) {
  const panel = page.getByTestId('settings-panel');
  if (!(await panel.isVisible())) await page.getByTestId('settings-button').click();
  await page.getByTestId(`setting-${name}`).selectOption(value);
}

/** Opens one of the reading bar's menus (settings, learner, teacher) unless it is open already. */
export async function openMenu(page: Page, menu: 'settings' | 'learner' | 'teacher') {
  const panel = page.getByTestId(menu === 'settings' ? 'settings-panel' : `${menu}-tools`);
  if (!(await panel.isVisible())) await page.getByTestId(`${menu}-button`).click();
  await expect(panel).toBeVisible();
  return panel;
}

/** Saves a screenshot into tests/e2e/__screenshots__/ (committed: the viewport at CSS pixel size, to stay small). */
export async function saveShot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `tests/e2e/__screenshots__/${name}.png`, fullPage: false, scale: 'css' });
}
