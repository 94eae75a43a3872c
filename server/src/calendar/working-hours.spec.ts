import { workingMinutesBetween } from './working-hours.js';

/** Shanghai wall-clock time → instant. */
const at = (shanghai: string) => new Date(`${shanghai.replace(' ', 'T')}:00+08:00`);
const weekdays = (date: string) => ![0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay());

describe('workingMinutesBetween', () => {
  it('counts the working hours of one day', () => {
    expect(workingMinutesBetween(at('2026-12-01 09:00'), at('2026-12-01 13:30'), weekdays)).toBe(270);
    expect(workingMinutesBetween(at('2026-12-01 06:00'), at('2026-12-01 08:30'), weekdays)).toBe(30);
    expect(workingMinutesBetween(at('2026-12-01 17:00'), at('2026-12-01 23:00'), weekdays)).toBe(60);
  });

  it('skips nights and weekends: Friday 17:00 to Monday 11:00 is four working hours', () => {
    expect(workingMinutesBetween(at('2026-12-04 17:00'), at('2026-12-07 11:00'), weekdays)).toBe(240);
  });

  it('skips days the centre does not work, and counts nothing backwards', () => {
    const closedTuesday = (date: string) => weekdays(date) && date !== '2026-12-01';
    expect(workingMinutesBetween(at('2026-11-30 17:00'), at('2026-12-02 10:00'), closedTuesday)).toBe(180);
    expect(workingMinutesBetween(at('2026-12-02 10:00'), at('2026-12-01 10:00'), weekdays)).toBe(0);
  });
});
