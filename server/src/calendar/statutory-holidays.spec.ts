import { checkOfficialSchedule, officialMarks, type OfficialScheduleInput } from './official-schedule-form.js';
import { officialSchedule } from './official-schedule.js';
import { statutoryHolidays } from './statutory-holidays.js';

describe('statutoryHolidays', () => {
  it('computes the thirteen statutory days of 2027, lunar and solar-term dates included', () => {
    expect(statutoryHolidays(2027)).toEqual([
      { date: '2027-01-01', festival: '元旦' },
      { date: '2027-02-05', festival: '春节' }, // 除夕: the twelfth lunar month of 2026 has 29 days
      { date: '2027-02-06', festival: '春节' },
      { date: '2027-02-07', festival: '春节' },
      { date: '2027-02-08', festival: '春节' },
      { date: '2027-04-05', festival: '清明节' },
      { date: '2027-05-01', festival: '劳动节' },
      { date: '2027-05-02', festival: '劳动节' },
      { date: '2027-06-09', festival: '端午节' },
      { date: '2027-09-15', festival: '中秋节' },
      { date: '2027-10-01', festival: '国庆节' },
      { date: '2027-10-02', festival: '国庆节' },
      { date: '2027-10-03', festival: '国庆节' },
    ]);
  });

  it.each([2025, 2026])('finds every computed day of %s among the holidays the State Council announced', (year) => {
    const announced = new Set(
      officialSchedule()
        .find((schedule) => schedule.year === year)
        ?.marks.filter((mark) => mark.kind === 'holiday')
        .map((mark) => mark.date),
    );
    expect(announced.size).toBeGreaterThan(20);
    expect(statutoryHolidays(year).filter((day) => !announced.has(day.date))).toEqual([]);
  });
});

/** The 2026 schedule as announced, in the form's shape: a real example to vary. */
const ANNOUNCED_2026: OfficialScheduleInput = {
  holidays: [
    { festival: '元旦', from: '2026-01-01', to: '2026-01-03' },
    { festival: '春节', from: '2026-02-15', to: '2026-02-23' },
    { festival: '清明节', from: '2026-04-04', to: '2026-04-06' },
    { festival: '劳动节', from: '2026-05-01', to: '2026-05-05' },
    { festival: '端午节', from: '2026-06-19', to: '2026-06-21' },
    { festival: '中秋节', from: '2026-09-25', to: '2026-09-27' },
    { festival: '国庆节', from: '2026-10-01', to: '2026-10-07' },
  ],
  workdays: [
    { date: '2026-01-04', festival: '元旦' },
    { date: '2026-02-14', festival: '春节' },
    { date: '2026-02-28', festival: '春节' },
    { date: '2026-05-09', festival: '劳动节' },
    { date: '2026-09-20', festival: '国庆节' },
    { date: '2026-10-10', festival: '国庆节' },
  ],
};

describe('checkOfficialSchedule', () => {
  it('accepts the schedule as announced, and turns it into exactly the marks the package has', () => {
    expect(checkOfficialSchedule(2026, ANNOUNCED_2026)).toEqual([]);
    const fromPackage = officialSchedule().find((schedule) => schedule.year === 2026)?.marks ?? [];
    const keyed = (marks: { date: string; kind: string }[]) => marks.map((m) => `${m.date} ${m.kind}`).sort();
    expect(keyed(officialMarks(ANNOUNCED_2026))).toEqual(keyed(fromPackage));
  });

  it('refuses a range that leaves out a statutory day, naming the day', () => {
    const short = {
      ...ANNOUNCED_2026,
      holidays: ANNOUNCED_2026.holidays.map((r) => (r.festival === '春节' ? { ...r, from: '2026-02-17' } : r)),
    };
    expect(checkOfficialSchedule(2026, short)).toEqual([
      { field: 'holidays.1', reason: 'must include the statutory days of 春节: 2026-02-16' },
    ]);
  });

  it('refuses a 调休 working day on a weekday or inside a holiday', () => {
    const input = {
      ...ANNOUNCED_2026,
      workdays: [
        ...ANNOUNCED_2026.workdays,
        { date: '2026-03-04', festival: '春节' as const },
        { date: '2026-10-03', festival: '国庆节' as const },
      ],
    };
    expect(checkOfficialSchedule(2026, input)).toEqual([
      { field: 'workdays.6.date', reason: 'must be a Saturday or Sunday (a 调休 working day replaces a weekend day)' },
      { field: 'workdays.7.date', reason: 'falls inside a holiday' },
    ]);
  });

  it('wants every festival once, ranges in order and apart, within the year', () => {
    const input: OfficialScheduleInput = {
      holidays: [
        ...ANNOUNCED_2026.holidays.filter((r) => r.festival !== '中秋节' && r.festival !== '端午节'),
        { festival: '端午节', from: '2026-06-19', to: '2026-06-18' },
        { festival: '元旦', from: '2026-01-01', to: '2026-01-01' },
      ],
      workdays: [],
    };
    expect(checkOfficialSchedule(2026, input)).toEqual([
      { field: 'holidays', reason: 'must give the holiday of 中秋节' },
      { field: 'holidays.5', reason: 'must run from a date to the same or a later one, at most 10 days' },
      { field: 'holidays.6.festival', reason: '元旦 is given twice' },
    ]);
    const overlapping = {
      ...ANNOUNCED_2026,
      holidays: ANNOUNCED_2026.holidays.map((r) => (r.festival === '中秋节' ? { ...r, to: '2026-10-01' } : r)),
    };
    expect(checkOfficialSchedule(2026, overlapping)).toEqual([
      { field: 'holidays.6', reason: 'overlaps the holiday of 中秋节' },
    ]);
    const elsewhere = { ...ANNOUNCED_2026, workdays: [{ date: '2027-01-09', festival: '元旦' as const }] };
    expect(checkOfficialSchedule(2026, elsewhere)).toEqual([
      { field: 'workdays.0.date', reason: 'must be a date between 2025-12-20 and 2026-12-31' },
    ]);
  });
});
