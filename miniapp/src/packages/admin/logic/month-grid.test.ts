import { daysInMonth, mondayOf, monthGrid, monthRange, monthsBetween, shiftMonth } from './month-grid';

describe('month grid (Monday first)', () => {
  it('pads December 2026 (starts on a Tuesday, 31 days) to whole weeks', () => {
    const weeks = monthGrid('2026-12');
    expect(weeks).toHaveLength(5);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks[0]![0]).toEqual({ date: null, day: 0 });
    expect(weeks[0]![1]).toEqual({ date: '2026-12-01', day: 1 });
    expect(weeks[4]![3]).toEqual({ date: '2026-12-31', day: 31 });
    expect(weeks[4]!.slice(4).every((cell) => cell.date === null)).toBe(true);
    expect(weeks.flat().filter((cell) => cell.date).length).toBe(31);
  });

  it('needs no padding for February 2027 (starts on a Monday, 28 days: exactly four weeks)', () => {
    const weeks = monthGrid('2027-02');
    expect(weeks).toHaveLength(4);
    expect(weeks[0]![0]!.date).toBe('2027-02-01');
    expect(weeks[3]![6]!.date).toBe('2027-02-28');
  });

  it('takes six rows when a long month starts on a Sunday (March 2026)', () => {
    const weeks = monthGrid('2026-03');
    expect(weeks).toHaveLength(6);
    expect(weeks[0]![6]!.date).toBe('2026-03-01');
    expect(weeks[5]![1]!.date).toBe('2026-03-31');
  });

  it('knows leap years', () => {
    expect(daysInMonth('2028-02')).toBe(29);
    expect(daysInMonth('2026-02')).toBe(28);
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  it('moves across years and finds the Monday of a week', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(mondayOf('2026-12-06')).toBe('2026-11-30');
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2027-02', '2026-11')).toEqual([]);
  });
});
