// Defects found trying the service as a new user would (issue 9 §3), each on the H5 build against the real server:
// staff see the whole booking window (1), her free text is screened (3), rescheduling shows her own time (5), a
// centre's service starts a booking of it, and on a new booking 确认 is what stands out (10).
import type { AvailabilityDto, BookingDto, SlotTemplateDto } from '@wac/shared-types';
import type { BrowserContext, Page } from 'playwright-core';
import {
  addDays,
  api,
  book,
  firstDayWithPlaces,
  freeSlots,
  guestToken,
  loginToken,
  shanghaiToday,
} from './support/api';
import { BASE_URL, hashParam, openPhone, screenshot, visibleTestId } from './support/browser';

describe('issue 9 defects (H5)', () => {
  let context: BrowserContext;
  let page: Page;

  afterEach(async () => {
    await context?.close();
  });

  async function bookCounsellingInBrowser(centre: string): Promise<{ id: string; date: string; start: string }> {
    const day = await firstDayWithPlaces(centre, 'counselling');
    const [slot] = freeSlots(day, 'counselling');
    await page.goto(`${BASE_URL}/#/pages/centre/index?code=${centre}`);
    // The service on the centre page starts a booking of that service (defect 10).
    await visibleTestId(page, 'centre-service-counselling').click();
    await visibleTestId(page, `day-${day.date}`).click();
    await visibleTestId(page, `slot-${slot.start}`).click();
    await visibleTestId(page, 'details-next').click();
    await visibleTestId(page, 'consent-general').click();
    await visibleTestId(page, 'consent-sensitive').click();
    await visibleTestId(page, 'consent-agree').click();
    await expect(visibleTestId(page, 'booking-summary').innerText()).resolves.toContain('心理');
    await visibleTestId(page, 'booking-confirm').click();
    await visibleTestId(page, 'booked-title').waitFor();
    return { id: hashParam(page, 'id')!, date: day.date, start: slot.start };
  }

  it('warns about a name and a phone number in what she writes, and removes it in one tap (3)', async () => {
    const day = await firstDayWithPlaces('yongchun', 'legal');
    const [slot] = freeSlots(day, 'legal');
    ({ context, page } = await openPhone());
    await page.goto(`${BASE_URL}/#/pages/book/index?code=yongchun&service=legal`);
    await visibleTestId(page, `day-${day.date}`).click();
    await visibleTestId(page, `slot-${slot.start}`).click();

    await visibleTestId(page, 'booking-topic').fill('我叫王丽，电话138 1234 5678');

    await expect(visibleTestId(page, 'booking-topic-screening-warning').innerText()).resolves.toMatch(/电话号码.*姓名/);
    await screenshot(page, 'booking-topic-screening');
    await visibleTestId(page, 'booking-topic-screening-remove').click();
    await expect(visibleTestId(page, 'booking-topic').inputValue()).resolves.toBe('');
    expect(await visibleTestId(page, 'booking-topic-screening').count()).toBe(0);
  });

  it('rescheduling shows her current time, and her own place reads as hers, not 已约满 (5, 10)', async () => {
    ({ context, page } = await openPhone());
    const mine = await bookCounsellingInBrowser('yongchun');

    await visibleTestId(page, 'booked-open-mine').click();
    await visibleTestId(page, `booking-reschedule-${mine.id}`).click();

    await expect(visibleTestId(page, 'reschedule-current').innerText()).resolves.toContain('您现在约的时间');
    await visibleTestId(page, `day-${mine.date}`).click();
    await expect(visibleTestId(page, `slot-${mine.start}`).innerText()).resolves.toContain('您现在约的时间');
    await expect(visibleTestId(page, `slot-${mine.start}`).getAttribute('aria-disabled')).resolves.toBe('true');
    await screenshot(page, 'reschedule-own-time');
  });

  it('staff see a booking on the last day a woman can book, and 确认 stands out over 已到 (1, 10)', async () => {
    // A window longer than 14 days makes the last bookable day fall past the old "today + 13" for sure.
    const admin = await loginToken('admin', 'demo-admin-2026');
    const template = await api<SlotTemplateDto>('GET', '/api/admin/centres/anxi/template', { token: admin });
    await api('PUT', '/api/admin/centres/anxi/template', {
      token: admin,
      body: { ...template, bookingWindowDays: 20 },
    });
    const today = shanghaiToday();
    const { days } = await api<AvailabilityDto>(
      'GET',
      `/api/centres/anxi/availability?from=${today}&to=${addDays(today, 20)}&service=mediation`,
    );
    const lastDay = days.filter((day) => day.open && freeSlots(day, 'mediation').length > 0).pop();
    expect(lastDay && lastDay.date > addDays(today, 13)).toBe(true);
    const booking: BookingDto = await book(await guestToken(), freeSlots(lastDay!, 'mediation')[0]!.slotId);

    ({ context, page } = await openPhone());
    await page.goto(`${BASE_URL}/staff`);
    await visibleTestId(page, 'staff-login-username').fill('staff-anxi');
    await visibleTestId(page, 'staff-login-password').fill('demo-anxi-2026');
    await visibleTestId(page, 'staff-login-submit').click();
    await visibleTestId(page, 'staff-home-bookings').click();

    const confirm = visibleTestId(page, `staff-booking-confirm-${booking.id}`);
    await confirm.waitFor();
    await expect(confirm.getAttribute('class')).resolves.toContain('action--primary');
    await expect(
      visibleTestId(page, `staff-booking-arrive-${booking.id}`).getAttribute('class'),
    ).resolves.not.toContain('action--primary');
    await screenshot(page, 'staff-last-day-booking');
  });
});
