import type { AdminStaffListDto, AvailabilityDto, RosterMonthDto } from '@wac/shared-types';
import type { BrowserContext, Page } from 'playwright-core';
import { addDays, api, CITY_ADMIN, loginToken, openDesktop, shanghaiToday, shot, signIn } from './admin-helpers';

// The duty roster decides what women can book: an admin changes who is on duty, and the public
// availability (what the mini-program shows) follows.
const CENTRE = 'fengze';

async function dayAvailability(date: string) {
  const { days } = await api<AvailabilityDto>('GET', `/api/centres/${CENTRE}/availability?from=${date}&to=${date}`);
  return days[0];
}

describe('admin console: duty roster (H5, desktop)', () => {
  let context: BrowserContext;
  let page: Page;

  afterEach(async () => {
    await context?.close();
  });

  it('an admin takes people off duty and puts a lawyer on; availability follows, with warnings; a week is copied forward', async () => {
    const token = await loginToken(CITY_ADMIN.username, CITY_ADMIN.password);
    // A service day in the coming week (not today, so lead times never interfere) on which all three services are offered.
    const today = shanghaiToday();
    const { days } = await api<AvailabilityDto>(
      'GET',
      `/api/centres/${CENTRE}/availability?from=${addDays(today, 1)}&to=${addDays(today, 7)}`,
    );
    const day = days.find(
      (candidate) => candidate.open && new Set(candidate.slots.map((slot) => slot.service)).size === 3,
    );
    if (!day) {
      throw new Error('no bookable day with all services in the coming week');
    }
    const date = day.date;
    const { items: staff } = await api<AdminStaffListDto>('GET', `/api/admin/staff?centre=${CENTRE}`, token);
    const lawyer = staff.find((member) => member.professions.includes('lawyer'));
    if (!lawyer) {
      throw new Error('the demo centre has no lawyer');
    }

    ({ context, page } = await openDesktop());
    await signIn(page);
    await page.getByTestId('global-centre').selectOption(CENTRE);
    await page.getByTestId('nav-roster').click();
    if (date.slice(0, 7) !== today.slice(0, 7)) {
      await page.getByTestId('roster-next').click();
    }
    const cell = page.getByTestId(`roster-day-${date}`);
    await cell.waitFor();
    // The demo roster has everyone on duty: no warnings that day.
    expect(await cell.locator('[data-testid^="roster-warning-"]').count()).toBe(0);

    // Nobody on duty: the day cannot be booked, and the calendar says why.
    await cell.click();
    const editor = page.getByTestId('roster-editor');
    const boxes = editor.locator('input[type="checkbox"]');
    for (let i = 0; i < (await boxes.count()); i += 1) {
      await boxes.nth(i).uncheck();
    }
    await page.getByTestId('roster-save').click();
    await page.getByTestId('roster-save-done').waitFor();
    await cell.getByTestId('roster-warning-no_professional').waitFor();
    const empty = await dayAvailability(date);
    expect(empty.open).toBe(false);
    expect(empty.reason).toBe('no_one_on_duty');
    await shot(page, 'admin-roster-nobody');

    // Only the lawyer: legal consultations only, and the missing counsellor and mediator are flagged.
    await page.getByTestId(`roster-person-${lawyer.displayName}`).check();
    await page.getByTestId('roster-save').click();
    await page.getByTestId('roster-save-done').waitFor();
    await cell.getByTestId('roster-warning-no_counsellor').waitFor();
    expect(await cell.getByTestId('roster-warning-no_mediator').count()).toBe(1);
    expect(await cell.getByTestId('roster-warning-no_professional').count()).toBe(0);
    await expect(cell.getByTestId('roster-day-people').innerText()).resolves.toBe(lawyer.displayName);
    const lawyerOnly = await dayAvailability(date);
    expect(lawyerOnly.open).toBe(true);
    expect(new Set(lawyerOnly.slots.map((slot) => slot.service))).toEqual(new Set(['legal']));
    await expect(page.getByTestId('roster-gaps').innerText()).resolves.toContain('值班不全');
    await shot(page, 'admin-roster-lawyer-only');

    // Copy that week to the next one: the same day a week later has the lawyer alone too.
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
    const monday = addDays(date, 1 - weekday);
    await page.getByTestId(`roster-copy-${monday}`).click();
    await page.getByTestId('roster-copy-done').waitFor();
    const nextWeek = addDays(date, 7);
    const roster = await api<RosterMonthDto>(
      'GET',
      `/api/admin/roster?centre=${CENTRE}&month=${nextWeek.slice(0, 7)}`,
      token,
    );
    const copied = roster.days.find((entry) => entry.date === nextWeek);
    expect(copied?.people.map((person) => person.staffMemberId)).toEqual([lawyer.id]);
  });
});
