// Her session on the H5 build: the guest login solves the server's real puzzle (12 bits in these tests), and she can
// end the session on this phone while her booking stays with the centre.
import { createHash } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { firstDayWithPlaces, freeSlots, staffBookings, staffToken } from './support/api';
import { BASE_URL, hashParam, openPhone, screenshot, visibleTestId } from './support/browser';

function leadingZeroBits(hash: Uint8Array): number {
  const firstSet = hash.findIndex((byte) => byte !== 0);
  return firstSet === -1 ? hash.length * 8 : firstSet * 8 + Math.clz32(hash[firstSet]!) - 24;
}

describe('her session (H5)', () => {
  let context: BrowserContext;
  let page: Page;

  afterEach(async () => {
    await context?.close();
  });

  it('logs in by solving the puzzle, books, ends the session on this phone, and the booking stays at the centre', async () => {
    const day = await firstDayWithPlaces('yongchun', 'legal');
    const [slot] = freeSlots(day, 'legal');
    ({ context, page } = await openPhone());
    const guestLogin = page.waitForResponse(
      (response) => response.url().endsWith('/api/auth/guest') && response.request().method() === 'POST',
    );
    await page.goto(`${BASE_URL}/`);
    await page.getByTestId('entry-book').click();
    await visibleTestId(page, 'choose-centre-yongchun').click();
    await visibleTestId(page, 'service-legal').click();
    await visibleTestId(page, `day-${day.date}`).click();
    await visibleTestId(page, `slot-${slot.start}`).click();
    await visibleTestId(page, 'details-next').click();
    await visibleTestId(page, 'consent-general').click();
    await visibleTestId(page, 'consent-sensitive').click();
    await visibleTestId(page, 'consent-agree').click();
    await visibleTestId(page, 'booking-confirm').click();
    await expect(visibleTestId(page, 'booked-title').innerText()).resolves.toBe('预约已提交');
    const bookingId = hashParam(page, 'id');

    // The app solved the server's puzzle: the server checked it (200), and the nonce really has the bits asked for.
    const login = await guestLogin;
    expect(login.status()).toBe(200);
    const { challenge, nonce } = login.request().postDataJSON() as { challenge: string; nonce: string };
    const bits = Number(challenge.split('.')[2]);
    expect(bits).toBe(12);
    expect(leadingZeroBits(createHash('sha256').update(`${challenge}:${nonce}`).digest())).toBeGreaterThanOrEqual(bits);
    const { token } = (await login.json()) as { token: string };

    await page.goto(`${BASE_URL}/#/pages/settings/index`);
    await expect(visibleTestId(page, 'end-session-explained').innerText()).resolves.toContain('不会取消');
    await visibleTestId(page, 'end-session').click();
    await expect(visibleTestId(page, 'end-session-done').innerText()).resolves.toContain('预约仍然有效');
    await screenshot(page, 'settings-session-ended');

    // The old token no longer works anywhere, the phone keeps nothing, and the centre still has her booking.
    const mine = await fetch(`${BASE_URL}/api/bookings/mine`, { headers: { Authorization: `Bearer ${token}` } });
    expect(mine.status).toBe(401);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('wac.')))).toEqual([]);
    const atCentre = (await staffBookings(await staffToken('yongchun'), day.date)).find(
      (item) => item.id === bookingId,
    );
    expect(atCentre).toMatchObject({ status: 'pending', start: slot.start });
  });
});
