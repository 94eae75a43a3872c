import type { BrowserContext, Page } from 'playwright-core';
import { book, cancel, firstDayWithPlaces, freeSlots, guestToken, staffBookings, staffToken } from './support/api';
import { BASE_URL, openPhone, screenshot, visibleTestId } from './support/browser';

describe('waiting list (H5)', () => {
  let context: BrowserContext;
  let page: Page;

  afterEach(async () => {
    await context?.close();
  });

  it('on a full day she asks to be told; a place frees; she sees the offer with its expiry and accepts it', async () => {
    // Two other women fill every legal time of a day (each may hold two upcoming bookings).
    const day = await firstDayWithPlaces('quangang', 'legal', 4);
    const times = freeSlots(day, 'legal').slice(0, 4);
    const others = [await guestToken(), await guestToken()];
    const taken = [];
    for (const [index, slot] of times.entries()) {
      taken.push({
        token: others[Math.floor(index / 2)],
        booking: await book(others[Math.floor(index / 2)], slot.slotId),
      });
    }

    ({ context, page } = await openPhone());
    await page.goto(`${BASE_URL}/#/pages/book/index?code=quangang`);
    await visibleTestId(page, 'service-legal').click();
    await expect(visibleTestId(page, `day-${day.date}`).innerText()).resolves.toContain('已约满');
    await visibleTestId(page, `waitlist-join-${day.date}`).click();
    await expect(visibleTestId(page, `waitlist-joined-${day.date}`).innerText()).resolves.toContain('您现在排第 1 位');
    await screenshot(page, 'waitlist-joined');

    // One of them cancels: the freed place is held for her.
    const freed = taken[2];
    await cancel(freed.token, freed.booking.id);

    await page.goto(`${BASE_URL}/`);
    await expect(visibleTestId(page, 'home-offer-notice').innerText()).resolves.toContain('您等的空位有了，为您保留到');
    await screenshot(page, 'waitlist-offer-home');
    await visibleTestId(page, 'home-offer-notice').locator('[data-testid^="home-offer-open-"]').click();
    await visibleTestId(page, 'mine-offers').locator('[data-testid^="offer-accept-"]').waitFor();
    const offerText = await visibleTestId(page, 'mine-offers').innerText();
    expect(offerText).toContain(`为您保留的时间`);
    expect(offerText).toMatch(/请在 .+ 前确认/);
    await screenshot(page, 'waitlist-offer-mine');
    await visibleTestId(page, 'mine-offers').locator('[data-testid^="offer-accept-"]').click();

    await expect(visibleTestId(page, 'booked-status').innerText()).resolves.toContain('等待确认');
    const staff = await staffToken('quangang');
    const mine = (await staffBookings(staff, day.date)).filter(
      (item) => item.start === freed.booking.start && item.service === 'legal' && item.status === 'pending',
    );
    expect(mine).toHaveLength(1);
    expect(mine[0].id).not.toBe(freed.booking.id);
  });
});
