import { firstDayWithPlaces, freeSlots } from './support/api';
import { BASE_URL, hashParam, phonesClosedAfterEach, screenshot, visibleTestId } from './support/browser';

const CODE = /^预约码：([2-9A-HJKMNP-Z]{5}) ([2-9A-HJKMNP-Z]{5})$/;

describe('a short code finds a booking after the browser forgot it (H5)', () => {
  const phone = phonesClosedAfterEach();

  it('shows the code after booking and in 我的预约; a fresh browser finds, moves and cancels with it', async () => {
    const day = await firstDayWithPlaces('jinjiang', 'legal');
    const [first, second] = freeSlots(day, 'legal');
    const page = await phone();
    await page.goto(`${BASE_URL}/`);
    await page.getByTestId('entry-book').click();
    await visibleTestId(page, 'choose-centre-jinjiang').click();
    await visibleTestId(page, 'service-legal').click();
    await visibleTestId(page, `day-${day.date}`).click();
    await visibleTestId(page, `slot-${first.start}`).click();
    await visibleTestId(page, 'details-next').click();
    await visibleTestId(page, 'consent-general').click();
    await visibleTestId(page, 'consent-sensitive').click();
    await visibleTestId(page, 'consent-agree').click();
    await visibleTestId(page, 'booking-confirm').click();

    const shown = (await visibleTestId(page, 'booked-code').locator('.action__title').innerText()).trim();
    const match = CODE.exec(shown);
    expect(match).not.toBeNull();
    const code = `${match![1]}${match![2]}`;
    const bookingId = hashParam(page, 'id');
    await screenshot(page, 'booked-short-code');
    await visibleTestId(page, 'booked-open-mine').click();
    await expect(visibleTestId(page, `booking-code-${bookingId}`).innerText()).resolves.toBe(shown);

    // Her browser data is gone: a fresh context, nothing on this phone but the code she noted.
    const later = await phone();
    await later.goto(`${BASE_URL}/#/pages/mine/index`);
    await visibleTestId(later, 'mine-find-by-code').click();
    await visibleTestId(later, 'lookup-code').fill(`${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`);
    await visibleTestId(later, 'lookup-find').click();
    await expect(visibleTestId(later, 'lookup-booking-time').innerText()).resolves.toContain(
      first.start.replace(/^0/, ''),
    );
    await screenshot(later, 'lookup-found');

    await visibleTestId(later, 'lookup-reschedule').click();
    await visibleTestId(later, `lookup-slot-${day.date}-${second.start}`).click();
    await expect(visibleTestId(later, 'lookup-message').innerText()).resolves.toContain('已改到');
    await expect(visibleTestId(later, 'lookup-booking-time').innerText()).resolves.toContain(
      second.start.replace(/^0/, ''),
    );

    await visibleTestId(later, 'lookup-cancel').click();
    await visibleTestId(later, 'lookup-confirm-yes').click();
    await later.waitForFunction(
      () => document.querySelector('[data-testid="lookup-booking"]')?.getAttribute('data-status') === 'cancelled',
    );

    // A wrong code says so plainly and shows nothing.
    await visibleTestId(later, 'lookup-code').fill('ZZZZZZZZZZ');
    await visibleTestId(later, 'lookup-find').click();
    await expect(visibleTestId(later, 'lookup-message').innerText()).resolves.toContain('没有找到这个预约码');
    expect(await later.getByTestId('lookup-booking').count()).toBe(0);
  });
});
