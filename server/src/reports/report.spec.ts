import { DifferencingAttacker } from '../../test/support/differencing.js';
import { BREAKDOWNS, buildAtoms, MONTH_METRICS, type Atom, type ReportInput } from './atoms.js';
import { toCsv } from './csv.js';
import { buildReport, publishReport, suppressedReport, type Report } from './report.js';
import { protectAtom } from './suppression.js';

const atom = (metrics: Partial<Atom['metrics']>, breakdowns: Partial<Record<string, Record<string, number>>> = {}) => {
  const full = Object.fromEntries(MONTH_METRICS.map((m) => [m, metrics[m] ?? 0])) as Atom['metrics'];
  if (metrics.beneficiaries === undefined) {
    full.beneficiaries = full.peopleReached + full.visits + full.calls;
  }
  return {
    centreCode: 'jinjiang',
    month: '2026-11',
    metrics: full,
    breakdowns: Object.fromEntries(
      BREAKDOWNS.map((name) => [name, new Map(Object.entries(breakdowns[name] ?? {}))]),
    ) as Atom['breakdowns'],
  };
};
const shownCells = (published: Atom<number | null>, name: (typeof BREAKDOWNS)[number]) =>
  Object.fromEntries(published.breakdowns[name]);

describe('protectAtom', () => {
  it('shows counts of 0 and of 5 or more as they are', () => {
    const published = protectAtom(
      atom({ visits: 8, calls: 7, bookingsMade: 0, events: 5, peopleReached: 300 }, { byCategory: { custody: 15 } }),
    );
    expect(published.metrics).toMatchObject({ visits: 8, calls: 7, bookingsMade: 0, events: 5, beneficiaries: 315 });
    expect(shownCells(published, 'byCategory')).toEqual({ custody: 15 });
  });

  it('hides every count from 1 to 4 of the figures that stand alone', () => {
    const published = protectAtom(
      atom({ bookingsMade: 4, bookingsConfirmed: 1, bookingsNoShow: 5, callbacks: 2, events: 3, peopleReached: 90 }),
    );
    expect(published.metrics).toMatchObject({
      bookingsMade: null,
      bookingsConfirmed: null,
      bookingsNoShow: 5,
      callbacks: null,
      events: null,
      peopleReached: 90,
      beneficiaries: 90,
    });
  });

  it('takes the threshold from its caller', () => {
    expect(protectAtom(atom({ callbacks: 3, events: 2 }), 3).metrics).toMatchObject({ callbacks: 3, events: null });
    expect(protectAtom(atom({ callbacks: 9 }), 10).metrics.callbacks).toBeNull();
  });

  it('hides beneficiaries whenever a part of them is hidden', () => {
    expect(protectAtom(atom({ visits: 9, calls: 6, peopleReached: 3 })).metrics.beneficiaries).toBeNull();
    expect(protectAtom(atom({ visits: 0, calls: 0, peopleReached: 2 })).metrics.beneficiaries).toBeNull();
  });

  it('hides a second category when the shown visits and calls would give one hidden category back', () => {
    const published = protectAtom(
      atom({ visits: 8, calls: 7 }, { byCategory: { custody: 3, labour: 12 }, byService: { legal_advice: 15 } }),
    );
    expect(published.metrics).toMatchObject({ visits: 8, calls: 7 });
    expect(shownCells(published, 'byCategory')).toEqual({ custody: null, labour: null });
    expect(shownCells(published, 'byService')).toEqual({ legal_advice: 15 });
  });

  it('hides more categories until the hidden ones add up to at least the threshold', () => {
    const published = protectAtom(
      atom({ visits: 20, calls: 10 }, { byCategory: { custody: 1, labour: 1, property: 9, other: 19 } }),
    );
    expect(shownCells(published, 'byCategory')).toEqual({ custody: null, labour: null, property: null, other: 19 });
  });

  it("keeps a month's visible visits when its calls are hidden, and hides the breakdowns that would give them back", () => {
    const published = protectAtom(
      atom(
        { visits: 6, calls: 3 },
        {
          byCategory: { marriage_family: 6, psychological: 3 },
          byService: { legal_advice: 6, counselling: 3 },
          byReferral: { none: 9 },
        },
      ),
    );
    expect(published.metrics).toMatchObject({ visits: 6, calls: null, beneficiaries: null });
    expect(shownCells(published, 'byCategory')).toEqual({ marriage_family: null, psychological: null });
    expect(shownCells(published, 'byService')).toEqual({ legal_advice: null, counselling: null });
    expect(shownCells(published, 'byReferral')).toEqual({ none: null });
  });

  it('leaves a figure visible when nothing could give a hidden one back', () => {
    const published = protectAtom(atom({ visits: 3, calls: 0 }, { byCategory: { custody: 3 } }));
    expect(published.metrics).toMatchObject({ visits: null, calls: 0 });
    expect(shownCells(published, 'byCategory')).toEqual({ custody: null });
  });
});

