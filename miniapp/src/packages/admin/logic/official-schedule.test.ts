import { problemsByRow, scheduleFromStatutory, scheduleToSend } from './official-schedule';

describe('the official-schedule form', () => {
  it('starts each festival’s range on its statutory days', () => {
    const schedule = scheduleFromStatutory([
      { date: '2027-02-06', festival: '春节' },
      { date: '2027-01-01', festival: '元旦' },
      { date: '2027-02-08', festival: '春节' },
      { date: '2027-02-05', festival: '春节' },
    ]);

    expect(schedule.holidays[0]).toEqual({ festival: '元旦', from: '2027-01-01', to: '2027-01-01' });
    expect(schedule.holidays[1]).toEqual({ festival: '春节', from: '2027-02-05', to: '2027-02-08' });
    expect(schedule.holidays.map((range) => range.festival)).toHaveLength(7);
    expect(schedule.holidays[6]).toEqual({ festival: '国庆节', from: '', to: '' });
    expect(schedule.workdays).toEqual([]);
  });

  it('puts the server’s problems next to the rows they name', () => {
    const problems = problemsByRow([
      { field: 'holidays', reason: 'must give the holiday of 中秋节' },
      { field: 'holidays.1', reason: 'must include the statutory days of 春节: 2027-02-05' },
      { field: 'holidays.1.festival', reason: '春节 is given twice' },
      { field: 'workdays.0.date', reason: 'must be a Saturday or Sunday' },
    ]);

    expect(problems.general).toEqual(['must give the holiday of 中秋节']);
    expect(problems.holidays.get(1)).toEqual([
      'must include the statutory days of 春节: 2027-02-05',
      '春节 is given twice',
    ]);
    expect(problems.holidays.get(0)).toBeUndefined();
    expect(problems.workdays.get(0)).toEqual(['must be a Saturday or Sunday']);
  });

  it('leaves blank 调休 rows out of what is sent', () => {
    const holidays = [{ festival: '元旦' as const, from: '2027-01-01', to: '2027-01-01' }];
    expect(
      scheduleToSend({
        holidays,
        workdays: [
          { date: '', festival: '春节' },
          { date: '2027-02-20', festival: '春节' },
        ],
      }),
    ).toEqual({ holidays, workdays: [{ date: '2027-02-20', festival: '春节' }] });
  });
});
