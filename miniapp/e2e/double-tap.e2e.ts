import type { BrowserContext, Page } from 'playwright-core';
import { BASE_URL, openPhone, visibleTestId } from './support/browser';

/**
 * A second tap on the same link, as a slow phone invites (nothing seems to happen at the first), opens the page once:
 * Back then returns to where she tapped, not to a copy of the page she opened.
 */
describe('a double tap opens a page once (H5)', () => {
  let context: BrowserContext;
  let page: Page;

  afterEach(async () => {
    await context?.close();
  });

  /** Every page opened on top is one entry in the tab's history (Taro's H5 router). */
  const historyLength = () => page.evaluate(() => history.length);

  it.each([
    ['the home page', '/', 'entry-safety', 'safety-danger'],
    ['我的预约', '/#/pages/mine/index', 'mine-new-booking', 'choose-centre-dehua'],
  ])('from %s', async (_name, path, link, opened) => {
    ({ context, page } = await openPhone());
    // Taro's router pushes a page's entry at once when asked to open it: a second push would be counted here even if
    // its page had not shown yet.
    await page.addInitScript(() => {
      const counted = window as unknown as { pagePushes: number };
      counted.pagePushes = 0;
      const pushState = History.prototype.pushState;
      History.prototype.pushState = function (this: History, ...args: Parameters<History['pushState']>) {
        counted.pagePushes += 1;
        return pushState.apply(this, args);
      };
    });
    const pushes = () => page.evaluate(() => (window as unknown as { pagePushes: number }).pagePushes);
    await page.goto(`${BASE_URL}${path}`);
    await visibleTestId(page, link).waitFor();
    const before = await historyLength();
    const pushedBefore = await pushes();

    await visibleTestId(page, link).dblclick();
    await visibleTestId(page, opened).waitFor();
    expect(await pushes()).toBe(pushedBefore + 1);
    // And none later: a second page, if any, could also be asked for after the first has shown.
    await page.waitForTimeout(500);

    expect(await pushes()).toBe(pushedBefore + 1);
    expect(await historyLength()).toBe(before + 1);
    await page.goBack();
    await visibleTestId(page, link).waitFor({ timeout: 5000 });

    // Back on the page she tapped, its links work again.
    await visibleTestId(page, link).click();
    await visibleTestId(page, opened).waitFor({ timeout: 5000 });
  });
});
