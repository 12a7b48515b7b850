import { chromium } from '@playwright/test';
const base = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (const [name, vp, mobile] of [['phone', { width: 390, height: 844 }, true], ['desktop', { width: 1280, height: 900 }, false]]) {
  const ctx = await browser.newContext({ viewport: vp, isMobile: mobile, hasTouch: mobile, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  await page.goto(base + '/articles/xai-supercluster/');
  await page.waitForLoadState('networkidle');
  const r = await page.evaluate(() => {
    const first = document.querySelector('.para-text .zh, .para .zh');
    const top = first.getBoundingClientRect().top + scrollY;
    const ctrls = [...document.querySelectorAll('a[href], button, select, input, textarea, summary, details, [role=button]')]
      .filter((el) => !el.closest('.site-head') && !el.closest('[hidden]') && el.checkVisibility({ visibilityProperty: true }))
      .filter((el) => el.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING)
      .filter((el) => !(el.tagName === 'DETAILS' && el.querySelector('summary')));
    return { top, count: ctrls.length, list: ctrls.map((e) => e.tagName + ':' + (e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 30)) };
  });
  console.log(name, JSON.stringify(r));
  await page.screenshot({ path: `/tmp/ui/${process.argv[3]}-${name}.png` });
  await ctx.close();
}
await browser.close();
