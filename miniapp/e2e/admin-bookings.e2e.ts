import { readFileSync } from 'node:fs';
import type { BookingDto } from '@wac/shared-types';
import { api, openDesktop, parseCsv, shot, signIn } from './admin-helpers';
import { book, firstDayWithPlaces, freeSlots, guestToken } from './support/api';

// An admin works the bookings and call-backs like staff do: confirms a booking, filters, exports, and handles a call-back.
const CENTRE = 'city';

const clock = (time: string) => time.replace(/^0(\d)/, '$1');

describe('admin console: bookings and call-backs (H5, desktop)', () => {
  it('confirms a booking, filters by service, exports it as CSV, and claims, logs and closes a call-back', async () => {
    const woman = await guestToken();
    const day = await firstDayWithPlaces(CENTRE, 'counselling');
    const slot = freeSlots(day, 'counselling')[0];
    const booking: BookingDto = await book(woman, slot.slotId);
    await api('POST', '/api/callbacks', woman, {
      centreCode: CENTRE,
      phone: '13800135678',
      windows: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, from: '08:00', to: '20:00' })),
      mayIdentify: false,
      mayLeaveMessage: false,
    });

    const { context, page } = await openDesktop();
    try {
      await signIn(page);
      await page.getByTestId('global-centre').selectOption(CENTRE);
      await page.getByTestId('nav-bookings').click();
      await page.getByTestId('bookings-to').fill(day.date);
      await page.getByTestId('bookings-from').fill(day.date);
      await page.getByTestId('bookings-service').selectOption('counselling');
      const row = page
        .getByTestId('booking-row')
        .filter({ hasText: `${clock(slot.start)}–` })
        .filter({ hasText: '心理疏导' });
      await expect(row.innerText()).resolves.toContain('待确认');
      await row.getByTestId('booking-confirm').click();
      await page.getByTestId('booking-action-done').waitFor();
      await page
        .locator('[data-testid="booking-row"][data-status="confirmed"]')
        .filter({ hasText: `${clock(slot.start)}–` })
        .filter({ hasText: '心理疏导' })
        .waitFor();
      await expect(row.innerText()).resolves.toContain('已确认');
      await expect(
        api<BookingDto[]>('GET', `/api/bookings/mine`, woman).then((mine) => JSON.stringify(mine)),
      ).resolves.toContain(booking.id);
      await shot(page, 'admin-bookings');
      // Another service: this booking is not listed.
      await page.getByTestId('bookings-service').selectOption('legal');
      await expect(page.getByTestId('bookings-table').innerText()).resolves.not.toContain('心理疏导');

      // The export has the confirmed booking, and not what she wrote.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('bookings-export').click(),
      ]);
      const rows = parseCsv(readFileSync(await download.path(), 'utf8'));
      expect(rows[0]).not.toContain('topic');
      // The console's words, with the codes in the last columns.
      const exported = rows.find(
        (entry) => entry[0] === day.date && entry[1] === slot.start && entry[8] === 'counselling',
      );
      expect(exported).toBeDefined();
      expect(exported?.[9]).toBe('confirmed');
      expect([exported?.[3], exported?.[4]]).toEqual(['心理疏导', '已确认']);

      // The call-back: claiming it shows the whole number to this admin alone; then an attempt and the outcome.
      await page.getByTestId('tab-callbacks').click();
      const callback = page.getByTestId('callback-row').filter({ hasText: '138****5678' });
      await callback.getByTestId('callback-claim').click();
      await page.getByTestId('callback-action-done').waitFor();
      const claimed = page.getByTestId('callback-row').filter({ hasText: '13800135678' });
      await claimed.waitFor();
      await claimed.getByTestId('callback-attempt-result').selectOption('reached');
      await claimed.getByTestId('callback-attempt').click();
      await claimed.getByTestId('callback-attempts').filter({ hasText: '已联系上' }).waitFor();
      await shot(page, 'admin-callback-claimed');
      await claimed.getByTestId('callback-outcome').selectOption('helped');
      await claimed.getByTestId('callback-close').click();
      await page.getByTestId('callback-action-done').filter({ hasText: '已结束此回电' }).waitFor();
      await page.getByTestId('callbacks-status').selectOption('closed');
      await page
        .getByTestId('callback-row')
        .filter({ hasText: '138****5678' })
        .filter({ hasText: '已结束：已提供帮助' })
        .waitFor();
    } finally {
      await context.close();
    }
  });
});
