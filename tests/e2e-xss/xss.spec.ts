/**
 * Safe rendering, end to end: an article whose zh.txt, en.txt and glossary are full of markup
 * (<script>, <img onerror>, javascript: links, </script> break-outs, HTML entities) is built like
 * any other, and every piece shows on the page as the text the author wrote. Nothing runs: no
 * dialog opens, no window.__xss is set, no element is created from content. Each page carries a
 * Content-Security-Policy meta tag under which the site itself raises no violation, while an
 * injected inline script is refused.
 */
import { expect, test, type Page } from '@playwright/test';
import { chineseText, openPopover } from '../e2e/helpers';

const ARTICLE = '/articles/xss-fixture/';

/** Fails the test on any dialog, page error, console error or CSP violation the page raises. */
async function guard(page: Page) {
  const problems: string[] = [];
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${String(e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content.Security.Policy/iu.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return problems;
}

async function xssState(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __xss?: unknown; __violations: string[] };
    return { xss: w.__xss ?? null, violations: w.__violations };
  });
}

test('markup in zh, en and glossary renders as text and never runs', async ({ page, isMobile }) => {
  const problems = await guard(page);
  await page.goto(ARTICLE);
  const article = page.locator('#article');
  const zh = await chineseText(article);
  for (const written of [
    '<script>window.__xss = 1</script>',
    '<img src=x onerror="window.__xss=2">',
    '<a href="javascript:alert(3)">',
    '&amp;、&lt;、&#x4e2d;、&quot;',
    '</script><script>window.__xss=4</script>',
    '<svg onload=alert(5)>',
    '<b>',
  ]) {
    expect(zh, written).toContain(written);
  }
  const text = (await page.locator('main').textContent()) ?? '';
  for (const written of [
    '<script>window.__xss = 7</script>',
    '<img src=x onerror="window.__xss=8">',
    '<a href="javascript:alert(9)">click me</a>',
    'Entities &amp;, &lt;, &#x4e2d;, &quot; show as written.',
    '</script><script>window.__xss=10</script>',
  ]) {
    expect(text, written).toContain(written);
  }
  expect(await chineseText(page.locator('h1').first())).toContain('<script>alert("title")</script>');
  expect(await page.title()).toContain('<script>alert("title")</script>');
  // No element was made from content: the page's own markup has no img, svg, inline handler or javascript: link.
  expect(
    await page
      .locator('#article img, #article svg, #article script, [onerror], [onload], a[href^="javascript:" i]')
      .count(),
  ).toBe(0);

  // The glossary's markup, in the popover (fetched from out/dict under connect-src 'self').
  const pop = await openPopover(page, '脚本', isMobile);
  await expect(pop.getByTestId('sense-article')).toContainText('<script>window.__xss=12</script> script');
  await expect(pop.getByTestId('sense-article')).toContainText(
    '<img src=x onerror="window.__xss=13"> &amp; javascript:alert(14)',
  );

  await page.waitForTimeout(300);
  expect(await xssState(page)).toEqual({ xss: null, violations: [] });
  expect(problems).toEqual([]);
});

test('the index lists the article by its title as text', async ({ page }) => {
  const problems = await guard(page);
  await page.goto('/');
  expect(await chineseText(page.locator('main'))).toContain('<script>alert("title")</script>');
  expect(await page.locator('main script, main img').count()).toBe(0);
  expect(await xssState(page)).toEqual({ xss: null, violations: [] });
  expect(problems).toEqual([]);
});

for (const path of ['/', '/zh/', ARTICLE, `/zh${ARTICLE}`]) {
  test(`CSP on ${path}: the site raises no violation, an injected inline script is refused`, async ({ page }) => {
    const problems = await guard(page);
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/u);
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    // Scripts stay hash-only; inline styles are allowed (the learner's boot <style>), and cannot run code.
    const scriptSrc = (policy ?? '').split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).not.toContain('unsafe-inline');
    await page.waitForLoadState('networkidle');
    expect(await xssState(page)).toEqual({ xss: null, violations: [] });
    expect(problems).toEqual([]);

    const probe = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__xss = "injected"';
      document.head.append(s);
      await new Promise((r) => setTimeout(r, 100));
      const w = window as unknown as { __xss?: unknown; __violations: string[] };
      return { xss: w.__xss ?? null, refused: w.__violations.some((v) => v.startsWith('script-src')) };
    });
    expect(probe).toEqual({ xss: null, refused: true });
  });
}
