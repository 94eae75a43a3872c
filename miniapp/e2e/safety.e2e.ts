import type { BrowserContext, Page } from 'playwright-core';
import { firstDayWithPlaces, freeSlots } from './support/api';
import { BASE_URL, openPhone, QUICK_EXIT_URL, screenshot, visibleTestId } from './support/browser';
import { type AxeViolation, layoutProblems, seriousAxeViolations } from './support/checks';

describe('safety, large text and accessibility on the women’s pages (H5)', () => {
  let context: BrowserContext;
  let page: Page;

  afterEach(async () => {
    await context?.close();
  });

  it('quick exit from deep inside the booking flow leaves at once, and Back does not return', async () => {
    const day = await firstDayWithPlaces('dehua', 'counselling');
    const [slot] = freeSlots(day, 'counselling');
    ({ context, page } = await openPhone());
    await page.goto(`${BASE_URL}/`);
    await page.getByTestId('entry-book').click();
    await visibleTestId(page, 'choose-centre-dehua').click();
    await visibleTestId(page, 'service-counselling').click();
    await visibleTestId(page, `day-${day.date}`).click();
    await visibleTestId(page, `slot-${slot.start}`).click();
    await visibleTestId(page, 'booking-topic').fill('家里的事');
    expect(await page.locator('[data-testid="quick-exit"]').count()).toBe(1);

    await visibleTestId(page, 'quick-exit').click();

    await page.waitForURL(`${QUICK_EXIT_URL}**`);
    await page.goBack().catch(() => null);
    expect(page.url().startsWith(BASE_URL)).toBe(false);
  });

  it('works from a keyboard: Tab reaches the quick exit first and Enter presses it', async () => {
    ({ context, page } = await openPhone());
    await page.goto(`${BASE_URL}/`);
    await page.getByTestId('entry-book').waitFor();

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('quick-exit');
    await page.keyboard.press('Enter');

    await page.waitForURL(`${QUICK_EXIT_URL}**`);
  });

  it('"我现在安全吗？" leads in two taps to 110, 12338 or booking, and stores nothing', async () => {
    ({ context, page } = await openPhone());
    await page.goto(`${BASE_URL}/`);
    // The app runs after the static frame has painted, which can be after the page's load event.
    await page.getByTestId('entry-safety').waitFor();
    const storedBefore = await page.evaluate(() => Object.keys(localStorage).sort());

    await page.getByTestId('entry-safety').click();
    await visibleTestId(page, 'safety-danger').click();
    await expect(visibleTestId(page, 'safety-call-110').innerText()).resolves.toContain('110');
    // The way out and the call for help stand out in the app's own colours (a component library's default button
    // look once turned both light grey with black text on H5).
    const paint = (testId: string) =>
      visibleTestId(page, testId).evaluate((element) => {
        const style = getComputedStyle(element);
        return `${style.backgroundColor} / ${style.color}`;
      });
    await expect(paint('quick-exit')).resolves.toBe('rgb(31, 31, 31) / rgb(255, 255, 255)');
    await expect(paint('safety-call-110')).resolves.toBe('rgb(179, 38, 30) / rgb(255, 255, 255)');
    await screenshot(page, 'safety-danger');
    await visibleTestId(page, 'safety-restart').click();
    await visibleTestId(page, 'safety-unsure').click();
    await expect(visibleTestId(page, 'safety-call-12338').innerText()).resolves.toContain('12338');
    await visibleTestId(page, 'safety-restart').click();
    await visibleTestId(page, 'safety-safe').click();
    await visibleTestId(page, 'safety-book').click();
    await visibleTestId(page, 'centre-chooser').waitFor();

    expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual(storedBefore);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });

  it('large-text mode really scales text and tap targets, with nothing overlapping or cut off', async () => {
    ({ context, page } = await openPhone());
    await page.goto(`${BASE_URL}/`);
    await page.getByTestId('entry-book').waitFor();
    const measure = () =>
      page.evaluate(() => ({
        title: parseFloat(getComputedStyle(document.querySelector('[data-testid="page-shell"] .page-title')!).fontSize),
        button: document.querySelector('[data-testid="entry-book"]')!.getBoundingClientRect().height,
      }));
    const normal = await measure();
    expect(await layoutProblems(page, 44)).toEqual([]);

    await page.getByTestId('large-text-toggle').click();
    await page.waitForSelector('[data-large-text="on"]');
    const large = await measure();
    expect(large.title / normal.title).toBeGreaterThanOrEqual(1.25);
    expect(large.button / normal.button).toBeGreaterThanOrEqual(1.25);
    await screenshot(page, 'large-text-home');

    const problems: string[] = [];
    const check = async (name: string) => {
      await screenshot(page, `large-text-${name}`);
      problems.push(...(await layoutProblems(page, 56)).map((problem) => `${name}: ${problem.kind} ${problem.detail}`));
    };
    await check('home');
    const day = await firstDayWithPlaces('yongchun', 'mediation');
    await page.getByTestId('entry-book').click();
    await visibleTestId(page, 'choose-centre-yongchun').click();
    await check('book-service');
    await visibleTestId(page, 'service-mediation').click();
    await visibleTestId(page, `day-${day.date}`).waitFor();
    await check('book-day');
    await visibleTestId(page, `day-${day.date}`).click();
    await check('book-time');
    await visibleTestId(page, `slot-${freeSlots(day, 'mediation')[0].start}`).click();
    await check('book-details');
    await visibleTestId(page, 'details-next').click();
    await check('book-consent');
    await page.goto(`${BASE_URL}/#/pages/callback/index?code=yongchun`);
    await visibleTestId(page, 'callback-phone').waitFor();
    await check('callback-form');
    // The setting survives a reload: it is stored (as a yes/no only).
    await page.reload();
    await page.waitForSelector('[data-large-text="on"]');
    expect(problems).toEqual([]);
  });

  it('axe-core finds no serious or critical problems on the women’s pages', async () => {
    ({ context, page } = await openPhone());
    const found: (AxeViolation & { page: string })[] = [];
    const audit = async (name: string) => {
      found.push(...(await seriousAxeViolations(page)).map((violation) => ({ ...violation, page: name })));
    };
    const day = await firstDayWithPlaces('anxi', 'legal');
    const [slot] = freeSlots(day, 'legal');

    await page.goto(`${BASE_URL}/`);
    await page.getByTestId('entry-book').waitFor();
    await audit('home');
    await page.getByTestId('entry-safety').click();
    await audit('safety-question');
    await visibleTestId(page, 'safety-danger').click();
    await audit('safety-danger');

    await page.goto(`${BASE_URL}/#/pages/centres/index`);
    await visibleTestId(page, 'pick-district').click();
    await visibleTestId(page, 'district-anxi').waitFor();
    await audit('finder-districts');
    await visibleTestId(page, 'district-anxi').click();
    await visibleTestId(page, 'centre-name').waitFor();
    await audit('centre');

    await visibleTestId(page, 'centre-book').click();
    await visibleTestId(page, 'service-legal').waitFor();
    await audit('book-service');
    await visibleTestId(page, 'service-legal').click();
    await visibleTestId(page, `day-${day.date}`).waitFor();
    await audit('book-day');
    await visibleTestId(page, `day-${day.date}`).click();
    await audit('book-time');
    await visibleTestId(page, `slot-${slot.start}`).click();
    await audit('book-details');
    await visibleTestId(page, 'details-next').click();
    await audit('book-consent');
    await visibleTestId(page, 'consent-refuse').click();
    await audit('book-consent-refused');
    await visibleTestId(page, 'consent-back').click();
    await visibleTestId(page, 'consent-general').click();
    await visibleTestId(page, 'consent-sensitive').click();
    await visibleTestId(page, 'consent-agree').click();
    await audit('book-confirm');
    await visibleTestId(page, 'booking-confirm').click();
    await visibleTestId(page, 'booked-title').waitFor();
    await audit('booked');

    await page.goto(`${BASE_URL}/#/pages/callback/index?code=anxi`);
    await visibleTestId(page, 'callback-next').click();
    await visibleTestId(page, 'callback-phone-error').waitFor();
    await audit('callback-form-with-errors');
    await visibleTestId(page, 'callback-phone').fill('059522180000');
    await visibleTestId(page, 'window-kind-weekday').click();
    await visibleTestId(page, 'window-weekday-3').click();
    await visibleTestId(page, 'window-range-10:00').click();
    await visibleTestId(page, 'window-add').click();
    await visibleTestId(page, 'callback-next').click();
    await visibleTestId(page, 'consent-general').click();
    await visibleTestId(page, 'consent-sensitive').click();
    await visibleTestId(page, 'consent-agree').click();
    await audit('callback-send');
    await visibleTestId(page, 'callback-submit').click();
    await visibleTestId(page, 'callback-sent-title').waitFor();
    await audit('callback-sent');

    await page.goto(`${BASE_URL}/#/pages/mine/index`);
    await visibleTestId(page, 'mine-upcoming').waitFor();
    await audit('mine');
    await page.goto(`${BASE_URL}/#/pages/settings/index`);
    await visibleTestId(page, 'clear-data').waitFor();
    await audit('settings');

    expect(found).toEqual([]);
  });

  it('清除本机数据 explains what it means, then leaves nothing of this service on the phone', async () => {
    ({ context, page } = await openPhone());
    await page.goto(`${BASE_URL}/`);
    await page.getByTestId('first-use-dismiss').click();
    await page.getByTestId('large-text-toggle').click();
    await page.getByTestId('entry-mine').click();
    await visibleTestId(page, 'mine-empty').waitFor();
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('wac.')).length),
    ).toBeGreaterThan(0);

    await page.goto(`${BASE_URL}/#/pages/settings/index`);
    await expect(visibleTestId(page, 'clear-data-explained').innerText()).resolves.toContain(
      '将看不到以前的预约和回电请求',
    );
    await visibleTestId(page, 'clear-data').click();
    await visibleTestId(page, 'clear-data-confirm').click();
    await visibleTestId(page, 'clear-data-done').waitFor();
    await screenshot(page, 'settings-cleared');

    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('wac.')))).toEqual([]);
    await visibleTestId(page, 'settings-home').click();
    await visibleTestId(page, 'first-use-note').waitFor();
    expect(await page.locator('[data-large-text="on"]').count()).toBe(0);
  });
});
