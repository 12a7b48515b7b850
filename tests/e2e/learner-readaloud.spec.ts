import { expect, test, type Page } from '@playwright/test';
import { ARTICLE, openPopover, watchErrors } from './helpers';
import { articleHydrated } from './learner-helpers';
import { openMenu, openWith } from './reader-helpers';

/**
 * Headless Chromium has no voices, so the speech API is replaced in THIS TEST ONLY: a zh-CN voice,
 * and a speak() that starts each utterance at once and ends it only when the test says so.
 */
async function stubSpeech(page: Page) {
  await page.addInitScript(() => {
    type U = { text: string; lang: string; rate: number; voice: unknown; onstart?: () => void; onend?: () => void };
    const spoken: U[] = [];
    let queue: U[] = [];
    const startNext = () => queue[0]?.onstart?.();
    class Utterance {
      text: string;
      lang = '';
      rate = 1;
      voice: unknown = null;
      onstart?: () => void;
      onend?: () => void;
      onerror?: () => void;
      constructor(text: string) {
        this.text = text;
      }
    }
    const synth = {
      paused: false,
      getVoices: () => [{ lang: 'zh-CN', name: 'Stub Mandarin', voiceURI: 'stub', default: true, localService: true }],
      speak(u: U) {
        spoken.push(u);
        queue.push(u);
        if (queue.length === 1) setTimeout(startNext, 0);
      },
      cancel() {
        queue = [];
      },
      pause() {
        this.paused = true;
      },
      resume() {
        this.paused = false;
      },
      addEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    Object.assign(window, {
      __spoken: spoken,
      __finishUtterance: () => {
        const u = queue.shift();
        u?.onend?.();
        setTimeout(startNext, 0);
      },
    });
  });
}

test.describe('read aloud', () => {
  test('without a Chinese voice the control says so instead of failing silently', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(ARTICLE);
    await articleHydrated(page);
    const unavailable = page.getByTestId('read-unavailable');
    await expect(unavailable).toBeDisabled();
    await expect(unavailable).toHaveText(/no Chinese voice|no speech synthesis/);
    await expect(page.locator('#article [data-read="1"]')).toBeDisabled();
    await expect(page.locator('#article [data-read="1"]')).toHaveAttribute(
      'aria-label',
      /no Chinese voice|no speech synthesis/,
    );
    errors.expectNone();
  });

  test('a paragraph is read sentence by sentence, the one being spoken highlighted', async ({ page }) => {
    await stubSpeech(page);
    const errors = watchErrors(page);
    await page.goto(ARTICLE);
    await articleHydrated(page);
    const ids = await page
      .locator('#article section[data-p="1"] .zh span.s')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.s ?? ''));
    expect(ids.length).toBeGreaterThan(1);
    await openMenu(page, 'settings'); // the speed is a reading setting
    await page.getByRole('slider', { name: /Speed/ }).fill('0.7');
    await page.keyboard.press('Escape');
    await page.locator('#article [data-read="1"]').click();

    for (const id of ids) {
      // Both the Chinese and the English sentence light up, and nothing else.
      await expect(page.locator(`#article span.s[data-s="${id}"][data-speaking]`)).toHaveCount(2);
      await expect(page.locator('#article span.s[data-speaking]')).toHaveCount(2);
      await page.evaluate(() => (window as unknown as { __finishUtterance: () => void }).__finishUtterance());
    }
    await expect(page.locator('#article span.s[data-speaking]')).toHaveCount(0);

    const spoken = await page.evaluate(() =>
      (window as unknown as { __spoken: { text: string; lang: string; rate: number }[] }).__spoken.map((u) => ({
        text: u.text,
        lang: u.lang,
        rate: u.rate,
      })),
    );
    expect(spoken).toHaveLength(ids.length);
    expect(spoken[0]?.lang).toBe('zh-CN');
    expect(spoken[0]?.rate).toBeCloseTo(0.7);
    expect(spoken[0]?.text).not.toMatch(/[āáǎàīíǐìūúǔù]/u); // the Chinese text, not the pinyin
    expect(spoken[0]?.text).toBe(
      await page.locator(`#article .zh span.s[data-s="${ids[0]}"]`).evaluate((el) => {
        const c = el.cloneNode(true) as HTMLElement;
        c.querySelectorAll('rt').forEach((rt) => rt.remove());
        return (c.textContent ?? '').trim();
      }),
    );
    errors.expectNone();
  });

  test('pause and resume; one sentence from the word popover', async ({ page, isMobile }) => {
    await stubSpeech(page);
    const errors = watchErrors(page);
    await page.goto(ARTICLE);
    await articleHydrated(page);
    await page.getByTestId('read-article').click();
    await expect(page.locator('#article span.s[data-speaking]').first()).toBeAttached();
    const pause = page.getByRole('button', { name: 'Pause' });
    await pause.click();
    await expect(page.getByRole('button', { name: 'Resume' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(page.locator('#article span.s[data-speaking]')).toHaveCount(0);

    const pop = await openPopover(page, '融资', isMobile);
    await pop.getByTestId('read-sentence').click();
    const speaking = page.locator('#article .zh span.s[data-speaking]');
    await expect(speaking).toHaveCount(1);
    await expect(speaking).toContainText('融资');
    errors.expectNone();
  });

  test('in traditional script the voice is given the traditional sentence only', async ({ page, isMobile }) => {
    await stubSpeech(page);
    await openWith(page, { script: 'traditional' });
    await articleHydrated(page);
    const pop = await openPopover(page, '融资', isMobile);
    await pop.getByTestId('read-sentence').click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken.length))
      .toBe(1);
    const text = await page.evaluate(
      () => (window as unknown as { __spoken: { text: string }[] }).__spoken[0]?.text ?? '',
    );
    expect(text).toContain('融資');
    expect(text).not.toMatch(/融资/u);
  });
});
