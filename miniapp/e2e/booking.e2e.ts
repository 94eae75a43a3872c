import type { Page } from 'playwright-core';
import { firstDayWithPlaces, freeSlots, staffBookings, staffConfirm, staffToken } from './support/api';
import { BASE_URL, hashParam, phonesClosedAfterEach, screenshot, visibleTestId } from './support/browser';

/** From the booking page of a centre: service, day, time; returns at the details step. */
async function chooseTime(page: Page, date: string, start: string): Promise<void> {
  await visibleTestId(page, 'service-legal').click();
  await visibleTestId(page, `day-${date}`).click();
  await visibleTestId(page, `slot-${start}`).click();
}

async function consentAndReachConfirm(page: Page): Promise<void> {
  await visibleTestId(page, 'details-next').click();
  await visibleTestId(page, 'consent-general').click();
  await visibleTestId(page, 'consent-sensitive').click();
  await visibleTestId(page, 'consent-agree').click();
  await visibleTestId(page, 'booking-summary').waitFor();
}

describe('book a consultation (H5)', () => {
  const phone = phonesClosedAfterEach();

  it('books from home, staff confirm, she sees it confirmed, and cancels with one confirmation', async () => {
    const day = await firstDayWithPlaces('jinjiang', 'legal');
    const [slot] = freeSlots(day, 'legal');
    const page = await phone();
    await page.goto(`${BASE_URL}/`);

    await page.getByTestId('entry-book').click();
    await visibleTestId(page, 'choose-centre-jinjiang').click();
    await chooseTime(page, day.date, slot.start);
    await visibleTestId(page, 'booking-topic').fill('想问问家里的事');
    await visibleTestId(page, 'need-minnan_dialect').click();
    await consentAndReachConfirm(page);
    await screenshot(page, 'booking-confirm-step');
    await visibleTestId(page, 'booking-confirm').click();

    await expect(visibleTestId(page, 'booked-title').innerText()).resolves.toBe('预约已提交');
    await expect(visibleTestId(page, 'booked-status').innerText()).resolves.toContain('等待确认');
    await expect(visibleTestId(page, 'booked-summary').innerText()).resolves.toContain('说闽南话');
    await visibleTestId(page, 'booked-centre-address').waitFor();
    expect(await visibleTestId(page, 'booked-call-110').count()).toBe(1);
    expect(await visibleTestId(page, 'booked-call-12338').count()).toBe(1);
    await screenshot(page, 'booking-result');
    const bookingId = hashParam(page, 'id');
    expect(bookingId).toBeTruthy();

    // Staff confirm it through the API.
    const staff = await staffToken('jinjiang');
    const pending = (await staffBookings(staff, day.date)).find((item) => item.id === bookingId);
    expect(pending).toMatchObject({
      status: 'pending',
      start: slot.start,
      topic: '想问问家里的事',
      needs: ['minnan_dialect'],
    });
    await staffConfirm(staff, bookingId!);

    await visibleTestId(page, 'booked-open-mine').click();
    await expect(visibleTestId(page, `booking-status-${bookingId}`).innerText()).resolves.toContain('已确认');
    await screenshot(page, 'mine-confirmed');

    await visibleTestId(page, `booking-cancel-${bookingId}`).click();
    await expect(visibleTestId(page, `booking-cancel-${bookingId}-question`).innerText()).resolves.toContain(
      '确定取消',
    );
    await visibleTestId(page, `booking-cancel-${bookingId}-confirm`).click();
    await page.waitForFunction(
      (id) => document.querySelector(`[data-testid="booking-${id}"]`)?.getAttribute('data-status') === 'cancelled',
      bookingId,
    );
    await expect(visibleTestId(page, `booking-status-${bookingId}`).innerText()).resolves.toContain('已取消');
    expect((await staffBookings(staff, day.date)).find((item) => item.id === bookingId)?.status).toBe('cancelled');
    await screenshot(page, 'mine-cancelled');
  });

  it('two women race for the last place: the one who loses is told calmly and sees fresh times', async () => {
    const day = await firstDayWithPlaces('nanan', 'legal', 2);
    const [contested, other] = freeSlots(day, 'legal');
    expect(contested.remaining).toBe(1);
    const [first, second] = [await phone(), await phone()];
    for (const page of [first, second]) {
      await page.goto(`${BASE_URL}/#/pages/book/index?code=nanan`);
      await chooseTime(page, day.date, contested.start);
      await consentAndReachConfirm(page);
    }

    await visibleTestId(first, 'booking-confirm').click();
    await visibleTestId(first, 'booked-title').waitFor();
    await visibleTestId(second, 'booking-confirm').click();

    await expect(visibleTestId(second, 'booking-problem').innerText()).resolves.toContain('刚刚有人约走了这个时间');
    // Fresh times: the contested one is now full, another is still offered.
    await expect(visibleTestId(second, `slot-${contested.start}`).getAttribute('aria-disabled')).resolves.toBe('true');
    await expect(visibleTestId(second, `slot-${contested.start}`).innerText()).resolves.toContain('已约满');
    await expect(visibleTestId(second, `slot-${other.start}`).innerText()).resolves.toContain('还有 1 个名额');
    await screenshot(second, 'booking-slot-taken');

    // She takes the other time without being asked for consent again.
    await visibleTestId(second, `slot-${other.start}`).click();
    await visibleTestId(second, 'booking-confirm').click();
    await expect(visibleTestId(second, 'booked-status').innerText()).resolves.toContain('等待确认');
    const staff = await staffToken('nanan');
    const onThatDay = (await staffBookings(staff, day.date)).filter(
      (item) => item.service === 'legal' && item.status === 'pending',
    );
    expect(onThatDay.filter((item) => item.start === contested.start)).toHaveLength(1);
    expect(onThatDay.filter((item) => item.start === other.start)).toHaveLength(1);
  });
});
