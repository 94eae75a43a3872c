import { CITY_WIDE } from './calendar-day.entity.js';
import { officialSchedule } from './official-schedule.js';
import { serviceDayStatus, type CalendarMark, type YearSchedule } from './service-day.js';
import { statutoryHolidays } from './statutory-holidays.js';

/** The real official data the server imports (chinese-days), indexed for the tests. */
const official = officialSchedule();
const yearsWithSchedule = new Set(official.map((y) => y.year));
const cityMark = (date: string): CalendarMark | undefined =>
  official.find((y) => y.year === Number(date.slice(0, 4)))?.marks.find((m) => m.date === date);
/** How the server sees a year: official when the package has it, else the provisional calendar. */
const yearOf = (date: string): YearSchedule => {
  const year = Number(date.slice(0, 4));
  return yearsWithSchedule.has(year)
    ? { official: true }
    : { official: false, statutory: new Map(statutoryHolidays(year).map((day) => [day.date, day.festival])) };
};
const status = (date: string, centre?: CalendarMark) =>
  serviceDayStatus(date, { centre, city: cityMark(date) }, yearOf(date));

describe('serviceDayStatus', () => {
  it('is open Monday to Friday and closed at weekends in an ordinary week', () => {
    expect(status('2026-11-30')).toEqual({ open: true, note: null, provisional: false });
    expect(status('2026-12-04')).toEqual({ open: true, note: null, provisional: false });
    expect(status('2026-12-05')).toEqual({ open: false, reason: 'weekend', note: null, provisional: false });
    expect(status('2026-12-06')).toEqual({ open: false, reason: 'weekend', note: null, provisional: false });
  });

  it('closes the whole National Day week, weekdays and weekend alike, with the holiday name', () => {
    for (const date of ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-05', '2026-10-07']) {
      expect(status(date)).toEqual({ open: false, reason: 'holiday', note: '国庆节', provisional: false });
    }
    expect(status('2026-10-08')).toEqual({ open: true, note: null, provisional: false });
  });

  it('opens the official 调休 working Saturday and Sunday around it', () => {
    expect(status('2026-10-10')).toEqual({ open: true, note: '国庆节调休上班', provisional: false });
    expect(status('2026-09-20')).toEqual({ open: true, note: '国庆节调休上班', provisional: false });
    // The weekend after is an ordinary weekend again.
    expect(status('2026-10-11')).toEqual({ open: false, reason: 'weekend', note: null, provisional: false });
  });

  it('closes Spring Festival weekdays', () => {
    expect(status('2026-02-18')).toMatchObject({ open: false, reason: 'holiday', note: '春节', provisional: false });
    expect(status('2026-02-14')).toMatchObject({ open: true }); // a 调休 Saturday
  });

  it('keeps a year without its official schedule bookable on weekdays, provisionally', () => {
    expect(yearsWithSchedule.has(2027)).toBe(false);
    expect(status('2027-01-04')).toEqual({ open: true, note: null, provisional: true });
    expect(status('2027-01-09')).toEqual({ open: false, reason: 'weekend', note: null, provisional: true });
  });

  it('closes the statutory holidays of such a year, and nothing it cannot know (no bridge days, no 调休)', () => {
    expect(status('2027-01-01')).toEqual({ open: false, reason: 'holiday', note: '元旦', provisional: true });
    expect(status('2027-02-05')).toEqual({ open: false, reason: 'holiday', note: '春节', provisional: true });
    expect(status('2027-10-03')).toEqual({ open: false, reason: 'holiday', note: '国庆节', provisional: true });
    // 2027-10-04 to 10-07 are not statutory: only the announcement can close them.
    expect(status('2027-10-04')).toEqual({ open: true, note: null, provisional: true });
  });

  it('lets an admin open or close a day by hand in such a year, for one centre or every centre', () => {
    expect(serviceDayStatus('2027-01-01', { city: { kind: 'open', name: null } }, yearOf('2027-01-01'))).toEqual({
      open: true,
      note: null,
      provisional: false,
    });
    expect(
      serviceDayStatus('2027-01-04', { centre: { kind: 'closed', name: '设备检修' } }, yearOf('2027-01-04')),
    ).toEqual({
      open: false,
      reason: 'closure',
      note: '设备检修',
      provisional: false,
    });
  });

  it("puts a centre's own closure above everything, and its extra day above holidays and weekends", () => {
    const closure: CalendarMark = { kind: 'closed', name: '设备检修' };
    expect(status('2026-10-10', closure)).toEqual({
      open: false,
      reason: 'closure',
      note: '设备检修',
      provisional: false,
    });
    expect(status('2026-11-30', closure)).toEqual({
      open: false,
      reason: 'closure',
      note: '设备检修',
      provisional: false,
    });
    const extra: CalendarMark = { kind: 'open', name: '普法宣传日' };
    expect(status('2026-12-05', extra)).toEqual({ open: true, note: '普法宣传日', provisional: false });
    expect(status('2026-10-02', extra)).toEqual({ open: true, note: '普法宣传日', provisional: false });
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
