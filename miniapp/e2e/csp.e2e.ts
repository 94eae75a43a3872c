// The server's Content-Security-Policy must break nothing: the women's pages, the staff pages and the console load in
// Chromium under it with no CSP violation and no page error.
import type { BrowserContext, Page } from 'playwright-core';
import { CONSOLE_SECTIONS, openDesktop, signIn } from './admin-helpers';
import { BASE_URL, openPhone, openRoute, settle, visibleTestId } from './support/browser';

/** Every CSP violation and page error from now on, as lines a failing test prints. */
async function watchForBreakage(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.exposeFunction('reportCspViolation', (line: string) => problems.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (line: string) => void }).reportCspViolation;
      report(
        `CSP ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

describe('the Content-Security-Policy breaks nothing (H5 in Chromium)', () => {
  let context: BrowserContext;

  afterEach(async () => {
    await context?.close();
  });

  it('is sent with the app, and the women’s pages run under it', async () => {
    let page: Page;
    ({ context, page } = await openPhone());
    const problems = await watchForBreakage(page);
    const home = await page.goto(`${BASE_URL}/`);
    // Without the header this test would prove nothing.
    expect(home?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByTestId('entry-book').waitFor();

    await openRoute(page, '/pages/centres/index', 'use-location');
    await openRoute(page, '/pages/centre/index?code=yongchun', 'centre-name');
    await openRoute(page, '/pages/book/index?code=yongchun', 'service-legal');
    await visibleTestId(page, 'service-legal').click();
    await page.locator('[data-testid^="day-"]:visible').first().waitFor();
    await openRoute(page, '/pages/callback/index?code=yongchun', 'callback-next');
    await openRoute(page, '/pages/mine/index', 'mine-find-by-code');
    await openRoute(page, '/pages/safety/index', 'safety-danger');
    await openRoute(page, '/pages/settings/index', 'end-session');

    expect(problems).toEqual([]);
  });

  it('the staff pages run under it', async () => {
    let page: Page;
    ({ context, page } = await openPhone());
    const problems = await watchForBreakage(page);
    await openRoute(page, '/packages/staff/login/index', 'staff-login-username');
    await visibleTestId(page, 'staff-login-username').fill('staff-yongchun');
    await visibleTestId(page, 'staff-login-password').fill('demo-yongchun-2026');
    await visibleTestId(page, 'staff-login-submit').click();
    await visibleTestId(page, 'staff-home-who').waitFor();
    await visibleTestId(page, 'staff-home-bookings').click();
    // On top before the next route: a hash change while Taro still loads this page can leave it on top instead.
    await visibleTestId(page, 'staff-bookings-refresh').waitFor();
    await settle(page);
    await openRoute(page, '/packages/staff/callbacks/index', 'staff-callbacks-refresh');
    await openRoute(page, '/packages/staff/record/index', 'staff-record-form');
    await openRoute(page, '/packages/staff/records/index', 'staff-records-register');

    expect(problems).toEqual([]);
  });

  it('the admin console runs under it, charts included', async () => {
    let page: Page;
    ({ context, page } = await openDesktop());
    const problems = await watchForBreakage(page);
    await signIn(page);
    for (const section of CONSOLE_SECTIONS) {
      await page.getByTestId(`nav-${section}`).click();
      await page.getByTestId(`section-${section}`).waitFor();
      await page.waitForLoadState('networkidle');
    }

    expect(problems).toEqual([]);
  });
});
