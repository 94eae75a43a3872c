import {
  addDays,
  clockToMinutes,
  daysBetween,
  eachDate,
  isClockTime,
  isIsoDate,
  isoWeekday,
  lastDayOfMonth,
  minutesToClock,
  monthsBetween,
  nextMonth,
  shanghaiClock,
  shanghaiInstant,
} from './dates.js';

describe('calendar dates', () => {
  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['2026-04-31', false],
    ['', false],
  ])('isIsoDate(%s) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it.each([
    ['08:00', true],
    ['23:59', true],
    ['24:00', false],
    ['8:00', false],
    ['12:60', false],
  ])('isClockTime(%s) is %s', (value, expected) => {
    expect(isClockTime(value)).toBe(expected);
  });

  it('knows the weekday of a date, Monday = 1', () => {
    expect(isoWeekday('2026-11-30')).toBe(1);
    expect(isoWeekday('2026-10-10')).toBe(6);
    expect(isoWeekday('2026-09-20')).toBe(7);
  });

  it('adds days across month and year ends, and counts them', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(eachDate('2026-12-30', '2027-01-01')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01']);
    expect(eachDate('2026-12-30', '2026-12-29')).toEqual([]);
  });

  it('converts clock times', () => {
    expect(clockToMinutes('09:30')).toBe(570);
    expect(minutesToClock(570)).toBe('09:30');
    expect(minutesToClock(5)).toBe('00:05');
  });

  it('reads Shanghai wall-clock time from an instant, whatever the process time zone', () => {
    // 16:30 UTC is already half past midnight of the next day in Shanghai.
    expect(shanghaiClock(new Date('2026-12-31T16:30:00Z'))).toEqual({ date: '2027-01-01', minutes: 30 });
    expect(shanghaiClock(new Date('2026-12-01T00:00:00Z'))).toEqual({ date: '2026-12-01', minutes: 8 * 60 });
  });

  it('turns a Shanghai date and time into the instant', () => {
    expect(shanghaiInstant('2026-12-01', '08:00').toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(shanghaiInstant('2027-01-01', '00:30').toISOString()).toBe('2026-12-31T16:30:00.000Z');
  });

  it('steps through months and finds their last day', () => {
    expect(nextMonth('2026-12')).toBe('2027-01');
    expect(nextMonth('2026-09')).toBe('2026-10');
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29');
    expect(lastDayOfMonth('2026-12')).toBe('2026-12-31');
    expect(monthsBetween('2026-11', '2027-02', 24)).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2026-03', '2026-02', 24)).toEqual([]);
    expect(monthsBetween('2026-01', '2030-12', 3)).toEqual(['2026-01', '2026-02', '2026-03']);
  });
});
