// The console's 日历 for a year without the State Council's schedule: it shows as provisional, the official schedule is
// entered in one form whose problems show by row, previewed, then applied.
import type { CalendarYearDto, CalendarYearListDto } from '@wac/shared-types';
import type { BrowserContext, Page } from 'playwright-core';
import { api, CITY_ADMIN, loginToken, openDesktop, shanghaiToday, shot, signIn } from './admin-helpers';

/** The first day of this weekday (0 = Sunday … 6 = Saturday) in March of the year: March has no holidays. */
function marchDay(year: number, weekday: number): string {
  const first = new Date(Date.UTC(year, 2, 1));
  first.setUTCDate(1 + ((weekday - first.getUTCDay() + 7) % 7));
  return first.toISOString().slice(0, 10);
}

describe('admin console: a year’s official holiday schedule (H5, desktop)', () => {
  let context: BrowserContext;
  let page: Page;

  afterEach(async () => {
    await context?.close();
  });

  it('shows the provisional year, puts the server’s checks by row, previews, and applies', async () => {
    const token = await loginToken(CITY_ADMIN.username, CITY_ADMIN.password);
    const thisYear = Number(shanghaiToday().slice(0, 4));
    const { items } = await api<CalendarYearListDto>('GET', '/api/admin/calendar/years', token);
    const provisional = items.find((item) => !item.official && item.year >= thisYear);
    if (!provisional) {
      throw new Error(`no provisional year from ${thisYear} on: this test needs one`);
    }
    const year = provisional.year;
    const saturday = marchDay(year, 6);
    const wednesday = marchDay(year, 3);

    ({ context, page } = await openDesktop());
    await signIn(page);
    await page.getByTestId('nav-calendar').click();
    for (let shown = thisYear; shown < year; shown += 1) {
      await page.getByTestId('calendar-next').click();
    }
    await page.getByTestId('calendar-year').getByText(`${year} 年`).waitFor();
    await expect(page.getByTestId(`calendar-year-${year}`).getAttribute('data-official')).resolves.toBe('false');
    await expect(page.getByTestId(`calendar-year-${year}`).innerText()).resolves.toContain('暂定日历');

    // Two mistakes: a 调休 day on a Wednesday, and 国庆节 starting after its first statutory day.
    await page.getByTestId('official-add-workday').click();
    await page.getByTestId('official-workday-0-date').fill(wednesday);
    await page.getByTestId('official-holiday-6-from').fill(`${year}-10-02`);
    await page.getByTestId('official-preview').click();
    await expect(page.getByTestId('official-workday-0-problem').innerText()).resolves.toContain('Saturday or Sunday');
    await expect(page.getByTestId('official-holiday-6-problem').innerText()).resolves.toContain(`${year}-10-01`);
    expect(await page.getByTestId('official-apply').count()).toBe(0);

    await page.getByTestId('official-workday-0-date').fill(saturday);
    await page.getByTestId('official-holiday-6-from').fill(`${year}-10-01`);
    await page.getByTestId('official-preview').click();
    await expect(page.getByTestId(`official-change-${saturday}`).innerText()).resolves.toMatch(/不开放.*开放（/);
    expect(await page.getByTestId('official-workday-0-problem').count()).toBe(0);
    await shot(page, 'admin-calendar-official-preview');
    await page.getByTestId('official-apply').click();

    // The year now has its schedule, so the form folds away; what was written must still be in view after that.
    await page.locator(`[data-testid="calendar-year-${year}"][data-official="true"]`).waitFor();
    await page.getByTestId('calendar-missing-this-year').waitFor({ state: 'detached' });
    await expect(page.getByTestId('official-result').innerText()).resolves.toContain('写入');
    const after = await api<CalendarYearDto>('GET', `/api/admin/calendar?year=${year}`, token);
    expect(after.hasOfficialSchedule).toBe(true);
    expect(after.marks.find((mark) => mark.date === saturday)).toMatchObject({ kind: 'workday', source: 'official' });
  });
});
