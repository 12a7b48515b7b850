import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { formatReading } from '../../lib/pinyin/syllable';
import { decodeArticleData } from '../../lib/view/wire';
import { watchErrors } from './helpers';

const FILE = pathToFileURL(resolve('out/offline/xai-supercluster.html')).href;

test.describe('offline copy (single HTML file from disk)', () => {
  // Pages with 1,500 annotated words load slowly on a busy CI machine.
  test.describe.configure({ timeout: 120_000 });

  test('opened via file:// it shows pinyin, opens a popover for 融资 and toggles', async ({ page, isMobile }) => {
    const errors = watchErrors(page);
    // Nothing but the file itself may load.
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(FILE);
    const rongzi = page.locator('ruby.w[data-w="融资"]').first();
    await expect(rongzi.locator('rt')).toHaveText('róng zī');
    await rongzi.scrollIntoViewIfNeeded();
    if (isMobile) await rongzi.tap();
    else await rongzi.click();
    const pop = page.locator('#pop');
    await expect(pop).toBeVisible();
    await expect(pop).toContainText('融资');
    await expect(pop).toContainText('róng zī');
    await page.keyboard.press('Escape');
    await expect(pop).toBeHidden();
    await page.getByRole('button', { name: 'Pinyin' }).click();
    await expect(rongzi.locator('rt')).toBeHidden();
    await page.getByRole('button', { name: 'Translation' }).click();
    await expect(page.locator('p.en').nth(3)).toBeHidden();
    expect(requests.every((u) => u.startsWith('file:'))).toBe(true);
    errors.expectNone();
  });

  test('the article links to it', async ({ page }) => {
    await page.goto('/articles/xai-supercluster/');
    await expect(page.getByTestId('offline-link')).toHaveAttribute('href', '/offline/xai-supercluster.html');
    const response = await page.request.get('/offline/xai-supercluster.html');
    expect(response.ok()).toBe(true);
  });

  test('shows the same reading and the same first sense as the site for every word of the article', async ({
    page,
  }) => {
    // The site's words: its data file, decoded as the browser decodes it.
    const site = decodeArticleData(JSON.parse(readFileSync(resolve('out/data/xai-supercluster.json'), 'utf8')));
    // The offline file's words, as its own script reads them, paired with its word elements.
    await page.goto(FILE);
    const offline = await page.evaluate(() => {
      const data = JSON.parse(document.getElementById('dict')?.textContent ?? '{}') as {
        e: { w: string }[];
        w: [number, string, string][];
      };
      const words = Array.from(document.querySelectorAll('#article ruby.w')).map((el) => el.getAttribute('data-w'));
      return data.w.map(([e, reading, first], i) => ({ key: words[i], word: data.e[e]?.w, reading, first }));
    });
    expect(offline).toHaveLength(site.words.length);
    site.words.forEach((w, i) => {
      const entry = site.entries[w.entry];
      expect(offline[i]).toEqual({
        key: entry?.word,
        word: entry?.word,
        reading: formatReading(w.citation.filter(Boolean), 'marks'),
        first: w.first,
      });
    });
  });
});