describe('buildReport', () => {
  const record = (
    date: string,
    channel: string,
    category = 'marriage_family',
    services = ['legal_advice'],
    referrals = ['none'],
  ) => ({ date, centreCode: 'jinjiang', channel, category, services, referrals });
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
      { date: '2026-03-02', centreCode: 'jinjiang', status: 'completed' },
      { date: '2026-03-03', centreCode: 'jinjiang', status: 'no_show' },
      { date: '2026-03-04', centreCode: 'jinjiang', status: 'confirmed' },
      { date: '2026-03-05', centreCode: 'jinjiang', status: 'cancelled' },
      { date: '2026-04-02', centreCode: 'jinjiang', status: 'pending' },
    ],
    callbacks: [
      { month: '2026-03', centreCode: 'jinjiang' },
      { month: '2026-04', centreCode: 'jinjiang' },
      { month: '2026-04', centreCode: 'jinjiang' },
    ],
    events: [
      { date: '2026-03-08', centreCode: 'jinjiang', reached: 300 },
      { date: '2026-03-20', centreCode: 'jinjiang', reached: 120 },
      { date: '2026-04-12', centreCode: 'jinjiang', reached: 80 },
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

  it('hides small counts for the city level without hiding the other months, and hides sums that hold them', () => {
    const report = suppressedReport(input);
    expect(report.months[1]!.calls).toBeNull(); // 1
    expect(report.months[0]!.calls).toBe(7); // another month's small count no longer hides this one
    expect(report.totals.calls).toBeNull(); // 7 + the hidden 1
    expect(report.months[1]!.beneficiaries).toBeNull(); // 80 reached + 0 visits + 1 call
    expect(report.months[0]!.visits).toBe(8);
    expect(report.totals.visits).toBe(8);
    // March: domestic violence (2) and the next smallest, marriage/family (6), are hidden; April's custody (1) too.
    expect(report.byCategory).toEqual([
      { key: 'psychological', count: 7 },
      { key: 'custody', count: null },
      { key: 'domestic_violence', count: null },
      { key: 'marriage_family', count: null },
    ]);
  });
});

/** A small, repeatable pseudo-random source (mulberry32), so a failure can be replayed. */
function randomSource(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below);
  };
}

const CENTRES = ['jinjiang', 'shishi', 'nanan'];
const MONTHS = ['2026-10', '2026-11', '2026-12'];
const CATEGORIES = ['marriage_family', 'domestic_violence', 'custody', 'labour'];
const SERVICES = ['legal_advice', 'counselling', 'mediation'];
const REFERRALS = ['none', 'police', 'court'];

/** Months and centres of small places: many counts of 1 to 4, some large; one service and referral per record. */
function randomInput(seed: number): ReportInput {
  const pick = randomSource(seed);
  const input: ReportInput = { months: MONTHS, records: [], bookings: [], callbacks: [], events: [] };
  for (const centreCode of CENTRES) {
    for (const month of MONTHS) {
      const date = `${month}-1${pick(10)}`;
      const many = () => (pick(3) === 0 ? 5 + pick(20) : pick(5));
      for (const channel of ['walk_in', 'hotline_12338']) {
        for (let i = many(); i > 0; i -= 1) {
          input.records.push({
            date,
            centreCode,
            channel,
            category: CATEGORIES[pick(pick(2) === 0 ? 1 : CATEGORIES.length)]!,
            services: [SERVICES[pick(SERVICES.length)]!],
            referrals: [REFERRALS[pick(2) === 0 ? 0 : pick(REFERRALS.length)]!],
          });
        }
      }
      for (let i = many(); i > 0; i -= 1) {
        input.bookings.push({ date, centreCode, status: ['completed', 'no_show', 'pending'][pick(3)]! });
      }
      for (let i = many(); i > 0; i -= 1) {
        input.callbacks.push({ month, centreCode });
      }
      for (let i = pick(3); i > 0; i -= 1) {
        input.events.push({ date, centreCode, reached: pick(2) === 0 ? pick(5) : 20 + pick(100) });
      }
    }
  }
  return input;
}

const cell = (centre: string, month: string, name: string) => `${centre}|${month}|${name}`;

/** What she knows without any report: how the cells of one centre's month add up. */
function learnStructure(attacker: DifferencingAttacker) {
  for (const centre of CENTRES) {
    for (const month of MONTHS) {
      const records = [cell(centre, month, 'visits'), cell(centre, month, 'calls')];
      for (const [name, keys] of [
        ['byCategory', CATEGORIES],
        ['byService', SERVICES],
        ['byReferral', REFERRALS],
      ] as const) {
        attacker.learn([...records, ...keys.map((key) => [cell(centre, month, `${name}:${key}`), -1] as const)], 0);
      }
      attacker.learn(
        [
          cell(centre, month, 'beneficiaries'),
          [cell(centre, month, 'peopleReached'), -1],
          ...records.map((r) => [r, -1] as const),
        ],
        0,
      );
    }
  }
}

