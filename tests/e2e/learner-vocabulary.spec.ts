import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { ARTICLE, openPopover, watchErrors } from './helpers';
import { articleHydrated } from './learner-helpers';
import { openMenu, openWith } from './reader-helpers';

const WORDS = [
  { w: '融资', pinyin: 'róng zī' },
  { w: '超级计算中心', pinyin: 'chāo jí jì suàn zhōng xīn' },
  { w: '训练', pinyin: 'xùn liàn' },
];

async function saveLearning(page: Page, word: string, isMobile: boolean) {
  const pop = await openPopover(page, word, isMobile);
  await expect(pop.locator('.entry-word')).toHaveText(word);
  const learning = pop.getByRole('button', { name: 'Learning' });
  if (isMobile) await learning.tap();
  else await learning.click();
  await expect(page.locator(`ruby.w[data-w="${word}"][data-learning]`).first()).toBeAttached();
  // Move the pointer off the text first: Chromium re-hovers whatever word ends up under a still cursor.
  await page.mouse.move(1, 1);
  await page.keyboard.press('Escape');
  await expect(pop).toBeHidden();
}

test.describe('learner memory: vocabulary, exports, backup', () => {
  test('three saved words are listed with their sentences and export to a 7-field Anki TSV', async ({
    page,
    isMobile,
  }) => {
    const errors = watchErrors(page);
    test.setTimeout(90_000); // three popovers, a page change, a download and a navigation
    await page.goto(ARTICLE);
    await articleHydrated(page);
    for (const { w } of WORDS) await saveLearning(page, w, isMobile);

    await page.getByRole('link', { name: 'Vocabulary' }).click();
    await expect(page).toHaveURL(/\/vocabulary\/$/);
    const items = page.getByTestId('vocab-item');
    await expect(items).toHaveCount(3);
    for (const { w, pinyin } of WORDS) {
      const item = page.locator(`[data-testid="vocab-item"][data-w="${w}"]`);
      await expect(item).toContainText(pinyin);
      await expect(item.getByTestId('vocab-zh')).toContainText(w);
      await expect(item.getByTestId('vocab-en')).not.toBeEmpty();
      await expect(item.getByRole('link')).toHaveAttribute('href', /\/articles\/xai-supercluster\/#s-\d+\.\d+$/);
    }

    const download = page.waitForEvent('download');
    await page.getByTestId('export-tsv').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.tsv$/);
    const path = await file.path();
    const text = await readFile(path, 'utf8');
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const rows = lines.map((l) => l.split('\t'));
    for (const r of rows) expect(r).toHaveLength(7);
    for (const { w, pinyin } of WORDS) {
      const row = rows.find((r) => r[0] === w);
      expect(row?.[2]).toBe(pinyin);
      expect(row?.[4]).toContain(w);
      expect(row?.[5]).not.toBe('');
      expect(row?.[6]).toMatch(/^duizhao xai-supercluster hsk(\d|-beyond)$/);
    }
    expect(rows.find((r) => r[0] === '融资')?.[1]).toBe('融資');

    // The sentence link opens the article at that sentence.
    await page.locator('[data-testid="vocab-item"][data-w="融资"]').getByRole('link').click();
    await expect(page).toHaveURL(/\/articles\/xai-supercluster\/#s-/);
    await articleHydrated(page);
    await expect(page.locator('#article .zh span.s[data-target]')).toContainText('融资');
    errors.expectNone();
  });

  test('a broken or foreign JSON file is refused with a message and the state is kept; a good one imports', async ({
    page,
    isMobile,
  }) => {
    const errors = watchErrors(page);
    await page.goto(ARTICLE);
    await saveLearning(page, '融资', isMobile);
    await page.goto('/vocabulary/');
    await expect(page.getByTestId('vocab-item')).toHaveCount(1);
    const before = await page.evaluate(() => localStorage.getItem('duizhao.learner'));

    // Export the state, to import it again at the end.
    const download = page.waitForEvent('download');
    await page.getByTestId('export-json').click();
    const backup = await readFile(await (await download).path(), 'utf8');
    expect(JSON.parse(backup)).toMatchObject({ format: 'duizhao-learner', version: 1 });

    const input = page.getByTestId('import-json');
    const message = page.getByTestId('import-message');
    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"duizhao-le'),
    });
    await expect(message).toHaveText(/not valid JSON/);
    await expect(message).toHaveClass(/learner-error/);
    await expect(page.getByTestId('vocab-item')).toHaveCount(1);
    expect(await page.evaluate(() => localStorage.getItem('duizhao.learner'))).toBe(before);

    await input.setInputFiles({
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"pinyin":"all"}'),
    });
    await expect(message).toHaveText(/not a Duizhao word list/);
    expect(await page.evaluate(() => localStorage.getItem('duizhao.learner'))).toBe(before);

    // Move browsers: clear, import the backup, the word is back.
    await page.evaluate(() => localStorage.removeItem('duizhao.learner'));
    await page.reload();
    await expect(page.getByTestId('vocab-empty')).toBeVisible();
    await page
      .getByTestId('import-json')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await expect(message).toHaveText(/Imported 1 words/);
    await expect(page.getByTestId('vocab-item')).toHaveCount(1);
    errors.expectNone();
  });

  test('a teacher downloads the article words above HSK 5 without any saved state', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(ARTICLE);
    await articleHydrated(page);
    await openMenu(page, 'teacher');
    await page.getByTestId('teacher-level').selectOption('5');
    const download = page.waitForEvent('download');
    await page.getByTestId('teacher-tsv').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('xai-supercluster-above-hsk5.tsv');
    const rows = (await readFile(await file.path(), 'utf8'))
      .trimEnd()
      .split('\n')
      .map((l) => l.split('\t'));
    expect(rows.length).toBeGreaterThan(20);
    for (const r of rows) {
      expect(r).toHaveLength(7);
      expect(r[6]).toMatch(/ hsk(6|-beyond)$/);
    }
    const rongzi = rows.find((r) => r[0] === '融资');
    expect(rongzi?.[2]).toBe('róng zī');
    expect(rows.find((r) => r[0] === '马斯克')).toBeUndefined(); // names are left out
    expect(await page.evaluate(() => localStorage.getItem('duizhao.learner'))).toBeNull();

    const csvDownload = page.waitForEvent('download');
    await page.getByTestId('teacher-csv').click();
    const csv = await readFile(await (await csvDownload).path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFsimplified,traditional,pinyin,english,sentence_zh,sentence_en,hsk,article',
    );
    errors.expectNone();
  });

  test('in traditional script, the saved sentence and the exports hold that script only', async ({
    page,
    isMobile,
  }) => {
    const errors = watchErrors(page);
    await openWith(page, { script: 'traditional' });
    await articleHydrated(page);
    await expect(page.locator('#article')).toHaveAttribute('data-variants', '');
    const pop = await openPopover(page, '融资', isMobile);
    await expect(pop.locator('.entry-word')).toHaveText('融資');
    const learning = pop.getByRole('button', { name: 'Learning' });
    if (isMobile) await learning.tap();
    else await learning.click();
    await expect(page.locator('ruby.w[data-w="融资"][data-learning]').first()).toBeAttached();
    await page.getByRole('link', { name: 'Vocabulary' }).click();
    const zh = page.locator('[data-testid="vocab-item"][data-w="融资"]').getByTestId('vocab-zh');
    await expect(zh).toContainText('融資');
    // One script only: no simplified twin of the words beside the traditional ones.
    expect(await zh.textContent()).not.toMatch(/融资|宣布/u);
    const download = page.waitForEvent('download');
    await page.getByTestId('export-tsv').click();
    const row = (await readFile(await (await download).path(), 'utf8')).trimEnd().split('\t');
    expect(row[4]).toContain('融資');
    expect(row[4]).not.toMatch(/融资/u);
    errors.expectNone();
  });
});
