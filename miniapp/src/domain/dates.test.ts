import { addDays, formatClock, formatDay, formatShanghaiInstant, shanghaiToday, weekdayOf } from './dates';

describe('dates in Quanzhou', () => {
  it('today is the Shanghai date, whatever the phone’s zone (UTC+8 all year)', () => {
    expect(shanghaiToday(Date.parse('2026-12-06T15:59:00Z'))).toBe('2026-12-06');
    expect(shanghaiToday(Date.parse('2026-12-06T16:00:00Z'))).toBe('2026-12-07');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('names weekdays and formats days and clocks plainly', () => {
    expect(weekdayOf('2026-12-07')).toBe(1);
    expect(weekdayOf('2026-12-13')).toBe(7);
    expect(formatDay('2026-12-07')).toBe('12月7日 周一');
    expect(formatClock('08:30')).toBe('8:30');
    expect(formatClock('10:00')).toBe('10:00');
  });

  it('shows a server instant as Quanzhou wall-clock time', () => {
    expect(formatShanghaiInstant('2026-12-07T02:30:00.000Z')).toBe('12月7日 周一 10:30');
    expect(formatShanghaiInstant('2026-12-06T16:05:00.000Z')).toBe('12月7日 周一 0:05');
  });
});