/** Every report a city admin can ask for (each run of months × each centre and all), learnt figure by figure. */
function requestEveryReport(
  attacker: DifferencingAttacker,
  input: ReportInput,
  publish: (input: ReportInput) => Report<number | null>,
) {
  for (let first = 0; first < MONTHS.length; first += 1) {
    for (let last = first; last < MONTHS.length; last += 1) {
      const months = MONTHS.slice(first, last + 1);
      for (const centres of [...CENTRES.map((c) => [c]), CENTRES]) {
        const scoped: ReportInput = {
          months,
          records: input.records.filter((r) => centres.includes(r.centreCode)),
          bookings: input.bookings.filter((b) => centres.includes(b.centreCode)),
          callbacks: input.callbacks.filter((c) => centres.includes(c.centreCode)),
          events: input.events.filter((e) => centres.includes(e.centreCode)),
        };
        const report = publish(scoped);
        const cells = (inMonths: string[], name: string) =>
          centres.flatMap((centre) => inMonths.map((month) => cell(centre, month, name)));
        for (const row of report.months) {
          for (const metric of MONTH_METRICS) {
            const value = row[metric];
            if (value !== null) {
              attacker.learn(cells([row.month], metric), value);
            }
          }
        }
        for (const metric of MONTH_METRICS) {
          const value = report.totals[metric];
          if (value !== null) {
            attacker.learn(cells(months, metric), value);
          }
        }
        for (const [name, keys] of [
          ['byCategory', CATEGORIES],
          ['byService', SERVICES],
          ['byReferral', REFERRALS],
        ] as const) {
          for (const key of keys) {
            const row = report[name].find((r) => r.key === key);
            // A code missing from the list is a count of 0.
            const value = row === undefined ? 0 : row.count;
            if (value !== null) {
              attacker.learn(cells(months, `${name}:${key}`), value);
            }
          }
        }
      }
    }
  }
}

/** The atom cells the city level must never learn. */
function hiddenCells(input: ReportInput): { name: string; value: number }[] {
  return buildAtoms(input).flatMap((raw) => {
    const published = protectAtom(raw);
    return [
      ...MONTH_METRICS.filter((metric) => published.metrics[metric] === null).map((metric) => ({
        name: cell(raw.centreCode, raw.month, metric),
        value: raw.metrics[metric],
      })),
      ...BREAKDOWNS.flatMap((name) =>
        [...published.breakdowns[name]]
          .filter(([, count]) => count === null)
          .map(([key]) => ({
            name: cell(raw.centreCode, raw.month, `${name}:${key}`),
            value: raw.breakdowns[name].get(key) ?? 0,
          })),
      ),
    ];
  });
}

describe('small-count suppression across reports (the differencing attack)', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'no run of months, centre or total lets a hidden count be worked out (data set %i)',
    (seed) => {
      const input = randomInput(seed);
      const hidden = hiddenCells(input);
      expect(hidden.filter((h) => h.value > 0 && h.value < 5).length).toBeGreaterThan(5);
      const attacker = new DifferencingAttacker();
      learnStructure(attacker);
      requestEveryReport(attacker, input, (scoped) => suppressedReport(scoped));
      expect(hidden.filter((h) => attacker.determined(h.name) !== undefined)).toEqual([]);
    },
  );

  it('finds the hidden counts when sums are shown whole (the attack works)', () => {
    const input = randomInput(1);
    const attacker = new DifferencingAttacker();
    learnStructure(attacker);
    // Atoms protected, but sums taken over their true values: Nov–Dec minus Nov gives December back.
    requestEveryReport(attacker, input, (scoped) => {
      const report = suppressedReport(scoped);
      const whole = buildReport(scoped);
      return { ...report, totals: whole.totals };
    });
    const found = hiddenCells(input).filter((h) => attacker.determined(h.name) !== undefined);
    expect(found.length).toBeGreaterThan(0);
    found.forEach((h) => expect(attacker.determined(h.name)).toBe(h.value));
  });

  it('sums of atoms: any figure holding a hidden atom is hidden, the rest are exact sums', () => {
    const input = randomInput(3);
    const published = buildAtoms(input).map((a) => protectAtom(a));
    const report = publishReport(MONTHS, published);
    const truth = buildReport(input);
    MONTHS.forEach((month, index) => {
      for (const metric of MONTH_METRICS) {
        const parts = published.filter((a) => a.month === month).map((a) => a.metrics[metric]);
        expect(report.months[index]![metric]).toBe(parts.includes(null) ? null : truth.months[index]![metric]);
      }
    });
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
