import { buildReport, suppressReport, type ReportInput } from './report.js';
import { suppressGroup } from './suppression.js';
import { toCsv } from './csv.js';

describe('suppressGroup', () => {
  it('shows counts of 0 and of 5 or more as they are', () => {
    expect(suppressGroup([0, 5, 12])).toEqual({ values: [0, 5, 12], total: 17 });
  });

  it('hides every count from 1 to 4', () => {
    expect(suppressGroup([1, 4, 3, 20])).toEqual({ values: [null, null, null, 20], total: 28 });
  });

  it('hides a second count when only one was hidden, so the total cannot give it back', () => {
    expect(suppressGroup([3, 10, 7, 0])).toEqual({ values: [null, 10, null, 0], total: 20 });
  });

  it('hides a small total, and leaves a group with nothing to pair with as it is', () => {
    expect(suppressGroup([2, 0, 0])).toEqual({ values: [null, 0, 0], total: null });
    expect(suppressGroup([])).toEqual({ values: [], total: 0 });
  });

  it('never lets the total minus the visible counts equal one hidden count', () => {
    for (const values of [
      [3, 10, 7],
      [1, 50, 60, 70],
      [4, 5],
      [2, 2, 9, 9],
    ]) {
      const { values: shown, total } = suppressGroup(values);
      const hidden = shown.filter((v) => v === null).length;
      expect(hidden === 0 || hidden >= 2 || total === null).toBe(true);
    }
  });
});

describe('buildReport', () => {
  const record = (
    date: string,
    channel: string,
    category = 'marriage_family',
    services = ['legal_advice'],
    referrals = ['none'],
  ) => ({ date, channel, category, services, referrals });
  const input: ReportInput = {
    months: ['2026-03', '2026-04'],
    records: [
      ...Array.from({ length: 6 }, () => record('2026-03-05', 'walk_in')),
      ...Array.from({ length: 2 }, () =>
        record('2026-03-06', 'booking', 'domestic_violence', ['counselling', 'legal_advice'], ['police']),
      ),
      ...Array.from({ length: 7 }, () => record('2026-03-07', 'hotline_12338', 'psychological', ['counselling'])),
      record('2026-04-01', 'callback', 'custody'),
    ],
    bookings: [
      { date: '2026-03-02', status: 'completed' },
      { date: '2026-03-03', status: 'no_show' },
      { date: '2026-03-04', status: 'confirmed' },
      { date: '2026-03-05', status: 'cancelled' },
      { date: '2026-04-02', status: 'pending' },
    ],
    callbacks: [{ month: '2026-03' }, { month: '2026-04' }, { month: '2026-04' }],
    events: [
      { date: '2026-03-08', reached: 300 },
      { date: '2026-03-20', reached: 120 },
      { date: '2026-04-12', reached: 80 },
    ],
  };

  it('counts visits, calls, bookings, callbacks, events and beneficiaries per month', () => {
    const report = buildReport(input);
    expect(report.months[0]).toEqual({
      month: '2026-03',
      visits: 8,
      calls: 7,
      bookingsMade: 4,
      bookingsConfirmed: 2,
      bookingsCompleted: 1,
      bookingsNoShow: 1,
      callbacks: 1,
      events: 2,
      peopleReached: 420,
      beneficiaries: 435,
    });
    expect(report.months[1]).toMatchObject({
      visits: 0,
      calls: 1,
      bookingsMade: 1,
      callbacks: 2,
      events: 1,
      peopleReached: 80,
      beneficiaries: 81,
    });
    expect(report.totals).toMatchObject({ visits: 8, calls: 8, events: 3, peopleReached: 500, beneficiaries: 516 });
  });

  it('breaks records down by category, service and referral, largest first', () => {
    const report = buildReport(input);
    expect(report.byCategory).toEqual([
      { key: 'psychological', count: 7 },
      { key: 'marriage_family', count: 6 },
      { key: 'domestic_violence', count: 2 },
      { key: 'custody', count: 1 },
    ]);
    expect(report.byService).toEqual([
      { key: 'counselling', count: 9 },
      { key: 'legal_advice', count: 9 },
    ]);
    expect(report.byReferral).toEqual([
      { key: 'none', count: 14 },
      { key: 'police', count: 2 },
    ]);
  });

  it('hides small counts for the city level, including sums that would give them away', () => {
    const report = suppressReport(buildReport(input));
    expect(report.months[1]!.calls).toBeNull(); // 1
    expect(report.months[0]!.calls).toBeNull(); // complementary: 7 would give the 1 back from the total 8
    expect(report.months[1]!.beneficiaries).toBeNull(); // 80 reached + 0 visits + 1 call
    expect(report.months[0]!.visits).toBe(8);
    expect(report.byCategory.map((c) => c.count)).toEqual([7, 6, null, null]);
    expect(report.byReferral.map((r) => r.count)).toEqual([null, null]);
    expect(report.totals.visits).toBe(8);
  });
});

describe('toCsv', () => {
  it('quotes, keeps Chinese readable in Excel, and defuses formulas', () => {
    const csv = toCsv([
      ['月份', '说明'],
      ['2026-03', 'a,"b"'],
      ['=HYPERLINK("x")', -3],
    ]).toString('utf8');
    expect(csv).toBe('\uFEFF月份,说明\r\n2026-03,"a,""b"""\r\n"\'=HYPERLINK(""x"")",-3\r\n');
  });
});
