import { CITY_WIDE } from './calendar-day.entity.js';
import { officialSchedule } from './official-schedule.js';
import { serviceDayStatus, type CalendarMark } from './service-day.js';

/** The real official data the server imports (chinese-days), indexed for the tests. */
const official = officialSchedule();
const yearsWithSchedule = new Set(official.map((y) => y.year));
const cityMark = (date: string): CalendarMark | undefined =>
  official.find((y) => y.year === Number(date.slice(0, 4)))?.marks.find((m) => m.date === date);
const status = (date: string, centre?: CalendarMark) =>
  serviceDayStatus(date, { centre, city: cityMark(date) }, yearsWithSchedule.has(Number(date.slice(0, 4))));

describe('serviceDayStatus', () => {
  it('is open Monday to Friday and closed at weekends in an ordinary week', () => {
    expect(status('2026-11-30')).toEqual({ open: true, note: null });
    expect(status('2026-12-04')).toEqual({ open: true, note: null });
    expect(status('2026-12-05')).toEqual({ open: false, reason: 'weekend', note: null });
    expect(status('2026-12-06')).toEqual({ open: false, reason: 'weekend', note: null });
  });

  it('closes the whole National Day week, weekdays and weekend alike, with the holiday name', () => {
    for (const date of ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-05', '2026-10-07']) {
      expect(status(date)).toEqual({ open: false, reason: 'holiday', note: '国庆节' });
    }
    expect(status('2026-10-08')).toEqual({ open: true, note: null });
  });

  it('opens the official 调休 working Saturday and Sunday around it', () => {
    expect(status('2026-10-10')).toEqual({ open: true, note: '国庆节调休上班' });
    expect(status('2026-09-20')).toEqual({ open: true, note: '国庆节调休上班' });
    // The weekend after is an ordinary weekend again.
    expect(status('2026-10-11')).toEqual({ open: false, reason: 'weekend', note: null });
  });

  it('closes Spring Festival weekdays', () => {
    expect(status('2026-02-18')).toMatchObject({ open: false, reason: 'holiday', note: '春节' });
    expect(status('2026-02-14')).toMatchObject({ open: true }); // a 调休 Saturday
  });

  it('does not open a year whose official schedule is not loaded, even on a Monday', () => {
    expect(yearsWithSchedule.has(2027)).toBe(false);
    expect(status('2027-01-04')).toEqual({ open: false, reason: 'no_schedule', note: null });
  });

  it('lets an admin open a day by hand in such a year, or for every centre', () => {
    expect(serviceDayStatus('2027-01-04', { city: { kind: 'open', name: null } }, false)).toEqual({
      open: true,
      note: null,
    });
    expect(serviceDayStatus('2027-01-04', { centre: { kind: 'open', name: '加开' } }, false)).toEqual({
      open: true,
      note: '加开',
    });
  });

  it("puts a centre's own closure above everything, and its extra day above holidays and weekends", () => {
    const closure: CalendarMark = { kind: 'closed', name: '设备检修' };
    expect(status('2026-10-10', closure)).toEqual({ open: false, reason: 'closure', note: '设备检修' });
    expect(status('2026-11-30', closure)).toEqual({ open: false, reason: 'closure', note: '设备检修' });
    const extra: CalendarMark = { kind: 'open', name: '普法宣传日' };
    expect(status('2026-12-05', extra)).toEqual({ open: true, note: '普法宣传日' });
    expect(status('2026-10-02', extra)).toEqual({ open: true, note: '普法宣传日' });
  });

  it('treats the city-wide scope as a constant every module agrees on', () => {
    expect(CITY_WIDE).toBe('*');
  });
});

describe('officialSchedule', () => {
  it('reads holidays and working days per year from the package, with Chinese names', () => {
    const y2026 = official.find((y) => y.year === 2026);
    expect(y2026?.marks).toEqual(
      expect.arrayContaining([
        { date: '2026-01-01', kind: 'holiday', name: '元旦' },
        { date: '2026-10-10', kind: 'workday', name: '国庆节调休上班' },
      ]),
    );
    expect(official[0]!.year).toBeLessThan(official[official.length - 1]!.year);
  });

  it('parses a given data set', () => {
    const years = {
      2031: { holidays: { '2031-01-01': "New Year's Day,元旦,1" }, workdays: {} },
      2030: {
        holidays: { '2030-01-01': "New Year's Day,元旦,1" },
        workdays: { '2030-01-05': "New Year's Day,元旦,1" },
      },
    };
    expect(officialSchedule(years)).toEqual([
      {
        year: 2030,
        marks: [
          { date: '2030-01-01', kind: 'holiday', name: '元旦' },
          { date: '2030-01-05', kind: 'workday', name: '元旦调休上班' },
        ],
      },
      { year: 2031, marks: [{ date: '2031-01-01', kind: 'holiday', name: '元旦' }] },
    ]);
  });
});
