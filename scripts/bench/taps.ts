/**
 * Taps on a phone, measured in a real Chromium: Pixel 5 emulation (touch, 393×851 at DPR 2.75)
 * with the CPU throttled 4× through the DevTools protocol, against the export served locally.
 *   - navigation → first tap that opens a popover: a word is tapped (a touch at its box) every
 *     100 ms from the moment it exists; the figure is the time (from navigation start) at which the popover is first shown;
 *   - tap → popover painted: after the page settled, the median over `rounds` taps on different
 *     words of the time from the tap's event to the first animation frame after the popover shows.
 * Timings are printed by npm run bench, never asserted in tests.
 */
import { existsSync } from 'node:fs';
import { chromium, devices } from '@playwright/test';

export type TapTimes = { firstOpenMs: number | null; tapToPaintMs: number[]; medianTapToPaintMs: number | null };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor(s.length / 2)] ?? null) : null;
};

export async function measureTaps(url: string, rounds = 10): Promise<TapTimes> {
  const executablePath =
    process.env.PW_CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const context = await browser.newContext({ ...devices['Pixel 5'] });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url, { waitUntil: 'commit' });
    // The first word of the title: on the first screen on any layout.
    const word = page.locator('#article ruby.w').first();
    const pop = page.locator('#word-popover');
    await word.waitFor({ state: 'attached' });
    const firstOpen = await (async () => {
      for (let i = 0; i < 200; i += 1) {
        // A finger, not a test runner: a touch at the word's box, with none of locator.tap()'s checks
        // (visibility, two stable frames, hit-testing), which run script in the page and would take
        // main-thread time from the very start-up being measured.
        const box = await word.boundingBox().catch(() => null);
        if (box && box.width > 0) await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
        // The page's own clock: milliseconds since navigation started.
        if (await pop.isVisible()) return Math.round(await page.evaluate(() => performance.now()));
        await page.waitForTimeout(100);
      }
      return null;
    })();
    await page.waitForLoadState('networkidle');
    // In the page: per tap, the delay from its pointerdown to the first frame after the popover shows.
    await page.evaluate(() => {
      const w = window as unknown as { __tapTimes: number[]; __lastTap?: number };
      w.__tapTimes = [];
      document.addEventListener('pointerdown', (e) => (w.__lastTap = e.timeStamp), true);
      const box = document.getElementById('word-popover');
      if (!box) return;
      new MutationObserver(() => {
        if (box.hidden) return;
        const tap = w.__lastTap;
        requestAnimationFrame(() => {
          if (tap !== undefined) w.__tapTimes.push(performance.now() - tap);
          w.__lastTap = undefined;
        });
      }).observe(box, { attributes: true, attributeFilter: ['hidden'] });
    });
    for (let i = 0; i < rounds; i += 1) {
      // Tap outside to close, then a different word each round.
      await page.touchscreen.tap(5, 5);
      await pop.waitFor({ state: 'hidden' });
      const target = page.locator('#article-body ruby.w').nth(20 + i * 7);
      await target.scrollIntoViewIfNeeded();
      await target.tap();
      await pop.waitFor({ state: 'visible' });
      await page.waitForFunction((n) => (window as unknown as { __tapTimes: number[] }).__tapTimes.length > n, i);
    }
    const times = (await page.evaluate(() => (window as unknown as { __tapTimes: number[] }).__tapTimes)).map(
      Math.round,
    );
    return { firstOpenMs: firstOpen, tapToPaintMs: times, medianTapToPaintMs: median(times) };
  } finally {
    await browser.close();
  }
}
