import { expect, type Page } from '@playwright/test';

/**
 * Waits until the article page's client leaves have run: the read-aloud control leaves its
 * "checking" state only after hydration (it is either enabled or says why it is not).
 */
export async function articleHydrated(page: Page) {
  const ready = page.getByTestId('read-article').and(page.locator(':enabled'));
  await expect(ready.or(page.getByTestId('read-unavailable'))).toBeVisible({ timeout: 20_000 });
}
